import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { StructureView } from '@/features/organizer/contests/components/structure/structure-view';
import {
  categoriesQueryOptions,
  criteriaSetsQueryOptions,
  nominationsQueryOptions,
} from '@/features/organizer/shared/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    const contestId = params.contestId ?? '';
    await Promise.all([
      queryClient.ensureQueryData(categoriesQueryOptions(contestId)),
      queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
      queryClient.ensureQueryData(criteriaSetsQueryOptions(contestId)),
    ]);
    return null;
  };
}

export function Component() {
  const { contestId = '' } = useParams();
  return <StructureView key={contestId} contestId={contestId} />;
}
