import { MutationCache, QueryClient, type DefaultOptions, type QueryKey } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Queries other features own that this mutation makes stale; invalidated in one place below. */
      invalidates?: readonly QueryKey[];
    };
  }
}

/** Only failures that may heal by themselves are retried: the network and 5xx, never a 4xx answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && !error.isRetryable) return false;
  return failureCount < 2;
}

/** `overrides` lets tests switch retries off while keeping the app's mutation-cache wiring. */
export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true, ...overrides.queries },
      mutations: { retry: false, ...overrides.mutations },
    },
    mutationCache: new MutationCache({
      onSuccess: async (_data, _variables, _context, mutation) => {
        const keys = mutation.meta?.invalidates ?? [];
        await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      },
    }),
  });
  return queryClient;
}
