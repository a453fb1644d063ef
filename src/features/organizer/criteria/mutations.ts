import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CriteriaSetCreate, CriteriaSetUpdate } from '@/api/schemas/criteria-inputs';
import { organizerKeys } from '../shared/queries';
import { createCriteriaSet, updateCriteriaSet } from './api';
import { criteriaKeys } from './queries';

/**
 * A set change shows up in the list, the set's history and the contest's audit log: the whole
 * contest subtree is refreshed (it holds a handful of small reads).
 */
export function useCreateCriteriaSet(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CriteriaSetCreate) => createCriteriaSet(contestId, body),
    meta: { invalidates: [organizerKeys.contest(contestId)] },
    onSuccess: (set) => queryClient.setQueryData(criteriaKeys.set(contestId, set.id), set),
  });
}

export function useUpdateCriteriaSet(contestId: string, criteriaSetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CriteriaSetUpdate) => updateCriteriaSet(criteriaSetId, body),
    meta: { invalidates: [organizerKeys.contest(contestId)] },
    onSuccess: (set) => queryClient.setQueryData(criteriaKeys.set(contestId, set.id), set),
  });
}
