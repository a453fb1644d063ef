import type { QueryClient } from '@tanstack/react-query';
import { data, Outlet, useParams, type LoaderFunctionArgs } from 'react-router';
import { StageHeader } from '@/features/oversight/components/stage-header';
import { nominationsQueryOptions, stageDirectoryQueryOptions } from '@/features/oversight/queries';
import { findStage } from '@/features/oversight/stage-context';
import { requireRole } from '../../guards';

/**
 * The stage's contest is found among all contests' stages (the same data the coordinator home
 * shows), so a stage URL needs nothing but the stage ID and every deep link keeps working.
 */
export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const directory = await queryClient.ensureQueryData(stageDirectoryQueryOptions());
    const context = findStage(directory, params.stageId ?? '');
    if (context === null) throw data({ code: 'notFound' }, { status: 404 });
    await queryClient.ensureQueryData(nominationsQueryOptions(context.contest.id));
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
