import type { Nomination, Stage } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';

export interface SetUsage {
  stages: Stage[];
  nominations: Nomination[];
}

/** Stages that use the set as their shared one, and nominations that chose it for themselves. */
export function usageOf(
  setId: string,
  stages: readonly Stage[],
  nominations: readonly Nomination[],
): SetUsage {
  return {
    stages: stages.filter((s) => s.criteriaSetId === setId),
    nominations: nominations.filter((n) => n.criteriaSetId === setId),
  };
}

export interface Freeze {
  frozen: boolean;
  /** The stages whose submitted sheets froze the set; empty when the server only says it is frozen. */
  stages: Stage[];
}

/**
 * Frozen once a sheet was submitted on it: the server's flag, or any stage using it that has
 * submitted sheets (the stage flag arrives with the stage list, which may be fresher).
 */
export function freezeOf(set: Pick<CriteriaSet, 'id' | 'frozen'>, stages: readonly Stage[]): Freeze {
  const frozenStages = stages.filter((s) => s.criteriaSetId === set.id && s.structureFrozen);
  return { frozen: set.frozen || frozenStages.length > 0, stages: frozenStages };
}
