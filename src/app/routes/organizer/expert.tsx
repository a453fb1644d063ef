import { useParams } from 'react-router';
import { ExpertProfile } from '@/features/organizer/roster/components/expert-profile';
import { expertQueryOptions } from '@/features/organizer/roster/queries';
import { ensureExpertiseGroups } from '@/features/organizer/roster/use-expertise-groups';
import { organizerLoader, orNotFound } from './organizer-loader';

export const clientLoader = organizerLoader(({ queryClient, params }) =>
  Promise.all([
    orNotFound(queryClient.ensureQueryData(expertQueryOptions(params.expertId ?? ''))),
    ensureExpertiseGroups(queryClient),
  ]),
);

export function Component() {
  const { expertId = '' } = useParams();
  // Keyed, so moving to another expert starts a fresh form instead of keeping the last one's input.
  return <ExpertProfile key={expertId} expertId={expertId} />;
}
