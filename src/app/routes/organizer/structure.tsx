import { useParams } from 'react-router';
import { StructureView } from '@/features/organizer/contests/components/structure/structure-view';
import {
  categoriesQueryOptions,
  criteriaSetsQueryOptions,
  nominationsQueryOptions,
} from '@/features/organizer/shared/queries';
import { organizerLoader } from './organizer-loader';

export const clientLoader = organizerLoader(({ queryClient, contestId }) =>
  Promise.all([
    queryClient.ensureQueryData(categoriesQueryOptions(contestId)),
    queryClient.ensureQueryData(nominationsQueryOptions(contestId)),
    queryClient.ensureQueryData(criteriaSetsQueryOptions(contestId)),
  ]),
);

export function Component() {
  const { contestId = '' } = useParams();
  return <StructureView key={contestId} contestId={contestId} />;
}
