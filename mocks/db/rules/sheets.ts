import type { FieldError } from '@/api/schemas/common';
import type { CriteriaSet } from '@/api/schemas/criteria';
import type { BlockedReason, EvaluationContext } from '@/api/schemas/expert-cabinet';
import type { Assignment, Sheet, SheetContent, SheetStatus } from '@/api/schemas/sheets';
import { validateSheet, type FieldError as DomainFieldError } from '@/domain/sheet-validation';
import { sheetTotal } from '@/domain/totals';
import type { MockDatabase } from '@mocks/db/database';
import type { SheetHistoryRow, SheetRow, UserRow } from '@mocks/db/tables';
import { assignmentScope, dueAtFor, isOverdue, presentAssignment } from '@mocks/db/rules/assignments';
import { actorOf, recordAudit } from '@mocks/db/rules/audit';
import { criteriaSetAtVersion, currentCriteriaSet, sheetRulesFor } from '@mocks/db/rules/criteria';
import { ApiProblem } from '@mocks/handlers/support';

/** The API's Sheet: the row without the join keys the mock keeps for itself. */
export function toSheet(row: SheetRow): Sheet {
  const { expertId: _expertId, stageId: _stageId, applicationId: _applicationId, ...sheet } = row;
  return sheet;
}

export function etagOf(sheet: Pick<Sheet, 'version'>): string {
  return `"${sheet.version}"`;
}

/** `"3"`, `W/"3"` or a bare `3` → 3; anything else → NaN (which matches no version). */
export function parseIfMatch(header: string | null): number | null {
  if (header === null || header.trim() === '') return null;
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
  return match?.[1] === undefined ? Number.NaN : Number(match[1]);
}

const MESSAGES: Record<string, string> = {
  required: 'Обязательное поле',
  notInteger: 'Балл должен быть целым числом',
  outOfRange: 'Балл должен быть от {min} до {max}',
  commentRequired: 'Обоснуйте оценку комментарием',
  commentTooShort: 'Комментарий слишком короткий: нужно не меньше {min} символов, сейчас {actual}',
  unknownCriterion: 'Такого критерия нет в наборе',
};

function messageFor(error: DomainFieldError): string {
  if (error.code === 'required') {
    if (error.field.startsWith('scores.')) return 'Поставьте балл';
    if (error.field === 'recommendation') return 'Выберите рекомендацию';
    if (error.field === 'overallComment') return 'Напишите общий комментарий';
  }
  const template = MESSAGES[error.code] ?? 'Недопустимое значение';
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(error.params?.[key] ?? ''));
}

export function toApiFieldErrors(errors: readonly DomainFieldError[]): FieldError[] {
  return errors.map((e) => ({
    field: e.field,
    code: e.code,
    message: messageFor(e),
    ...(e.params === undefined ? {} : { params: e.params }),
  }));
}

/** The version the sheet is scored on: a submitted sheet keeps its own, drafts move to the current one. */
function criteriaForSheet(
  db: MockDatabase,
  assignment: Assignment,
  sheet: SheetRow | undefined,
): CriteriaSet {
  const current = currentCriteriaSet(db, assignment);
  if (sheet === undefined || sheet.status !== 'submitted') return current;
  return criteriaSetAtVersion(db, current, sheet.criteriaVersion);
}

function blockedReasonOf(assignment: Assignment, dueAt: string | null, now: Date): BlockedReason | null {
  if (assignment.status === 'recused') return 'recused';
  if (assignment.status === 'submitted') return 'submitted';
  if (isOverdue(dueAt, now)) return 'deadlinePassed';
  return null;
}

/** Everything the expert needs to score one application — and by construction nothing about the panel. */
export function evaluationContext(db: MockDatabase, assignment: Assignment, now: Date): EvaluationContext {
  const { contest, application, stage } = assignmentScope(db, assignment);
  const sheet = db.sheetByAssignment(assignment.id);
  const dueAt = dueAtFor(stage, assignment.expertId);
  const blockedReason = blockedReasonOf(assignment, dueAt, now);
  return {
    assignment: presentAssignment(db, assignment),
    application,
    criteriaSet: criteriaForSheet(db, assignment, sheet),
    rules: sheetRulesFor(contest),
    sheet: sheet === undefined ? null : toSheet(sheet),
    dueAt,
    canSubmit: blockedReason === null,
    blockedReason,
  };
}

