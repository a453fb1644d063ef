import type { FieldError, Page } from '@/api/schemas/common';
import type { ExpertCreate, ExpertPatch, ExpertQuery } from '@/api/schemas/expert-inputs';
import type { Expert } from '@/api/schemas/experts';
import { isValidInn } from '@/domain/conflicts';
import type { MockDatabase } from '@mocks/db/database';
import type { ExpertRow } from '@mocks/db/tables';
import { expertLoads, presentExpert } from '@mocks/db/rules/expert-load';
import { matchesText, paginate, sortBy } from '@mocks/db/rules/lists';
import { regionByCodeOrNull } from '@mocks/db/rules/region-lookup';
import { audit, fieldError, throwIfInvalid, type StaffContext } from '@mocks/db/rules/staff-context';
import { ApiProblem, notFound } from '@mocks/handlers/support';

/** Accounts created for new experts sign in with this in the demo; the login page lists every account. */
export const NEW_EXPERT_PASSWORD = 'expert2025';

export function requireExpert(db: MockDatabase, expertId: string): ExpertRow {
  const expert = db.get('experts', expertId);
  if (expert === undefined) throw notFound('Эксперт не найден');
  return expert;
}

export function listExperts(db: MockDatabase, query: ExpertQuery): Page<Expert> {
  const loads = expertLoads(db);
  const rows = db
    .all('experts')
    .filter(
      (e) =>
        (query.region === undefined || e.region.code === query.region) &&
        (query.nominationId === undefined || e.expertiseNominationIds.includes(query.nominationId)) &&
        matchesText(query.q, e.fullName, e.email),
    );
  const sorted = sortBy(
    rows,
    query.sort ?? 'fullName',
    {
      fullName: (a, b) => a.fullName.localeCompare(b.fullName, 'ru'),
      load: (a, b) => (loads.get(a.id) ?? 0) - (loads.get(b.id) ?? 0),
    },
    [(a, b) => a.id.localeCompare(b.id)],
  );
  return paginate(sorted, query.page, query.pageSize, (e) => presentExpert(db, e));
}

/** Checks that a schema cannot: ИНН checksums, known region codes, nominations that exist. */
export function checkExpertFields(db: MockDatabase, input: ExpertPatch): FieldError[] {
  const errors: FieldError[] = [];
  if (input.region !== undefined && regionByCodeOrNull(input.region.code) === null) {
    errors.push(fieldError('region.code', 'unknownRegion', `Нет субъекта РФ с кодом ${input.region.code}`));
  }
  input.affiliations?.forEach((org, i) => {
    if (!isValidInn(org.inn)) {
      errors.push(
        fieldError(`affiliations.${i}.inn`, 'invalidInn', 'ИНН не проходит проверку контрольной суммы'),
      );
    }
  });
  input.expertiseNominationIds?.forEach((id, i) => {
    if (db.get('nominations', id) === undefined) {
      errors.push(fieldError(`expertiseNominationIds.${i}`, 'notFound', 'Такой номинации нет'));
    }
  });
  return errors;
}

function emailTaken(db: MockDatabase, email: string, exceptId: string | null): boolean {
  const wanted = email.trim().toLowerCase();
  return db.all('experts').some((e) => e.id !== exceptId && e.email.toLowerCase() === wanted);
}

function emailConflict(): ApiProblem {
  return new ApiProblem(409, 'conflict', 'Эксперт с такой почтой уже есть', {
    errors: [fieldError('email', 'duplicate', 'Эта почта уже принадлежит другому эксперту')],
  });
}

/**
 * An expert is a user with the expert role: an existing account with that e-mail (say, a coordinator
 * who also scores) gains the role; otherwise a new account is opened.
 */
export function insertExpert(db: MockDatabase, input: ExpertCreate): ExpertRow {
  const email = input.email.trim();
  const region = regionByCodeOrNull(input.region.code) ?? input.region;
  let user = db.all('users').find((u) => u.email.toLowerCase() === email.toLowerCase());
  if (user === undefined) {
    user = db.insert('users', {
      id: db.nextId('users', 'user'),
      email,
      password: NEW_EXPERT_PASSWORD,
      fullName: input.fullName,
      roles: ['expert'],
    });
  } else if (!user.roles.includes('expert')) {
    db.update('users', user.id, { roles: [...user.roles, 'expert'] });
  }
  return db.insert('experts', {
    id: user.id,
    fullName: input.fullName,
    email,
    region,
    affiliations: input.affiliations.map((a) => ({ ...a })),
    expertiseNominationIds: [...new Set(input.expertiseNominationIds)],
    loadCap: input.loadCap,
    active: true,
  });
}

export function createExpert(ctx: StaffContext, input: ExpertCreate): Expert {
  throwIfInvalid(checkExpertFields(ctx.db, input));
  if (emailTaken(ctx.db, input.email, null)) throw emailConflict();
  const row = insertExpert(ctx.db, input);
  auditExpert(ctx, row.id, 'created', null, row);
  return presentExpert(ctx.db, row);
}

export function applyExpertPatch(db: MockDatabase, expert: ExpertRow, patch: ExpertPatch): ExpertRow {
  const changes: Partial<ExpertRow> = {};
  if (patch.fullName !== undefined) changes.fullName = patch.fullName;
  if (patch.email !== undefined) changes.email = patch.email.trim();
  if (patch.region !== undefined) changes.region = regionByCodeOrNull(patch.region.code) ?? patch.region;
  if (patch.affiliations !== undefined) changes.affiliations = patch.affiliations.map((a) => ({ ...a }));
  if (patch.expertiseNominationIds !== undefined)
    changes.expertiseNominationIds = [...new Set(patch.expertiseNominationIds)];
  if (patch.loadCap !== undefined) changes.loadCap = patch.loadCap;
  if (patch.active !== undefined) changes.active = patch.active;
  const updated = db.update('experts', expert.id, changes);
  // The account and the roster row describe one person: keep the sign-in name and e-mail in step.
  if (
    db.get('users', expert.id) !== undefined &&
    (changes.email !== undefined || changes.fullName !== undefined)
  ) {
    db.update('users', expert.id, { email: updated.email, fullName: updated.fullName });
  }
  return updated;
}

export function patchExpert(ctx: StaffContext, expertId: string, patch: ExpertPatch): Expert {
  const expert = requireExpert(ctx.db, expertId);
  throwIfInvalid(checkExpertFields(ctx.db, patch));
  if (patch.email !== undefined && emailTaken(ctx.db, patch.email, expertId)) throw emailConflict();
  const before = structuredClone(expert);
  const updated = applyExpertPatch(ctx.db, expert, patch);
  auditExpert(ctx, expertId, 'updated', before, updated);
  return presentExpert(ctx.db, updated);
}

/**
 * Experts belong to no contest, but the audit log is per contest: the change is recorded in every
 * contest the expert works in, or in every contest when they have no work yet.
 */
export function auditExpert(
  ctx: StaffContext,
  expertId: string,
  action: string,
  before: unknown,
  after: unknown,
): void {
  const contests = new Set(ctx.db.assignmentsByExpert(expertId).map((a) => a.contestId));
  const targets = contests.size > 0 ? [...contests] : ctx.db.all('contests').map((c) => c.id);
  for (const contestId of targets) {
    audit(ctx, { contestId, objectType: 'expert', objectId: expertId, action, before, after });
  }
}
