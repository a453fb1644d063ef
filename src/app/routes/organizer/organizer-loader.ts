import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '@/api/api-error';
import { requireRole } from '../../guards';

interface OrganizerLoaderContext {
  queryClient: QueryClient;
  /** The contest in the URL; '' on pages outside a contest. */
  contestId: string;
  params: LoaderFunctionArgs['params'];
  search: URLSearchParams;
}

/**
 * An organizer page's route loader: the role check first, then the page's own data. The page renders
 * once the returned promise settles, so it never shows half-filled; a page that returns none renders
 * at once and shows its own skeleton.
 */
export function organizerLoader(load: (context: OrganizerLoaderContext) => Promise<unknown> | undefined) {
  return (queryClient: QueryClient) =>
    async ({ request, params }: LoaderFunctionArgs) => {
      await requireRole(queryClient, request, 'organizer');
      await load({
        queryClient,
        contestId: params.contestId ?? '',
        params,
        search: new URL(request.url).searchParams,
      });
      return null;
    };
}

/** A missing contest, set or expert shows the route's not-found page instead of a generic failure. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (isApiError(error) && error.status === 404) throw data({ code: 'notFound' }, { status: 404 });
    throw error;
  });
}
