import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { StagesView } from '@/features/organizer/stages/components/stages-view';
import {
  criteriaSetsQueryOptions,
  nominationsQueryOptions,
  stagesQueryOptions,
} from '@/features/organizer/shared/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    const contestId = params.contestId ?? '';
    await Promise.all([
      queryClient.ensureQueryData(stagesQueryOptions(contestId)),
      queryClient.ensureQueryData(criteriaSetsQueryOptions(contestId)),
      // The advance dialog names nominations; loading them here keeps it from suspending the page.
      queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
    ]);
    return null;
  };
}

export function Component() {
  const { contestId = '' } = useParams();
  return <StagesView contestId={contestId} />;
}
