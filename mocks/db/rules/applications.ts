import type { ApplicationQuery, ScreeningRequest } from '@/api/schemas/application-inputs';
import type { Application, ApplicationSummary } from '@/api/schemas/applications';
import type { Page } from '@/api/schemas/common';
import { compareApplicationIds } from '@/domain/ranking';
import type { MockDatabase } from '@mocks/db/database';
import type { UserRow } from '@mocks/db/tables';
import { actorOf } from '@mocks/db/rules/audit';
import { paginate, sortBy } from '@mocks/db/rules/lists';
import { audit, isStaff, isoNow, requireContest, type StaffContext } from '@mocks/db/rules/staff-context';
import { notFound } from '@mocks/handlers/support';

const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

export function toSummary(app: Application): ApplicationSummary {
  return {
    id: app.id,
    contestId: app.contestId,
    nominationId: app.nominationId,
    title: app.title,
    organization: app.organization,
    region: app.region,
    requestedAmount: app.requestedAmount,
    screening: app.screening,
    updatedAt: app.updatedAt,
  };
}

/** ID, title, organisation name or ИНН; lower-cased once per call, not once per row and field. */
function matcher(q: string | undefined): (app: Application) => boolean {
  const needle = q?.trim().toLocaleLowerCase('ru') ?? '';
  if (needle === '') return () => true;
  const digits = /^\d+$/.test(needle);
  return (app) =>
    app.id.includes(needle) ||
    (digits && app.organization.inn.includes(needle)) ||
    app.title.toLocaleLowerCase('ru').includes(needle) ||
    app.organization.name.toLocaleLowerCase('ru').includes(needle);
}

export function listApplications(
  db: MockDatabase,
  contestId: string,
  query: ApplicationQuery,
): Page<ApplicationSummary> {
  requireContest(db, contestId);
  const source =
    query.nominationId === undefined
      ? db.group('applications', 'byContest', contestId)
      : db.group('applications', 'byNomination', query.nominationId).filter((a) => a.contestId === contestId);
  const matches = matcher(query.q);
  const rows = source.filter(
    (a) =>
      (query.regionCode === undefined || a.region.code === query.regionCode) &&
      (query.screening === undefined || a.screening.status === query.screening) &&
      matches(a),
  );
  const byId = (a: Application, b: Application) => compareApplicationIds(a.id, b.id);
  const sorted = sortBy(
    rows,
    query.sort ?? 'id',
    {
      id: byId,
      title: (a, b) => collator.compare(a.title, b.title),
      requestedAmount: (a, b) => a.requestedAmount - b.requestedAmount,
      updatedAt: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
    },
    [byId],
  );
  return paginate(sorted, query.page, query.pageSize, toSummary);
}

/**
 * Staff read any card; an expert only one they are assigned to (recused included: they saw it). To
 * anyone else the application does not exist — 404, not 403, so IDs cannot be probed.
 */
export function readApplication(db: MockDatabase, user: UserRow, applicationId: string): Application {
  const app = db.get('applications', applicationId);
  if (app === undefined) throw notFound('Заявка не найдена');
  if (isStaff(user)) return app;
  if (db.assignmentsByApplication(applicationId).some((a) => a.expertId === user.id)) return app;
  throw notFound('Заявка не найдена');
}

export function screenApplication(
  ctx: StaffContext,
  applicationId: string,
  input: ScreeningRequest,
): Application {
  const app = ctx.db.get('applications', applicationId);
  if (app === undefined) throw notFound('Заявка не найдена');
  const at = isoNow(ctx);
  const before = app.screening;
  const screening = {
    status: input.decision,
    reason: input.reason === '' ? null : input.reason,
    decidedBy: actorOf(ctx.user),
    decidedAt: at,
  };
  const updated = ctx.db.update('applications', applicationId, { screening, updatedAt: at });
  audit(ctx, {
    contestId: app.contestId,
    objectType: 'application',
    objectId: applicationId,
    action: input.decision === 'admitted' ? 'admitted' : 'rejected',
    before: { screening: before },
    after: { screening },
    reason: screening.reason,
  });
  return updated;
}
