import type { Contest } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import type { SheetRules } from '@/api/schemas/expert-cabinet';
import type { Assignment } from '@/api/schemas/sheets';
import { maxTotal } from '@/domain/criteria';
import type { MockDatabase } from '@mocks/db/database';
import { ApiProblem } from '@mocks/handlers/support';

/** A nomination's own criteria set wins over the stage's shared one. */
export function criteriaSetIdFor(
  db: MockDatabase,
  assignment: Pick<Assignment, 'stageId' | 'nominationId'>,
): string | null {
  const nomination = db.get('nominations', assignment.nominationId);
  if (nomination?.criteriaSetId) return nomination.criteriaSetId;
  return db.get('stages', assignment.stageId)?.criteriaSetId ?? null;
}

export function currentCriteriaSet(
  db: MockDatabase,
  assignment: Pick<Assignment, 'stageId' | 'nominationId'>,
): CriteriaSet {
  const id = criteriaSetIdFor(db, assignment);
  const set = id === null ? undefined : db.get('criteriaSets', id);
  if (set === undefined) {
    throw new ApiProblem(409, 'conflict', 'Для этапа не задан набор критериев');
  }
  return set;
}

/**
 * The set as it was at `version`: the current row when it still is that version, else rebuilt from
 * the version log (wording may have changed since the sheet was submitted).
 */
export function criteriaSetAtVersion(db: MockDatabase, set: CriteriaSet, version: number): CriteriaSet {
  if (set.version === version) return set;
  const past = db.get('criteriaVersions', `${set.id}@${version}`);
  if (past === undefined) return set;
  return {
    ...set,
    version,
    criteria: past.criteria,
    maxTotal: maxTotal(past.criteria),
    updatedAt: past.changedAt,
  };
}

export function sheetRulesFor(contest: Contest): SheetRules {
  return {
    recommendation: contest.settings.overallRecommendation,
    overallComment: contest.settings.overallComment,
    overallCommentMinLength: contest.settings.overallCommentMinLength,
  };
}
