import { useParams } from 'react-router';
import { ContestSettings } from '@/features/organizer/contests/components/settings/contest-settings';
import { contestQueryOptions, criteriaSetsQueryOptions } from '@/features/organizer/shared/queries';
import { organizerLoader } from './organizer-loader';

// The tie-break editor names criteria by title, so the sets are needed before the form renders.
export const clientLoader = organizerLoader(({ queryClient, contestId }) =>
  Promise.all([
    queryClient.ensureQueryData(contestQueryOptions(contestId)),
    queryClient.ensureQueryData(criteriaSetsQueryOptions(contestId)),
  ]),
);

export function Component() {
  const { contestId = '' } = useParams();
  // Keyed so another contest's settings start from that contest's values, not the previous form's.
  return <ContestSettings key={contestId} contestId={contestId} />;
}
