import { useParams } from 'react-router';
import { StagesView } from '@/features/organizer/stages/components/stages-view';
import {
  criteriaSetsQueryOptions,
  nominationsQueryOptions,
  stagesQueryOptions,
} from '@/features/organizer/shared/queries';
import { organizerLoader } from './organizer-loader';

export const clientLoader = organizerLoader(({ queryClient, contestId }) =>
  Promise.all([
    queryClient.ensureQueryData(stagesQueryOptions(contestId)),
    queryClient.ensureQueryData(criteriaSetsQueryOptions(contestId)),
    // The advance dialog names nominations; loading them here keeps it from suspending the page.
    queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
  ]),
);

export function Component() {
  const { contestId = '' } = useParams();
  return <StagesView contestId={contestId} />;
}
