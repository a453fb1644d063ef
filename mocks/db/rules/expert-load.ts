import type { Stage } from '@/api/schemas/contests';
import type { Expert } from '@/api/schemas/experts';
import type { MockDatabase } from '@mocks/db/database';
import type { ExpertRow } from '@mocks/db/tables';
import { derived } from '@mocks/db/rules/derived-cache';

/**
 * Load = assignments the expert still carries (not recused) in stages that are running. Planned and
 * closed stages do not weigh on anyone's week. Computed for everyone at once and cached until the
 * next write: the roster sorts by load across a thousand experts.
 */
export function expertLoads(db: MockDatabase): ReadonlyMap<string, number> {
  return derived(db, 'expertLoads', () => {
    const active = new Set(
      db
        .all('stages')
        .filter((s) => s.status === 'active')
        .map((s) => s.id),
    );
    const loads = new Map<string, number>();
    for (const a of db.all('assignments')) {
      if (a.status === 'recused' || !active.has(a.stageId)) continue;
      loads.set(a.expertId, (loads.get(a.expertId) ?? 0) + 1);
    }
    return loads;
  });
}

export function presentExpert(db: MockDatabase, row: ExpertRow): Expert {
  return { ...row, load: expertLoads(db).get(row.id) ?? 0 };
}

/**
 * What counts against the cap when assigning into `stage`: the running load plus, for a stage that is
 * not running yet, what the expert already carries there — otherwise a planned stage could be filled
 * far beyond anyone's cap before it opens.
 */
export function capacityLoad(db: MockDatabase, expertId: string, stage: Stage): number {
  const running = expertLoads(db).get(expertId) ?? 0;
  if (stage.status === 'active') return running;
  return running + stageLoads(db, stage.id).get(expertId);
}

/** Non-recused assignments per expert within one stage. */
export function stageLoads(db: MockDatabase, stageId: string): { get(expertId: string): number } {
  const map = derived(db, `stageLoads:${stageId}`, () => {
    const loads = new Map<string, number>();
    for (const a of db.assignmentsByStage(stageId)) {
      if (a.status !== 'recused') loads.set(a.expertId, (loads.get(a.expertId) ?? 0) + 1);
    }
    return loads;
  });
  return { get: (expertId) => map.get(expertId) ?? 0 };
}
