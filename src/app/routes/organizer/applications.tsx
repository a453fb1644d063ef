import { useParams } from 'react-router';
import { ApplicationsView } from '@/features/organizer/applications/components/applications-view';
import { parseApplicationSearch } from '@/features/organizer/applications/list-params';
import { applicationsQueryOptions } from '@/features/organizer/applications/queries';
import { nominationsQueryOptions } from '@/features/organizer/shared/queries';
import { organizerLoader } from './organizer-loader';

export const clientLoader = organizerLoader(({ queryClient, contestId, search }) =>
  Promise.all([
    queryClient.ensureQueryData(applicationsQueryOptions(contestId, parseApplicationSearch(search))),
    queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
  ]),
);

export function Component() {
  const { contestId = '' } = useParams();
  return <ApplicationsView contestId={contestId} />;
}