/** The caller's total so far: null until every criterion has a score. */
export function totalOf(content: Pick<SheetContent, 'scores'>, set: CriteriaSet): number | null {
  const t = sheetTotal(content.scores, set.criteria);
  return t.complete ? t.total : null;
}

/**
 * Drops comments that are blank — the editor sends an empty string for an untouched comment field,
 * and a blank comment is no comment.
 */
function normaliseContent(content: SheetContent): SheetContent {
  const comments: Record<string, string> = {};
  for (const [id, text] of Object.entries(content.comments)) {
    if (text.trim() !== '') comments[id] = text;
  }
  return {
    scores: { ...content.scores },
    comments,
    recommendation: content.recommendation,
    overallComment: content.overallComment,
  };
}

function contentOf(sheet: SheetContent): SheetContent {
  return {
    scores: { ...sheet.scores },
    comments: { ...sheet.comments },
    recommendation: sheet.recommendation,
    overallComment: sheet.overallComment,
  };
}

function ensureEditable(assignment: Assignment, sheet: SheetRow | undefined): void {
  if (assignment.status === 'recused') throw new ApiProblem(409, 'recused');
  if (sheet?.status === 'submitted' || assignment.status === 'submitted') {
    throw new ApiProblem(409, 'submitted', undefined, {
      detail: 'Отправленную оценку можно изменить, только если координатор вернёт её на доработку',
    });
  }
}

/**
 * Optimistic concurrency. An existing sheet requires If-Match (428 without it) and a stale one gets
 * 412 with the current copy so the client can merge. The very first save has nothing to match.
 */
function checkVersion(sheet: SheetRow | undefined, ifMatch: number | null): void {
  if (sheet === undefined) return;
  if (ifMatch === null) {
    throw new ApiProblem(428, 'preconditionRequired', undefined, {
      detail: 'Передайте версию оценки в заголовке If-Match',
    });
  }
  if (ifMatch !== sheet.version) {
    throw new ApiProblem(
      412,
      'preconditionFailed',
      undefined,
      { detail: 'Оценку изменили в другой вкладке или на другом устройстве', current: toSheet(sheet) },
      { ETag: etagOf(sheet) },
    );
  }
}

interface WriteInput {
  user: UserRow;
  assignment: Assignment;
  content: SheetContent;
  ifMatch: number | null;
  now: Date;
}

type HistoryAction = SheetHistoryRow['action'];

function writeSheet(
  db: MockDatabase,
  input: WriteInput,
  set: CriteriaSet,
  next: { status: SheetStatus; action: HistoryAction; submittedAt: string | null },
): SheetRow {
  const { user, assignment, now } = input;
  const at = now.toISOString();
  const content = normaliseContent(input.content);
  const existing = db.sheetByAssignment(assignment.id);
  const total = totalOf(content, set);
  const actor = actorOf(user);
  let sheet: SheetRow;
  let before: unknown = null;

  if (existing === undefined) {
    sheet = db.insert('sheets', {
      ...content,
      id: db.nextId('sheets', 'sheet'),
      assignmentId: assignment.id,
      criteriaSetId: set.id,
      criteriaVersion: set.version,
      status: next.status,
      version: 1,
      total,
      maxTotal: set.maxTotal,
      startedAt: at,
      updatedAt: at,
      submittedAt: next.submittedAt,
      expertId: assignment.expertId,
      stageId: assignment.stageId,
      applicationId: assignment.applicationId,
    });
  } else {
    before = { status: existing.status, version: existing.version, ...contentOf(existing) };
    sheet = db.update('sheets', existing.id, {
      ...content,
      criteriaSetId: set.id,
      criteriaVersion: set.version,
      status: next.status,
      version: existing.version + 1,
      total,
      maxTotal: set.maxTotal,
      updatedAt: at,
      submittedAt: next.submittedAt,
    });
  }

  const assignmentStatus = next.status === 'submitted' ? 'submitted' : 'draft';
  if (assignment.status !== assignmentStatus || assignment.sheetId !== sheet.id) {
    const assignmentBefore = { status: assignment.status, sheetId: assignment.sheetId };
    db.update('assignments', assignment.id, {
      status: assignmentStatus,
      sheetId: sheet.id,
      // The coordinator's reason stays visible while the expert revises and goes once they resubmit.
      returnReason: assignmentStatus === 'submitted' ? null : assignment.returnReason,
      updatedAt: at,
    });
    recordAudit(db, {
      contestId: assignment.contestId,
      at,
      actor,
      objectType: 'assignment',
      objectId: assignment.id,
      action: 'statusChanged',
      before: assignmentBefore,
      after: { status: assignmentStatus, sheetId: sheet.id },
    });
  } else {
    db.update('assignments', assignment.id, { updatedAt: at });
  }

  db.insert('sheetHistory', {
    sheetId: sheet.id,
    version: sheet.version,
    action: existing === undefined && next.action === 'saved' ? 'created' : next.action,
    at,
    actor,
    reason: null,
    content: contentOf(sheet),
    status: sheet.status,
  });
  recordAudit(db, {
    contestId: assignment.contestId,
    at,
    actor,
    objectType: 'sheet',
    objectId: sheet.id,
    action: existing === undefined && next.action === 'saved' ? 'created' : next.action,
    before,
    after: { status: sheet.status, version: sheet.version, ...contentOf(sheet) },
  });
  return sheet;
}

