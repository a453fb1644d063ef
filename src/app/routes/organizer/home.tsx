import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { OrganizerHome } from '@/features/organizer/contests/components/home/organizer-home';
import { parseContestPage } from '@/features/organizer/contests/list-params';
import { CONTEST_PAGE_SIZE, contestListQueryOptions } from '@/features/organizer/contests/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    const page = parseContestPage(new URL(request.url).searchParams);
    // Starts the request without blocking the navigation: the page shows its skeleton meanwhile.
    void queryClient.prefetchQuery(contestListQueryOptions({ page, pageSize: CONTEST_PAGE_SIZE }));
    return null;
  };
}

export function Component() {
  return <OrganizerHome />;
}
