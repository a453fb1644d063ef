import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ExpertCreate, ExpertImportRow, ExpertPatch } from '@/api/schemas/expert-inputs';
import { organizerKeys } from '../shared/queries';
import { createExpert, importExperts, updateExpert } from './api';
import { rosterKeys } from './queries';

/**
 * An expert's region, affiliations, cap and activity decide who may be assigned what: the contests'
 * assignment views and the coordinator's cached expert cards (another feature, hence the literal
 * prefix) go stale with the pool.
 */
const POOL_DEPENDENTS = [['oversight']] as const;

function useInvalidatePool() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: organizerKeys.experts() }),
      queryClient.invalidateQueries({ queryKey: [...organizerKeys.all, 'contest'] }),
    ]);
}

export function useCreateExpert() {
  const invalidate = useInvalidatePool();
  return useMutation({
    mutationFn: (body: ExpertCreate) => createExpert(body),
    meta: { invalidates: POOL_DEPENDENTS },
    onSuccess: invalidate,
  });
}

export function useUpdateExpert(expertId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePool();
  return useMutation({
    mutationFn: (patch: ExpertPatch) => updateExpert(expertId, patch),
    meta: { invalidates: POOL_DEPENDENTS },
    onSuccess: async (expert) => {
      // The profile shows the answer at once; the lists refetch behind it.
      queryClient.setQueryData(rosterKeys.detail(expertId), expert);
      await invalidate();
    },
  });
}

export function useImportExperts() {
  const invalidate = useInvalidatePool();
  return useMutation({
    mutationFn: (rows: ExpertImportRow[]) => importExperts(rows),
    meta: { invalidates: POOL_DEPENDENTS },
    onSuccess: invalidate,
  });
}
