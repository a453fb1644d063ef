import { queryOptions } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import type { Session } from '@/api/schemas/session';
import { fetchSession } from './api';

export const sessionKeys = {
  all: ['session'] as const,
};

/**
 * The current session, or null when nobody is signed in. A 401 is an answer here, not an error,
 * so route loaders can redirect to the login page instead of showing an error screen.
 */
export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.all,
    queryFn: async ({ signal }): Promise<Session | null> => {
      try {
        return await fetchSession(signal);
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}
