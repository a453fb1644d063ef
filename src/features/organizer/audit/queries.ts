import { queryOptions } from '@tanstack/react-query';
import { organizerKeys } from '../shared/queries';
import { fetchAuditEvents } from './api';
import type { AuditParams } from './audit-params';

/** Under the contest's subtree: any change a section makes there refreshes the log as well. */
export const auditKeys = {
  all: (contestId: string) => [...organizerKeys.contest(contestId), 'audit'] as const,
  page: (contestId: string, params: AuditParams) => [...auditKeys.all(contestId), params] as const,
};

export function auditQueryOptions(contestId: string, params: AuditParams) {
  return queryOptions({
    queryKey: auditKeys.page(contestId, params),
    queryFn: ({ signal }) => fetchAuditEvents(contestId, params, signal),
    // The log is read to answer «what just happened»: always ask again when the page is opened.
    staleTime: 0,
  });
}
