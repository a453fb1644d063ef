import { useParams } from 'react-router';
import { CriteriaSetsView } from '@/features/organizer/criteria/components/criteria-sets-view';
import {
  criteriaSetsQueryOptions,
  nominationsQueryOptions,
  stagesQueryOptions,
} from '@/features/organizer/shared/queries';
import { organizerLoader } from './organizer-loader';

export const clientLoader = organizerLoader(({ queryClient, contestId }) =>
  Promise.all([
    queryClient.ensureQueryData(criteriaSetsQueryOptions(contestId)),
    queryClient.ensureQueryData(stagesQueryOptions(contestId)),
    queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
  ]),
);

export function Component() {
  const { contestId = '' } = useParams();
  return <CriteriaSetsView contestId={contestId} />;
}
