import type { QueryClient } from '@tanstack/react-query';
import { data, Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '@/api/api-error';
import { contestNominationsQueryOptions, stageWithContestQueryOptions } from '@/api/structure-queries';
import { StageHeader } from '@/features/oversight/components/stage-header';
import { requireRole } from '../../guards';
// The cabinet's styles travel with its routes, not in the entry bundle.
import '../../styles/rankings.css';
import '../../styles/oversight.css';

/** A stage URL needs nothing but the stage ID: the server returns the stage with its contest. */
export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const context = await queryClient
      .ensureQueryData(stageWithContestQueryOptions(params.stageId ?? ''))
      .catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) throw data({ code: 'notFound' }, { status: 404 });
        throw error;
      });
    await queryClient.ensureQueryData(contestNominationsQueryOptions(context.contest.id));
    return null;
  };
}

export function Component() {
  const { stageId = '' } = useParams();
  return (
    <div className="stage-area">
      <StageHeader stageId={stageId} />
      <Outlet />
    </div>
  );
}
