import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EvaluationContext, RecusalRequest } from '@/api/schemas/expert-cabinet';
import { recuse } from './api';
import { evaluationKeys } from './queries';

export interface RecuseVariables extends RecusalRequest {
  assignmentId: string;
}

/**
 * Declaring a conflict of interest. The evaluation page turns read-only at once from the answer;
 * the queue and the cabinet home (another feature's queries, hence the literal prefix) refetch.
 */
export function useRecuse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ assignmentId, reason, text }: RecuseVariables) => recuse(assignmentId, { reason, text }),
    meta: { invalidates: [['expert-work']] },
    onSuccess: (assignment) => {
      queryClient.setQueryData<EvaluationContext>(evaluationKeys.detail(assignment.id), (context) =>
        context === undefined
          ? context
          : { ...context, assignment, canSubmit: false, blockedReason: 'recused' },
      );
    },
  });
}