/**
 * PUT sheet: a draft save. Allowed after the deadline (nothing is lost; only submitting is closed),
 * refused once submitted. Draft validation only rejects impossible values.
 */
export function saveDraft(db: MockDatabase, input: WriteInput): SheetRow {
  const existing = db.sheetByAssignment(input.assignment.id);
  ensureEditable(input.assignment, existing);
  checkVersion(existing, input.ifMatch);
  const set = currentCriteriaSet(db, input.assignment);
  const { contest } = assignmentScope(db, input.assignment);
  const errors = validateSheet(input.content, set.criteria, sheetRulesFor(contest), 'draft');
  if (errors.length > 0)
    throw new ApiProblem(422, 'validation', undefined, { errors: toApiFieldErrors(errors) });
  return writeSheet(db, input, set, { status: 'draft', action: 'saved', submittedAt: null });
}

/**
 * POST submit: deadline (with extensions), full validation, then the sheet is final until returned.
 * The first submission in a stage freezes the criteria structure: from then on every sheet in the
 * stage is comparable.
 */
export function submitSheet(db: MockDatabase, input: WriteInput): SheetRow {
  const { assignment, now } = input;
  const existing = db.sheetByAssignment(assignment.id);
  ensureEditable(assignment, existing);
  checkVersion(existing, input.ifMatch);
  const { contest, stage } = assignmentScope(db, assignment);
  const dueAt = dueAtFor(stage, assignment.expertId);
  if (isOverdue(dueAt, now)) {
    throw new ApiProblem(409, 'deadlinePassed', undefined, {
      detail:
        'Срок отправки истёк. Черновик сохранён; отправить его можно после продления срока организатором.',
    });
  }
  const set = currentCriteriaSet(db, assignment);
  const errors = validateSheet(input.content, set.criteria, sheetRulesFor(contest), 'submit');
  if (errors.length > 0)
    throw new ApiProblem(422, 'validation', undefined, { errors: toApiFieldErrors(errors) });

  const sheet = writeSheet(db, input, set, {
    status: 'submitted',
    action: 'submitted',
    submittedAt: now.toISOString(),
  });
  freezeStructure(db, input.user, assignment.contestId, stage.id, set, now);
  return sheet;
}

function freezeStructure(
  db: MockDatabase,
  user: UserRow,
  contestId: string,
  stageId: string,
  set: CriteriaSet,
  now: Date,
): void {
  const at = now.toISOString();
  const stage = db.get('stages', stageId);
  if (stage !== undefined && !stage.structureFrozen) {
    db.update('stages', stageId, { structureFrozen: true });
    recordAudit(db, {
      contestId,
      at,
      actor: actorOf(user),
      objectType: 'stage',
      objectId: stageId,
      action: 'structureFrozen',
      before: { structureFrozen: false },
      after: { structureFrozen: true },
      reason: 'Первая отправленная оценка этапа',
    });
  }
  if (!set.frozen) {
    db.update('criteriaSets', set.id, { frozen: true });
    recordAudit(db, {
      contestId,
      at,
      actor: actorOf(user),
      objectType: 'criteriaSet',
      objectId: set.id,
      action: 'frozen',
      before: { frozen: false, version: set.version },
      after: { frozen: true, version: set.version },
      reason: 'Первая отправленная оценка по набору',
    });
  }
}
