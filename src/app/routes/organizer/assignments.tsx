import { useParams } from 'react-router';
import { AssignmentsPage } from '@/features/organizer/assignments/components/assignments-page';
import { parseListSearch, pickStage, recusedParams } from '@/features/organizer/assignments/list-params';
import {
  assignmentsQueryOptions,
  coverageQueryOptions,
  expertPoolQueryOptions,
} from '@/features/organizer/assignments/queries';
import {
  contestQueryOptions,
  nominationsQueryOptions,
  stagesQueryOptions,
} from '@/features/organizer/shared/queries';
import { organizerLoader } from './organizer-loader';

export const clientLoader = organizerLoader(async ({ queryClient, contestId, search }) => {
  const [stages] = await Promise.all([
    queryClient.ensureQueryData(stagesQueryOptions(contestId)),
    queryClient.ensureQueryData(contestQueryOptions(contestId)),
    queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
    queryClient.ensureQueryData(expertPoolQueryOptions()),
  ]);
  const stage = pickStage(stages.items, search.get('stage'));
  if (stage === undefined) return;
  await Promise.all([
    queryClient.ensureQueryData(coverageQueryOptions(contestId, stage.id)),
    queryClient.ensureQueryData(assignmentsQueryOptions(contestId, stage.id, parseListSearch(search))),
    queryClient.ensureQueryData(assignmentsQueryOptions(contestId, stage.id, recusedParams(search))),
  ]);
});

export function Component() {
  const { contestId = '' } = useParams();
  return <AssignmentsPage contestId={contestId} />;
}
