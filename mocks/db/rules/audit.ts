import type { Actor } from '@/api/schemas/common';
import type { MockDatabase } from '@mocks/db/database';
import type { AuditEventRow, UserRow } from '@mocks/db/tables';

export function actorOf(user: Pick<UserRow, 'id' | 'fullName'>): Actor {
  return { id: user.id, name: user.fullName };
}

export type AuditInput = Omit<AuditEventRow, 'id' | 'reason' | 'before' | 'after'> & {
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/**
 * Every change to a sheet, assignment, conflict, criteria set or deadline goes through here, so the
 * audit log is complete by construction. before/after are deep copies: later edits of the live rows
 * must not rewrite history.
 */
export function recordAudit(db: MockDatabase, input: AuditInput): AuditEventRow {
  const row: AuditEventRow = {
    id: db.nextId('auditEvents', 'audit'),
    contestId: input.contestId,
    at: input.at,
    actor: input.actor,
    objectType: input.objectType,
    objectId: input.objectId,
    action: input.action,
    before: input.before === undefined ? null : structuredClone(input.before),
    after: input.after === undefined ? null : structuredClone(input.after),
    reason: input.reason ?? null,
  };
  return db.insert('auditEvents', row);
}
