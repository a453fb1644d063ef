import type { Application } from '@/api/schemas/applications';
import type {
  AssignmentPair,
  AssignmentQuery,
  AssignResult,
  Coverage,
  NominationCoverage,
  RefusedPair,
} from '@/api/schemas/assignments';
import type { Page } from '@/api/schemas/common';
import type { Stage } from '@/api/schemas/contests';
import type { Assignment, AssignmentStatus } from '@/api/schemas/sheets';
import { compareApplicationIds } from '@/domain/ranking';
import type { MockDatabase } from '@mocks/db/database';
import { PairChecker } from '@mocks/db/rules/assignment-checks';
import { dueAtFor, presentAssignment } from '@mocks/db/rules/assignments';
import { paginate, sortBy } from '@mocks/db/rules/lists';
import { stageApplicationIds } from '@mocks/db/rules/stage-scope';
import { audit, isoNow, requireStage, type StaffContext } from '@mocks/db/rules/staff-context';
import { ApiProblem, notFound } from '@mocks/handlers/support';

const STATUS_ORDER: Record<AssignmentStatus, number> = {
  new: 0,
  draft: 1,
  returned: 2,
  submitted: 3,
  recused: 4,
};

export function listAssignments(db: MockDatabase, stageId: string, query: AssignmentQuery): Page<Assignment> {
  requireStage(db, stageId);
  const source =
    query.expertId !== undefined
      ? db.assignmentsByExpert(query.expertId).filter((a) => a.stageId === stageId)
      : query.applicationId !== undefined
        ? db.assignmentsByApplication(query.applicationId).filter((a) => a.stageId === stageId)
        : db.assignmentsByStage(stageId);
  const rows = source.filter(
    (a) =>
      (query.applicationId === undefined || a.applicationId === query.applicationId) &&
      (query.nominationId === undefined || a.nominationId === query.nominationId) &&
      (query.status === undefined || a.status === query.status),
  );
  const byApp = (a: Assignment, b: Assignment) => compareApplicationIds(a.applicationId, b.applicationId);
  const sorted = sortBy(
    rows,
    query.sort ?? 'applicationId',
    {
      applicationId: byApp,
      expertId: (a, b) => a.expertId.localeCompare(b.expertId),
      status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
      updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
    },
    [byApp, (a, b) => a.id.localeCompare(b.id)],
  );
  return paginate(sorted, query.page, query.pageSize, (a) => presentAssignment(db, a));
}

/** Inserts one checked assignment and audits it; the caller has run the PairChecker. */
export function insertAssignment(
  ctx: StaffContext,
  stage: Stage,
  app: Application,
  expertId: string,
  reason: string | null,
): Assignment {
  const at = isoNow(ctx);
  const row: Assignment = {
    id: ctx.db.nextId('assignments', 'asg'),
    contestId: stage.contestId,
    stageId: stage.id,
    applicationId: app.id,
    nominationId: app.nominationId,
    expertId,
    status: 'new',
    dueAt: dueAtFor(stage, expertId),
    sheetId: null,
    recusal: null,
    returnReason: null,
    createdAt: at,
    updatedAt: at,
  };
  ctx.db.insert('assignments', row);
  audit(ctx, {
    contestId: stage.contestId,
    objectType: 'assignment',
    objectId: row.id,
    action: 'created',
    after: row,
    reason,
  });
  return row;
}

/**
 * Manual bulk assignment: every pair is checked on its own; valid ones are created even when others
 * are refused, so the organizer only has to fix the refused rows.
 */
