import { queryOptions } from '@tanstack/react-query';
import { fetchContests, type ContestListParams } from './api';

export const contestKeys = {
  all: ['contests'] as const,
  list: (params: ContestListParams) => [...contestKeys.all, 'list', params] as const,
};

export function contestListQueryOptions(params: ContestListParams) {
  return queryOptions({
    queryKey: contestKeys.list(params),
    queryFn: ({ signal }) => fetchContests(params, signal),
  });
}
