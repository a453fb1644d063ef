import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { data, useParams, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '@/api/api-error';
import { CriteriaSetEditor } from '@/features/organizer/criteria/components/criteria-set-editor';
import { criteriaSetQueryOptions } from '@/features/organizer/criteria/queries';
import { NEW_SET_ID } from '@/features/organizer/criteria/use-criteria-editor';
import { stagesQueryOptions } from '@/features/organizer/shared/queries';
import { requireRole } from '../../guards';

export function clientLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs) => {
    await requireRole(queryClient, request, 'organizer');
    const contestId = params.contestId ?? '';
    const setId = params.criteriaSetId ?? '';
    const set =
      setId === NEW_SET_ID
        ? null
        : queryClient.ensureQueryData(criteriaSetQueryOptions(contestId, setId)).catch((error: unknown) => {
            if (isApiError(error) && error.status === 404) throw data({ code: 'notFound' }, { status: 404 });
            throw error;
          });
    await Promise.all([queryClient.ensureQueryData(stagesQueryOptions(contestId)), set]);
    return null;
  };
}

export function Component() {
  const { contestId = '', criteriaSetId = '' } = useParams();
  const isNew = criteriaSetId === NEW_SET_ID;
  const { data: set } = useQuery({ ...criteriaSetQueryOptions(contestId, criteriaSetId), enabled: !isNew });
  if (!isNew && set === undefined) return null;
  // Keyed by set: opening another set (or the new one after its creation) starts a fresh draft.
  return (
    <CriteriaSetEditor key={criteriaSetId} contestId={contestId} initial={isNew ? null : (set ?? null)} />
  );
}
