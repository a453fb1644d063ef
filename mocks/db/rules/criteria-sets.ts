import type { FieldError } from '@/api/schemas/common';
import type { CriteriaSet, CriteriaSetVersion, Criterion } from '@/api/schemas/criteria';
import type { CriteriaSetCreate, CriteriaSetUpdate, CriterionInput } from '@/api/schemas/criteria-inputs';
import { isStructuralChange, maxTotal, validateCriteriaStructure } from '@/domain/criteria';
import type { FieldError as DomainFieldError } from '@/domain/sheet-validation';
import type { MockDatabase } from '@mocks/db/database';
import { actorOf } from '@mocks/db/rules/audit';
import { describeStructuralChange, sameCriteria } from '@mocks/db/rules/criteria-diff';
import {
  audit,
  isoNow,
  requireContest,
  requireCriteriaSet,
  throwIfInvalid,
  type StaffContext,
} from '@mocks/db/rules/staff-context';
import { ApiProblem, notFound } from '@mocks/handlers/support';

const MESSAGES: Record<string, string> = {
  required: 'Обязательное поле',
  duplicate: 'Такой идентификатор критерия уже есть в наборе',
  notInteger: 'Нужно целое число',
  outOfRange: 'Допустимо от {min} до {max}',
  rangeInverted: 'Должно быть больше {min}',
  tooManyDecimals: 'Не больше {max} знаков после запятой',
  invalidOption: 'Недопустимое значение',
  descriptorOverlap: 'Диапазон пересекается с описанием № {with}',
};

function toApiErrors(errors: readonly DomainFieldError[]): FieldError[] {
  return errors.map((e) => {
    // The domain numbers descriptors from 0; people count from 1.
    const shown =
      e.code === 'descriptorOverlap' && typeof e.params?.with === 'number'
        ? { ...e.params, with: e.params.with + 1 }
        : e.params;
    const template = MESSAGES[e.code] ?? 'Недопустимое значение';
    const message = template.replace(/\{(\w+)\}/g, (_m, key: string) => String(shown?.[key] ?? ''));
    return e.params === undefined
      ? { field: e.field, code: e.code, message }
      : { field: e.field, code: e.code, message, params: e.params };
  });
}

export function criteriaSetsOf(db: MockDatabase, contestId: string): CriteriaSet[] {
  return [...db.group('criteriaSets', 'byContest', contestId)].sort(
    (a, b) => a.title.localeCompare(b.title, 'ru') || a.id.localeCompare(b.id),
  );
}

/** The current set, or a past version rebuilt from the version log; an unknown version is a 404. */
export function criteriaSetAt(
  db: MockDatabase,
  criteriaSetId: string,
  version: number | undefined,
): CriteriaSet {
  const set = requireCriteriaSet(db, criteriaSetId);
  if (version === undefined || version === set.version) return set;
  const past = db.get('criteriaVersions', `${criteriaSetId}@${version}`);
  if (past === undefined) throw notFound(`У набора нет версии ${version}`);
  return {
    ...set,
    version,
    criteria: past.criteria,
    maxTotal: maxTotal(past.criteria),
    updatedAt: past.changedAt,
  };
}

export function versionsOf(db: MockDatabase, criteriaSetId: string): CriteriaSetVersion[] {
  requireCriteriaSet(db, criteriaSetId);
  return [...db.group('criteriaVersions', 'bySet', criteriaSetId)].sort((a, b) => a.version - b.version);
}

/** New criteria get ids here; an existing id keeps the scores already given attached to it. */
function withIds(db: MockDatabase, inputs: readonly CriterionInput[]): Criterion[] {
  return inputs.map((c) => ({ ...c, id: c.id ?? db.nextId('criteriaSets', 'crit') }));
}

/** Frozen once any sheet on the set was submitted — a later return does not unfreeze it. */
export function isFrozen(db: MockDatabase, set: CriteriaSet): boolean {
  if (set.frozen) return true;
  return db
    .all('sheets')
    .some((s) => s.criteriaSetId === set.id && (s.status !== 'draft' || s.submittedAt !== null));
}

function recordVersion(ctx: StaffContext, set: CriteriaSet, change: CriteriaSetVersion['change']): void {
  ctx.db.insert('criteriaVersions', {
    criteriaSetId: set.id,
    version: set.version,
    change,
    criteria: structuredClone(set.criteria),
    changedAt: set.updatedAt,
    changedBy: actorOf(ctx.user),
  });
}

export function createCriteriaSet(
  ctx: StaffContext,
  contestId: string,
  input: CriteriaSetCreate,
): CriteriaSet {
  requireContest(ctx.db, contestId);
  const criteria = withIds(ctx.db, input.criteria);
  throwIfInvalid(toApiErrors(validateCriteriaStructure(criteria)));
  const set: CriteriaSet = {
    id: ctx.db.nextId('criteriaSets', 'cset'),
    contestId,
    title: input.title,
    version: 1,
    frozen: false,
    criteria,
    maxTotal: maxTotal(criteria),
    updatedAt: isoNow(ctx),
  };
  ctx.db.insert('criteriaSets', set);
  recordVersion(ctx, set, 'created');
  audit(ctx, { contestId, objectType: 'criteriaSet', objectId: set.id, action: 'created', after: set });
  return set;
}

/**
 * A full replacement on top of `baseVersion`. Structure (list, order, scales, weights, comment rules,
 * band boundaries) freezes with the first submitted sheet; wording fixes always pass and are versioned
 * too, so every sheet's `criteriaVersion` still names the exact text the expert saw.
 */
export function updateCriteriaSet(
  ctx: StaffContext,
  criteriaSetId: string,
  input: CriteriaSetUpdate,
): CriteriaSet {
  const set = requireCriteriaSet(ctx.db, criteriaSetId);
  if (input.baseVersion !== set.version) {
    throw new ApiProblem(412, 'preconditionFailed', undefined, {
      detail: `Набор уже изменён: текущая версия ${set.version}, а правка сделана на версии ${input.baseVersion}. Обновите страницу.`,
    });
  }
  const criteria = withIds(ctx.db, input.criteria);
  throwIfInvalid(toApiErrors(validateCriteriaStructure(criteria)));
  const structural = isStructuralChange(set.criteria, criteria);
  if (structural && isFrozen(ctx.db, set)) {
    throw new ApiProblem(409, 'frozen', undefined, {
      detail:
        `По этому набору уже отправлены оценки, поэтому его структуру менять нельзя: ${describeStructuralChange(set.criteria, criteria)}. ` +
        'Можно исправлять формулировки — названия, описания и тексты описаний баллов.',
    });
  }
  if (input.title === set.title && sameCriteria(set.criteria, criteria)) return set;
  const before = { version: set.version, title: set.title, criteria: set.criteria };
  const updated = ctx.db.update('criteriaSets', criteriaSetId, {
    title: input.title,
    criteria,
    maxTotal: maxTotal(criteria),
    version: set.version + 1,
    updatedAt: isoNow(ctx),
  });
  const change = structural ? 'structure' : 'wording';
  recordVersion(ctx, updated, change);
  audit(ctx, {
    contestId: set.contestId,
    objectType: 'criteriaSet',
    objectId: set.id,
    action: change === 'structure' ? 'structureChanged' : 'wordingChanged',
    before,
    after: { version: updated.version, title: updated.title, criteria: updated.criteria },
  });
  return updated;
}
