import type { FieldError } from '@/api/schemas/common';
import type { ExtensionCreate, StageCreate, StagePatch } from '@/api/schemas/contest-inputs';
import type { DeadlineExtension, Stage } from '@/api/schemas/contests';
import type { MockDatabase } from '@mocks/db/database';
import {
  audit,
  fieldError,
  isoNow,
  requireContest,
  requireStage,
  throwIfInvalid,
  type StaffContext,
} from '@mocks/db/rules/staff-context';
import { ApiProblem } from '@mocks/handlers/support';

export function stagesOf(db: MockDatabase, contestId: string): Stage[] {
  return [...db.group('stages', 'byContest', contestId)].sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id),
  );
}

function checkCriteriaSet(
  db: MockDatabase,
  contestId: string,
  criteriaSetId: string | null | undefined,
): FieldError[] {
  if (criteriaSetId === null || criteriaSetId === undefined) return [];
  const set = db.get('criteriaSets', criteriaSetId);
  if (set === undefined || set.contestId !== contestId) {
    return [fieldError('criteriaSetId', 'notFound', 'Такого набора критериев нет в этом конкурсе')];
  }
  return [];
}

function checkDates(startsAt: string | null, deadline: string | null): FieldError[] {
  if (startsAt !== null && deadline !== null && Date.parse(deadline) <= Date.parse(startsAt)) {
    return [fieldError('deadline', 'beforeStart', 'Срок окончания должен быть позже начала этапа')];
  }
  return [];
}

export function createStage(ctx: StaffContext, contestId: string, input: StageCreate): Stage {
  requireContest(ctx.db, contestId);
  throwIfInvalid([
    ...checkCriteriaSet(ctx.db, contestId, input.criteriaSetId),
    ...checkDates(input.startsAt, input.deadline),
  ]);
  const existing = stagesOf(ctx.db, contestId);
  const order = input.order ?? (existing.length === 0 ? 0 : Math.max(...existing.map((s) => s.order)) + 1);
  const stage: Stage = {
    id: ctx.db.nextId('stages', 'stage'),
    contestId,
    kind: input.kind,
    title: input.title,
    order,
    status: 'planned',
    startsAt: input.startsAt,
    deadline: input.deadline,
    criteriaSetId: input.criteriaSetId,
    structureFrozen: false,
    extensions: [],
  };
  ctx.db.insert('stages', stage);
  audit(ctx, { contestId, objectType: 'stage', objectId: stage.id, action: 'created', after: stage });
  return stage;
}

export function patchStage(ctx: StaffContext, stageId: string, patch: StagePatch): Stage {
  const stage = requireStage(ctx.db, stageId);
  const startsAt = patch.startsAt === undefined ? stage.startsAt : patch.startsAt;
  const deadline = patch.deadline === undefined ? stage.deadline : patch.deadline;
  throwIfInvalid([
    ...checkCriteriaSet(ctx.db, stage.contestId, patch.criteriaSetId),
    ...checkDates(startsAt, deadline),
  ]);
  if (
    patch.criteriaSetId !== undefined &&
    patch.criteriaSetId !== stage.criteriaSetId &&
    stage.structureFrozen
  ) {
    throw new ApiProblem(409, 'frozen', undefined, {
      detail:
        'В этапе уже есть отправленные оценки: сменить набор критериев нельзя, иначе оценки станут несравнимы',
    });
  }
  const before = structuredClone(stage);
  const changes: Partial<Stage> = {};
  for (const key of ['title', 'order', 'status', 'startsAt', 'deadline', 'criteriaSetId'] as const) {
    if (patch[key] !== undefined) Object.assign(changes, { [key]: patch[key] });
  }
  const updated = ctx.db.update('stages', stageId, changes);
  const deadlineChanged = patch.deadline !== undefined && patch.deadline !== before.deadline;
  // A deadline move is its own audit kind: it is what experts dispute, so it must be findable.
  if (deadlineChanged) {
    audit(ctx, {
      contestId: stage.contestId,
      objectType: 'deadline',
      objectId: stageId,
      action: 'deadlineChanged',
      before: { deadline: before.deadline },
      after: { deadline: updated.deadline },
    });
  }
  audit(ctx, {
    contestId: stage.contestId,
    objectType: 'stage',
    objectId: stageId,
    action: 'updated',
    before,
    after: updated,
  });
  return updated;
}

/**
 * Extensions live inside their stage rows, so `nextId` (which checks a table's own keys) cannot see the
 * seed's `ext-1` and would hand it out again: React lists and the audit log need them unique.
 */
function nextExtensionId(db: MockDatabase): string {
  const used = new Set(db.all('stages').flatMap((s) => s.extensions.map((e) => e.id)));
  for (;;) {
    const id = db.nextId('stages', 'ext');
    if (!used.has(id)) return id;
  }
}

/**
 * A later deadline for the whole stage or one expert. It never shortens a deadline (the effective
 * deadline is the latest of all), so an extension before the current deadline is refused as pointless.
 */
export function addExtension(ctx: StaffContext, stageId: string, input: ExtensionCreate): DeadlineExtension {
  const stage = requireStage(ctx.db, stageId);
  const errors: FieldError[] = [];
  if (stage.deadline === null) {
    errors.push(fieldError('until', 'noDeadline', 'У этапа нет срока: продлевать нечего'));
  } else if (Date.parse(input.until) <= Date.parse(stage.deadline)) {
    errors.push(fieldError('until', 'notLater', 'Новый срок должен быть позже срока этапа'));
  }
  if (input.expertId !== null && ctx.db.get('experts', input.expertId) === undefined) {
    errors.push(fieldError('expertId', 'notFound', 'Эксперт не найден'));
  }
  throwIfInvalid(errors);
  const extension: DeadlineExtension = {
    id: nextExtensionId(ctx.db),
    stageId,
    expertId: input.expertId,
    until: input.until,
    reason: input.reason,
    createdAt: isoNow(ctx),
  };
  ctx.db.update('stages', stageId, { extensions: [...stage.extensions, extension] });
  audit(ctx, {
    contestId: stage.contestId,
    objectType: 'deadline',
    objectId: stageId,
    action: 'extended',
    before: { deadline: stage.deadline },
    after: extension,
    reason: input.reason,
  });
  return extension;
}
