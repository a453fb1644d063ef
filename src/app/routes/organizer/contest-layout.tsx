import { Outlet, useParams } from 'react-router';
import { ContestHeader } from '@/features/organizer/shared/components/contest-header';
import { contestQueryOptions } from '@/features/organizer/shared/queries';
import { organizerLoader, orNotFound } from './organizer-loader';

/** Every section of a contest's setup renders under its header and tabs. */
export const clientLoader = organizerLoader(({ queryClient, contestId }) =>
  orNotFound(queryClient.ensureQueryData(contestQueryOptions(contestId))),
);

export function Component() {
  const { contestId = '' } = useParams();
  return (
    <div className="stage-area">
      <ContestHeader contestId={contestId} />
      <Outlet />
    </div>
  );
}
