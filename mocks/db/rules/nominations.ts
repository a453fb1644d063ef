import type { FieldError } from '@/api/schemas/common';
import type {
  CategoryInput,
  CategoryPatch,
  NominationInput,
  NominationPatch,
} from '@/api/schemas/contest-inputs';
import type { Category, Nomination } from '@/api/schemas/contests';
import type { MockDatabase } from '@mocks/db/database';
import {
  audit,
  fieldError,
  requireCategory,
  requireContest,
  requireNomination,
  throwIfInvalid,
  type StaffContext,
} from '@mocks/db/rules/staff-context';
import { ApiProblem } from '@mocks/handlers/support';

export function categoriesOf(db: MockDatabase, contestId: string): Category[] {
  return [...db.group('categories', 'byContest', contestId)].sort(
    (a, b) => a.order - b.order || a.id.localeCompare(b.id),
  );
}

/** Nominations in the order a person reads them: by category, then within the category. */
export function nominationsOf(db: MockDatabase, contestId: string): Nomination[] {
  const categoryOrder = new Map(categoriesOf(db, contestId).map((c, i) => [c.id, i]));
  return [...db.group('nominations', 'byContest', contestId)].sort(
    (a, b) =>
      (categoryOrder.get(a.categoryId) ?? 0) - (categoryOrder.get(b.categoryId) ?? 0) ||
      a.order - b.order ||
      a.id.localeCompare(b.id),
  );
}

function nextOrder(rows: readonly { order: number }[]): number {
  return rows.length === 0 ? 0 : Math.max(...rows.map((r) => r.order)) + 1;
}

export function createCategory(ctx: StaffContext, contestId: string, input: CategoryInput): Category {
  requireContest(ctx.db, contestId);
  const category: Category = {
    id: ctx.db.nextId('categories', 'category'),
    contestId,
    title: input.title,
    order: input.order ?? nextOrder(ctx.db.group('categories', 'byContest', contestId)),
  };
  ctx.db.insert('categories', category);
  audit(ctx, {
    contestId,
    objectType: 'category',
    objectId: category.id,
    action: 'created',
    after: category,
  });
  return category;
}

export function patchCategory(ctx: StaffContext, categoryId: string, patch: CategoryPatch): Category {
  const category = requireCategory(ctx.db, categoryId);
  const before = { ...category };
  const changes: Partial<Category> = {};
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.order !== undefined) changes.order = patch.order;
  const updated = ctx.db.update('categories', categoryId, changes);
  audit(ctx, {
    contestId: category.contestId,
    objectType: 'category',
    objectId: categoryId,
    action: 'updated',
    before,
    after: updated,
  });
  return updated;
}

export function deleteCategory(ctx: StaffContext, categoryId: string): void {
  const category = requireCategory(ctx.db, categoryId);
  const count = ctx.db.group('nominations', 'byCategory', categoryId).length;
  if (count > 0) {
    throw new ApiProblem(409, 'conflict', 'В категории есть номинации', {
      detail: `Сначала перенесите или удалите номинации категории (${count})`,
    });
  }
  ctx.db.remove('categories', categoryId);
  audit(ctx, {
    contestId: category.contestId,
    objectType: 'category',
    objectId: categoryId,
    action: 'deleted',
    before: category,
  });
}

function checkRefs(db: MockDatabase, contestId: string, input: NominationPatch): FieldError[] {
  const errors: FieldError[] = [];
  if (input.categoryId !== undefined && db.get('categories', input.categoryId)?.contestId !== contestId) {
    errors.push(fieldError('categoryId', 'notFound', 'Такой категории нет в этом конкурсе'));
  }
  if (
    input.criteriaSetId !== undefined &&
    input.criteriaSetId !== null &&
    db.get('criteriaSets', input.criteriaSetId)?.contestId !== contestId
  ) {
    errors.push(fieldError('criteriaSetId', 'notFound', 'Такого набора критериев нет в этом конкурсе'));
  }
  return errors;
}

export function createNomination(ctx: StaffContext, contestId: string, input: NominationInput): Nomination {
  requireContest(ctx.db, contestId);
  throwIfInvalid(checkRefs(ctx.db, contestId, input));
  const nomination: Nomination = {
    id: ctx.db.nextId('nominations', 'nomination'),
    contestId,
    categoryId: input.categoryId,
    title: input.title,
    description: input.description,
    order: input.order ?? nextOrder(ctx.db.group('nominations', 'byCategory', input.categoryId)),
    criteriaSetId: input.criteriaSetId,
  };
  ctx.db.insert('nominations', nomination);
  audit(ctx, {
    contestId,
    objectType: 'nomination',
    objectId: nomination.id,
    action: 'created',
    after: nomination,
  });
  return nomination;
}

/** Whether any sheet on the nomination's applications was ever submitted (returned ones were too). */
function hasSubmittedSheets(db: MockDatabase, nominationId: string): boolean {
  for (const app of db.group('applications', 'byNomination', nominationId)) {
    for (const sheet of db.group('sheets', 'byApplication', app.id)) {
      if (sheet.status !== 'draft' || sheet.submittedAt !== null) return true;
    }
  }
  return false;
}

export function patchNomination(ctx: StaffContext, nominationId: string, patch: NominationPatch): Nomination {
  const nomination = requireNomination(ctx.db, nominationId);
  throwIfInvalid(checkRefs(ctx.db, nomination.contestId, patch));
  // Rebinding the criteria set after scoring started would make the submitted sheets incomparable.
  if (
    patch.criteriaSetId !== undefined &&
    patch.criteriaSetId !== nomination.criteriaSetId &&
    hasSubmittedSheets(ctx.db, nominationId)
  ) {
    throw new ApiProblem(409, 'frozen', undefined, {
      detail: 'По заявкам номинации уже отправлены оценки: сменить набор критериев нельзя',
    });
  }
  const before = { ...nomination };
  const changes: Partial<Nomination> = {};
  for (const key of ['categoryId', 'title', 'description', 'criteriaSetId', 'order'] as const) {
    if (patch[key] !== undefined) Object.assign(changes, { [key]: patch[key] });
  }
  const updated = ctx.db.update('nominations', nominationId, changes);
  audit(ctx, {
    contestId: nomination.contestId,
    objectType: 'nomination',
    objectId: nominationId,
    action: 'updated',
    before,
    after: updated,
  });
  return updated;
}

export function deleteNomination(ctx: StaffContext, nominationId: string): void {
  const nomination = requireNomination(ctx.db, nominationId);
  const count = ctx.db.group('applications', 'byNomination', nominationId).length;
  if (count > 0) {
    throw new ApiProblem(409, 'conflict', 'В номинации есть заявки', {
      detail: `Номинацию с заявками (${count}) удалить нельзя: перенесите их повторным импортом`,
    });
  }
  ctx.db.remove('nominations', nominationId);
  audit(ctx, {
    contestId: nomination.contestId,
    objectType: 'nomination',
    objectId: nominationId,
    action: 'deleted',
    before: nomination,
  });
}
