import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { ImportView } from '@/features/organizer/applications/components/import-view';
import { nominationsQueryOptions } from '@/features/organizer/shared/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    // The help names the contest's nominations: a file's «Номинация» cell must match one of them.
    await queryClient.ensureQueryData(nominationsQueryOptions(params.contestId ?? ''));
    return null;
  };
}

export function Component() {
  const { contestId = '' } = useParams();
  return <ImportView contestId={contestId} />;
}
