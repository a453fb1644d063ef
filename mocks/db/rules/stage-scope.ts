import type { Application } from '@/api/schemas/applications';
import type { Nomination, Stage } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import type { MockDatabase } from '@mocks/db/database';
import { derived } from '@mocks/db/rules/derived-cache';
import { stagesOf } from '@mocks/db/rules/stages';

export const ADVANCED_ACTION = 'advanced';

/**
 * Which applications take part in a stage. The tables keep no stage membership, so it is derived:
 * - a screening stage looks at every application of the contest;
 * - the first evaluation stage takes the applications admitted at screening;
 * - a later stage takes what was advanced into it (the `advanced` audit events are the record);
 * and any stage also includes applications already assigned in it, whatever brought them there.
 */
export function stageApplicationIds(db: MockDatabase, stage: Stage): ReadonlySet<string> {
  return derived(db, `stageApps:${stage.id}`, () => {
    const ids = new Set<string>();
    const contestApps = db.group('applications', 'byContest', stage.contestId);
    const firstEvaluation = stagesOf(db, stage.contestId).find((s) => s.kind !== 'screening');
    if (stage.kind === 'screening') {
      for (const a of contestApps) ids.add(a.id);
    } else if (firstEvaluation?.id === stage.id) {
      for (const a of contestApps) if (a.screening.status === 'admitted') ids.add(a.id);
    } else {
      for (const e of db.group('auditEvents', 'byContest', stage.contestId)) {
        if (e.objectType !== 'stage' || e.objectId !== stage.id || e.action !== ADVANCED_ACTION) continue;
        const after = e.after as { applicationIds?: unknown } | null;
        if (Array.isArray(after?.applicationIds))
          for (const id of after.applicationIds) if (typeof id === 'string') ids.add(id);
      }
    }
    for (const a of db.assignmentsByStage(stage.id)) ids.add(a.applicationId);
    return ids;
  });
}

/** The stage's applications in one nomination, in table order. */
export function stageNominationApplications(
  db: MockDatabase,
  stage: Stage,
  nominationId: string,
): Application[] {
  const ids = stageApplicationIds(db, stage);
  return db.group('applications', 'byNomination', nominationId).filter((a) => ids.has(a.id));
}

/** A nomination's own set wins over the stage's shared one. */
export function criteriaSetForNomination(
  db: MockDatabase,
  stage: Stage,
  nomination: Nomination,
): CriteriaSet | null {
  const id = nomination.criteriaSetId ?? stage.criteriaSetId;
  return id === null ? null : (db.get('criteriaSets', id) ?? null);
}
