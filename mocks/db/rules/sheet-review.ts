import type { SheetHistory, SideBySide } from '@/api/schemas/coordination';
import type { Sheet } from '@/api/schemas/sheets';
import type { MockDatabase } from '@mocks/db/database';
import { actorOf } from '@mocks/db/rules/audit';
import { criteriaSetAtVersion } from '@mocks/db/rules/criteria';
import { toSheet } from '@mocks/db/rules/sheets';
import { criteriaSetForNomination } from '@mocks/db/rules/stage-scope';
import { audit, isoNow, requireStage, type StaffContext } from '@mocks/db/rules/staff-context';
import { ApiProblem, notFound } from '@mocks/handlers/support';

/**
 * Sends a submitted sheet back to its expert. The sheet stops counting in rankings until resubmitted;
 * the reason is shown to the expert and kept in the history and the audit log.
 */
export function returnSheet(ctx: StaffContext, sheetId: string, reason: string): Sheet {
  const sheet = ctx.db.get('sheets', sheetId);
  if (sheet === undefined) throw notFound('Оценка не найдена');
  if (sheet.status !== 'submitted') {
    throw new ApiProblem(409, 'conflict', 'Оценка не отправлена', {
      detail:
        sheet.status === 'returned'
          ? 'Оценка уже возвращена эксперту'
          : 'Вернуть можно только отправленную оценку',
    });
  }
  const assignment = ctx.db.get('assignments', sheet.assignmentId);
  if (assignment === undefined)
    throw new ApiProblem(500, 'internal', undefined, { detail: `Sheet ${sheetId} has no assignment` });
  const at = isoNow(ctx);
  const before = { status: sheet.status, version: sheet.version };
  const updated = ctx.db.update('sheets', sheetId, {
    status: 'returned',
    version: sheet.version + 1,
    updatedAt: at,
  });
  ctx.db.update('assignments', assignment.id, { status: 'returned', returnReason: reason, updatedAt: at });
  ctx.db.insert('sheetHistory', {
    sheetId,
    version: updated.version,
    action: 'returned',
    at,
    actor: actorOf(ctx.user),
    reason,
    content: {
      scores: { ...updated.scores },
      comments: { ...updated.comments },
      recommendation: updated.recommendation,
      overallComment: updated.overallComment,
    },
    status: 'returned',
  });
  audit(ctx, {
    contestId: assignment.contestId,
    objectType: 'sheet',
    objectId: sheetId,
    action: 'returned',
    before,
    after: { status: 'returned', version: updated.version },
    reason,
  });
  audit(ctx, {
    contestId: assignment.contestId,
    objectType: 'assignment',
    objectId: assignment.id,
    action: 'statusChanged',
    before: { status: assignment.status, returnReason: assignment.returnReason },
    after: { status: 'returned', returnReason: reason },
    reason,
  });
  return toSheet(updated);
}

export function sheetHistory(db: MockDatabase, sheetId: string): SheetHistory {
  if (db.get('sheets', sheetId) === undefined) throw notFound('Оценка не найдена');
  const items = [...db.group('sheetHistory', 'bySheet', sheetId)]
    .sort((a, b) => a.at.localeCompare(b.at) || a.version - b.version)
    .map(({ sheetId: _sheetId, ...entry }) => entry);
  return { items };
}

/**
 * Every sheet of one application in a stage beside its expert — the coordinator's tool for settling
 * a divergence. Drafts are included (marked by status) so the coordinator sees work in progress too.
 */
export function sideBySide(db: MockDatabase, stageId: string, applicationId: string): SideBySide {
  const stage = requireStage(db, stageId);
  const app = db.get('applications', applicationId);
  const nomination = app === undefined ? undefined : db.get('nominations', app.nominationId);
  if (app === undefined || nomination === undefined || app.contestId !== stage.contestId)
    throw notFound('Заявка не найдена');
  const current = criteriaSetForNomination(db, stage, nomination);
  const sheets = db
    .group('sheets', 'byApplication', applicationId)
    .filter((s) => s.stageId === stageId)
    .map((s) => ({ row: s, expert: db.get('experts', s.expertId) }))
    .sort(
      (a, b) =>
        (a.row.submittedAt ?? '9999').localeCompare(b.row.submittedAt ?? '9999') ||
        (a.expert?.fullName ?? '').localeCompare(b.expert?.fullName ?? '', 'ru'),
    )
    .map(({ row, expert }) => ({
      sheet: toSheet(row),
      expert: { id: row.expertId, fullName: expert?.fullName ?? row.expertId },
    }));
  // Submitted sheets share one structure (it froze with the first); show the wording of the newest one scored.
  const newest = sheets.reduce((v, s) => Math.max(v, s.sheet.criteriaVersion), 0);
  const criteria =
    current === null
      ? []
      : criteriaSetAtVersion(db, current, newest === 0 ? current.version : newest).criteria;
  return { criteria, sheets };
}
