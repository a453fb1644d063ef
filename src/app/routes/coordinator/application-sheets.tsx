import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { SideBySideView } from '@/features/oversight/components/side-by-side-view';
import {
  applicationAssignmentsQueryOptions,
  applicationQueryOptions,
  sideBySideQueryOptions,
} from '@/features/oversight/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'coordinator');
    const stageId = params.stageId ?? '';
    const applicationId = params.applicationId ?? '';
    await Promise.all([
      queryClient.ensureQueryData(sideBySideQueryOptions(stageId, applicationId)),
      queryClient.ensureQueryData(applicationAssignmentsQueryOptions(stageId, applicationId)),
      queryClient.ensureQueryData(applicationQueryOptions(applicationId)),
    ]);
    return null;
  };
}

export function Component() {
  const { stageId = '', applicationId = '' } = useParams();
  return <SideBySideView stageId={stageId} applicationId={applicationId} />;
}
