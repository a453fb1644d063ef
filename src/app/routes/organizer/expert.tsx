import type { QueryClient } from '@tanstack/react-query';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '@/api/api-error';
import { ExpertProfile } from '@/features/organizer/roster/components/expert-profile';
import { expertQueryOptions } from '@/features/organizer/roster/queries';
import { ensureExpertiseGroups } from '@/features/organizer/roster/use-expertise-groups';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(expertQueryOptions(params.expertId ?? '')).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) throw data({ code: 'notFound' }, { status: 404 });
        throw error;
      }),
      ensureExpertiseGroups(queryClient),
    ]);
    return null;
  };
}

export function Component() {
  const { expertId = '' } = useParams();
  // Keyed, so moving to another expert starts a fresh form instead of keeping the last one's input.
  return <ExpertProfile key={expertId} expertId={expertId} />;
}
