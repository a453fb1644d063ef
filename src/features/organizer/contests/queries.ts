import { queryOptions } from '@tanstack/react-query';
import { organizerKeys } from '../shared/queries';
import { fetchContestPage, type ContestListParams } from './api';

export const CONTEST_PAGE_SIZE = 20;

/** The contest list sits under the shared `contests()` key, so creating or editing one refreshes it. */
export const contestListKeys = {
  list: (params: ContestListParams) => [...organizerKeys.contests(), 'list', params] as const,
};

export function contestListQueryOptions(params: ContestListParams) {
  return queryOptions({
    queryKey: contestListKeys.list(params),
    queryFn: ({ signal }) => fetchContestPage(params, signal),
  });
}
