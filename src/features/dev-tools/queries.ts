import { queryOptions } from '@tanstack/react-query';
import { fetchMockState } from './api';

export const mockKeys = {
  state: ['mock', 'state'] as const,
};

export function mockStateQueryOptions() {
  return queryOptions({
    queryKey: mockKeys.state,
    queryFn: ({ signal }) => fetchMockState(signal),
    staleTime: Infinity,
  });
}
