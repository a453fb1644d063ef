import type { FieldError } from '@/api/schemas/common';
import type { Category, Contest, Nomination, Stage } from '@/api/schemas/contests';
import type { CriteriaSet } from '@/api/schemas/criteria';
import type { MockDatabase } from '@mocks/db/database';
import type { AuditEventRow, UserRow } from '@mocks/db/tables';
import { actorOf, recordAudit } from '@mocks/db/rules/audit';
import { ApiProblem, notFound } from '@mocks/handlers/support';

/**
 * What an organizer or coordinator rule needs: the database, who acts and the request's instant.
 * A route context has exactly these fields, so handlers pass their `ctx` straight through.
 */
export interface StaffContext {
  db: MockDatabase;
  user: UserRow;
  now: Date;
}

export function isoNow(ctx: Pick<StaffContext, 'now'>): string {
  return ctx.now.toISOString();
}

/** Organizers and coordinators run contests; anyone else (experts) only sees their own work. */
export function isStaff(user: Pick<UserRow, 'roles'>): boolean {
  return user.roles.includes('organizer') || user.roles.includes('coordinator');
}

/** Records an audit event as the acting user at the request's instant. */
export function audit(
  ctx: StaffContext,
  input: Pick<AuditEventRow, 'contestId' | 'objectType' | 'objectId' | 'action'> & {
    before?: unknown;
    after?: unknown;
    reason?: string | null;
  },
): void {
  recordAudit(ctx.db, { ...input, at: isoNow(ctx), actor: actorOf(ctx.user) });
}

export function fieldError(
  field: string,
  code: string,
  message: string,
  params?: Record<string, string | number>,
): FieldError {
  return params === undefined ? { field, code, message } : { field, code, message, params };
}

/** 422 with field errors when there are any; a no-op otherwise. */
export function throwIfInvalid(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw new ApiProblem(422, 'validation', undefined, { errors: [...errors] });
}

export function requireContest(db: MockDatabase, contestId: string): Contest {
  const contest = db.get('contests', contestId);
  if (contest === undefined) throw notFound('Конкурс не найден');
  return contest;
}

export function requireStage(db: MockDatabase, stageId: string): Stage {
  const stage = db.get('stages', stageId);
  if (stage === undefined) throw notFound('Этап не найден');
  return stage;
}

export function requireCategory(db: MockDatabase, categoryId: string): Category {
  const category = db.get('categories', categoryId);
  if (category === undefined) throw notFound('Категория не найдена');
  return category;
}

export function requireNomination(db: MockDatabase, nominationId: string): Nomination {
  const nomination = db.get('nominations', nominationId);
  if (nomination === undefined) throw notFound('Номинация не найдена');
  return nomination;
}

export function requireCriteriaSet(db: MockDatabase, criteriaSetId: string): CriteriaSet {
  const set = db.get('criteriaSets', criteriaSetId);
  if (set === undefined) throw notFound('Набор критериев не найден');
  return set;
}

/** A nomination addressed through a stage must belong to the stage's contest. */
export function requireStageNomination(db: MockDatabase, stageId: string, nominationId: string) {
  const stage = requireStage(db, stageId);
  const nomination = db.get('nominations', nominationId);
  if (nomination === undefined || nomination.contestId !== stage.contestId)
    throw notFound('Номинация не найдена');
  return { stage, nomination, contest: requireContest(db, stage.contestId) };
}

const numberFormats = new Map<number, Intl.NumberFormat>();

/**
 * «1 234,5»: how numbers read in Russian evidence texts. The formatter is cached because building
 * one per call dominated lists that describe thousands of divergences.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  let format = numberFormats.get(maxDecimals);
  if (format === undefined) {
    format = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: maxDecimals, useGrouping: true });
    numberFormats.set(maxDecimals, format);
  }
  return format.format(value).replace(/\u00a0|\u202f/g, ' ');
}
