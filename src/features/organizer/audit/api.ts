import { apiJson } from '@/api/http-client';
import type { AuditEventPage } from '@/api/schemas/audit';
import type { AuditParams } from './audit-params';

export function fetchAuditEvents(contestId: string, params: AuditParams, signal?: AbortSignal) {
  return apiJson<AuditEventPage>(`/contests/${encodeURIComponent(contestId)}/audit-events`, {
    query: {
      objectType: params.objectType,
      objectId: params.objectId,
      actorId: params.actorId,
      page: params.page,
      pageSize: params.pageSize,
      sort: '-at',
    },
    signal,
  });
}