export function createAssignments(
  ctx: StaffContext,
  stageId: string,
  pairs: readonly AssignmentPair[],
): AssignResult {
  const stage = requireStage(ctx.db, stageId);
  const checker = new PairChecker(ctx.db, stage);
  const created: Assignment[] = [];
  const refused: RefusedPair[] = [];
  for (const pair of pairs) {
    const app = ctx.db.get('applications', pair.applicationId);
    const expert = ctx.db.get('experts', pair.expertId);
    const [first] = checker.refusals(app, expert, pair.applicationId);
    if (first !== undefined || app === undefined) {
      refused.push({
        ...pair,
        code: first?.code ?? 'notFound',
        message: first?.message ?? 'Заявка не найдена',
      });
      continue;
    }
    checker.accept(app.id, pair.expertId);
    created.push(presentAssignment(ctx.db, insertAssignment(ctx, stage, app, pair.expertId, null)));
  }
  return { created, refused };
}

/** Withdrawing work is fine until it was submitted: a submitted sheet is evidence and stays. */
export function deleteAssignment(ctx: StaffContext, assignmentId: string): void {
  const assignment = ctx.db.get('assignments', assignmentId);
  if (assignment === undefined) throw notFound('Назначение не найдено');
  const sheet = ctx.db.sheetByAssignment(assignmentId);
  if (
    assignment.status === 'submitted' ||
    (sheet !== undefined && (sheet.status !== 'draft' || sheet.submittedAt !== null))
  ) {
    throw new ApiProblem(409, 'submitted', 'Оценка уже отправлена', {
      detail:
        'Назначение с отправленной оценкой удалить нельзя: верните оценку на доработку или назначьте ещё одного эксперта',
    });
  }
  if (sheet !== undefined) {
    ctx.db.removeWhere('sheetHistory', (h) => h.sheetId === sheet.id);
    ctx.db.remove('sheets', sheet.id);
  }
  ctx.db.remove('assignments', assignmentId);
  audit(ctx, {
    contestId: assignment.contestId,
    objectType: 'assignment',
    objectId: assignmentId,
    action: 'deleted',
    before: {
      ...assignment,
      draft: sheet === undefined ? null : { scores: sheet.scores, comments: sheet.comments },
    },
  });
}

/** Non-recused assignments per application of a stage. */
export function activeCounts(
  db: MockDatabase,
  stageId: string,
): { active: Map<string, number>; recused: Set<string> } {
  const active = new Map<string, number>();
  const recused = new Set<string>();
  for (const a of db.assignmentsByStage(stageId)) {
    if (a.status === 'recused') recused.add(a.applicationId);
    else active.set(a.applicationId, (active.get(a.applicationId) ?? 0) + 1);
  }
  return { active, recused };
}

function emptyCounts(): Omit<NominationCoverage, 'nominationId'> {
  return { applications: 0, fullyCovered: 0, partiallyCovered: 0, uncovered: 0, recusedPending: 0 };
}

export function coverage(db: MockDatabase, stageId: string): Coverage {
  const stage = requireStage(db, stageId);
  const required = db.get('contests', stage.contestId)?.settings.expertsPerApplication ?? 1;
  const { active, recused } = activeCounts(db, stageId);
  const totals = emptyCounts();
  // Every nomination of the contest gets a row, an empty one included: the organizer sees what is missing.
  const nominations = db
    .group('nominations', 'byContest', stage.contestId)
    .slice()
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const byNomination = new Map(nominations.map((n) => [n.id, { nominationId: n.id, ...emptyCounts() }]));
  for (const id of stageApplicationIds(db, stage)) {
    const app = db.get('applications', id);
    // Applications rejected after screening no longer need experts, unless some were already assigned.
    const n = active.get(id) ?? 0;
    if (app === undefined || (app.screening.status === 'rejected' && n === 0)) continue;
    const rows = [totals, byNomination.get(app.nominationId)];
    for (const row of rows) {
      if (row === undefined) continue;
      row.applications += 1;
      if (n >= required) row.fullyCovered += 1;
      else if (n > 0) row.partiallyCovered += 1;
      else row.uncovered += 1;
      if (recused.has(id) && n < required) row.recusedPending += 1;
    }
  }
  return { ...totals, expertsPerApplication: required, byNomination: [...byNomination.values()] };
}
