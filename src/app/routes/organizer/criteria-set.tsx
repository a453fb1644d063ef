import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { CriteriaSetEditor } from '@/features/organizer/criteria/components/criteria-set-editor';
import { criteriaSetQueryOptions } from '@/features/organizer/criteria/queries';
import { NEW_SET_ID } from '@/features/organizer/criteria/use-criteria-editor';
import { stagesQueryOptions } from '@/features/organizer/shared/queries';
import { organizerLoader, orNotFound } from './organizer-loader';

export const clientLoader = organizerLoader(({ queryClient, contestId, params }) => {
  const setId = params.criteriaSetId ?? '';
  const set =
    setId === NEW_SET_ID
      ? null
      : orNotFound(queryClient.ensureQueryData(criteriaSetQueryOptions(contestId, setId)));
  return Promise.all([queryClient.ensureQueryData(stagesQueryOptions(contestId)), set]);
});

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
