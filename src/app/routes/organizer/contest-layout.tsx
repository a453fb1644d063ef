import type { QueryClient } from '@tanstack/react-query';
import { data, Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '@/api/api-error';
import { ContestHeader } from '@/features/organizer/shared/components/contest-header';
import { contestQueryOptions } from '@/features/organizer/shared/queries';
import { requireRole } from '../../guards';

/** Every section of a contest's setup renders under its header and tabs. */
export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    await queryClient.ensureQueryData(contestQueryOptions(params.contestId ?? '')).catch((error: unknown) => {
      if (isApiError(error) && error.status === 404) throw data({ code: 'notFound' }, { status: 404 });
      throw error;
    });
    return null;
  };
}

export function Component() {
  const { contestId = '' } = useParams();
  return (
    <div className="stage-area">
      <ContestHeader contestId={contestId} />
      <Outlet />
    </div>
  );
}
