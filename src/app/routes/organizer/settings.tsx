import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { ContestSettings } from '@/features/organizer/contests/components/settings/contest-settings';
import { contestQueryOptions, criteriaSetsQueryOptions } from '@/features/organizer/shared/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    const contestId = params.contestId ?? '';
    // The tie-break editor names criteria by title, so the sets are needed before the form renders.
    await Promise.all([
      queryClient.ensureQueryData(contestQueryOptions(contestId)),
      queryClient.ensureQueryData(criteriaSetsQueryOptions(contestId)),
    ]);
    return null;
  };
}

export function Component() {
  const { contestId = '' } = useParams();
  // Keyed so another contest's settings start from that contest's values, not the previous form's.
  return <ContestSettings key={contestId} contestId={contestId} />;
}
