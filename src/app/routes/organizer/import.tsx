import { useParams } from 'react-router';
import { ImportView } from '@/features/organizer/applications/components/import-view';
import { nominationsQueryOptions } from '@/features/organizer/shared/queries';
import { organizerLoader } from './organizer-loader';

// The help names the contest's nominations: a file's «Номинация» cell must match one of them.
export const clientLoader = organizerLoader(({ queryClient, contestId }) =>
  queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
);

export function Component() {
  const { contestId = '' } = useParams();
  return <ImportView contestId={contestId} />;
}
