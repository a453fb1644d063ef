import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { ApplicationsView } from '@/features/organizer/applications/components/applications-view';
import { parseApplicationSearch } from '@/features/organizer/applications/list-params';
import { applicationsQueryOptions } from '@/features/organizer/applications/queries';
import { nominationsQueryOptions } from '@/features/organizer/shared/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    const contestId = params.contestId ?? '';
    const list = parseApplicationSearch(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.ensureQueryData(applicationsQueryOptions(contestId, list)),
      queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
    ]);
    return null;
  };
}

export function Component() {
  const { contestId = '' } = useParams();
  return <ApplicationsView contestId={contestId} />;
}
