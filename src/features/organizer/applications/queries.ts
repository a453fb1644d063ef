import { queryOptions } from '@tanstack/react-query';
import { organizerKeys } from '../shared/queries';
import { fetchApplications } from './api';
import type { ApplicationListParams } from './list-params';

/** Under the contest's subtree, so an import or a screening decision refreshes every page of the list. */
export const applicationKeys = {
  all: (contestId: string) => [...organizerKeys.contest(contestId), 'applications'] as const,
  list: (contestId: string, params: ApplicationListParams) =>
    [...applicationKeys.all(contestId), 'list', params] as const,
};

export function applicationsQueryOptions(contestId: string, params: ApplicationListParams) {
  return queryOptions({
    queryKey: applicationKeys.list(contestId, params),
    queryFn: ({ signal }) => fetchApplications(contestId, params, signal),
  });
}
