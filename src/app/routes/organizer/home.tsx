import { OrganizerHome } from '@/features/organizer/contests/components/home/organizer-home';
import { parseContestPage } from '@/features/organizer/contests/list-params';
import { CONTEST_PAGE_SIZE, contestListQueryOptions } from '@/features/organizer/contests/queries';
import { organizerLoader } from './organizer-loader';

export const clientLoader = organizerLoader(({ queryClient, search }) => {
  // Starts the request without blocking the navigation: the page shows its skeleton meanwhile.
  void queryClient.prefetchQuery(
    contestListQueryOptions({ page: parseContestPage(search), pageSize: CONTEST_PAGE_SIZE }),
  );
});

export function Component() {
  return <OrganizerHome />;
}
