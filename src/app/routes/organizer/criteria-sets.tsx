import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { CriteriaSetsView } from '@/features/organizer/criteria/components/criteria-sets-view';
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
      queryClient.ensureQueryData(criteriaSetsQueryOptions(contestId)),
      queryClient.ensureQueryData(stagesQueryOptions(contestId)),
      queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
    ]);
    return null;
  };
}

export function Component() {
  const { contestId = '' } = useParams();
  return <CriteriaSetsView contestId={contestId} />;
}
