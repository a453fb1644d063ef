import type { AuditEvent, AuditEventQuery } from '@/api/schemas/audit';
import type { Page } from '@/api/schemas/common';
import type { MockDatabase } from '@mocks/db/database';
import { paginate, sortBy } from '@mocks/db/rules/lists';
import { requireContest } from '@mocks/db/rules/staff-context';

/** Newest first by default: the log is read to answer «what just happened». */
export function listAuditEvents(
  db: MockDatabase,
  contestId: string,
  query: AuditEventQuery,
): Page<AuditEvent> {
  requireContest(db, contestId);
  const fromMs = query.from === undefined ? -Infinity : Date.parse(query.from);
  const toMs = query.to === undefined ? Infinity : Date.parse(query.to);
  const rows = db.group('auditEvents', 'byContest', contestId).filter((e) => {
    if (query.objectType !== undefined && e.objectType !== query.objectType) return false;
    if (query.objectId !== undefined && e.objectId !== query.objectId) return false;
    if (query.actorId !== undefined && e.actor.id !== query.actorId) return false;
    if (query.from === undefined && query.to === undefined) return true;
    const at = Date.parse(e.at);
    return at >= fromMs && at < toMs;
  });
  // Events of one request share an instant; their ids (audit-<n>) keep the order they happened in.
  const byTime = (a: AuditEvent, b: AuditEvent) =>
    a.at.localeCompare(b.at) || a.id.localeCompare(b.id, 'en', { numeric: true });
  const sorted = sortBy(rows, query.sort ?? '-at', { at: byTime });
  return paginate(sorted, query.page, query.pageSize, (e) => e);
}
