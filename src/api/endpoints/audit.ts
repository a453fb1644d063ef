import { AuditEventPage, AuditEventQuery } from '../schemas/audit';
import type { EndpointDef } from '../endpoints';
import { STAFF } from './access';
import { ContestParams } from './params';
import { problems } from './responses';

export const auditEndpoints = {
  listAuditEvents: {
    id: 'listAuditEvents',
    method: 'get',
    path: '/contests/{contestId}/audit-events',
    summary:
      'Who changed what and when, with before/after (sheets, assignments, conflicts, criteria, deadlines)',
    tags: ['audit'],
    access: STAFF,
    params: ContestParams,
    query: AuditEventQuery,
    responses: {
      200: { description: 'A page of audit events.', schema: AuditEventPage },
      ...problems(401, 403, 404, 422),
    },
  },
} satisfies Record<string, EndpointDef>;
