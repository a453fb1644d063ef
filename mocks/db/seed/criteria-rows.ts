import type { CriteriaSet, CriteriaSetVersion, Criterion } from '@/api/schemas/criteria';
import { maxTotalOf } from './criteria';
import { iso } from './time';
import { ORGANIZER_ACTOR, actor } from './users';

export interface CriteriaRevision {
  /** A fresh array per revision: version rows are history and must not share objects. */
  criteria: Criterion[];
  at: number;
  change: CriteriaSetVersion['change'];
}

/** A criteria set at its latest revision, plus one version row per revision (all by the organizer). */
export function criteriaSetRows(
  id: string,
  contestId: string,
  title: string,
  revisions: readonly CriteriaRevision[],
  current: Criterion[],
  frozen: boolean,
): { set: CriteriaSet; versions: CriteriaSetVersion[] } {
  const last = revisions[revisions.length - 1];
  if (last === undefined) throw new Error(`Criteria set ${id} has no revisions`);
  return {
    set: {
      id,
      contestId,
      title,
      version: revisions.length,
      frozen,
      criteria: current,
      maxTotal: maxTotalOf(current),
      updatedAt: iso(last.at),
    },
    versions: revisions.map((r, i) => ({
      criteriaSetId: id,
      version: i + 1,
      change: r.change,
      criteria: r.criteria,
      changedAt: iso(r.at),
      changedBy: actor(ORGANIZER_ACTOR),
    })),
  };
}
