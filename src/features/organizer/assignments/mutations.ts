import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentPair, DistributionPreviewRequest } from '@/api/schemas/assignments';
import type { Assignment } from '@/api/schemas/sheets';
import { organizerKeys } from '../shared/queries';
import { commitDistribution, createAssignments, deleteAssignment, previewDistribution } from './api';
import { assignmentKeys } from './queries';

/**
 * Who evaluates what moves the coordinator's progress and rankings (other features' caches, hence
 * the literal prefixes) and every expert's load in the roster.
 */
const CROSS_FEATURE = { invalidates: [['oversight'], ['rankings'], organizerKeys.experts()] } as const;

function useInvalidateStage(contestId: string, stageId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: assignmentKeys.stage(contestId, stageId) });
}

/** Valid pairs are created even when others are refused; the caller shows the refused ones. */
export function useCreateAssignments(contestId: string, stageId: string) {
  const invalidate = useInvalidateStage(contestId, stageId);
  return useMutation({
    mutationFn: (pairs: AssignmentPair[]) => createAssignments(stageId, pairs),
    meta: CROSS_FEATURE,
    onSuccess: invalidate,
  });
}

export interface UnassignOutcome {
  assignment: Assignment;
  /** null when it was withdrawn. */
  error: unknown;
}

/**
 * Withdraws each assignment on its own (the contract has no bulk delete) and reports every outcome:
 * a submitted sheet refuses one without stopping the rest.
 */
export function useUnassign(contestId: string, stageId: string) {
  const invalidate = useInvalidateStage(contestId, stageId);
  return useMutation({
    mutationFn: async (assignments: readonly Assignment[]): Promise<UnassignOutcome[]> => {
      const outcomes: UnassignOutcome[] = [];
      // One at a time: a burst of parallel deletes would race the server's audit trail for nothing.
      for (const assignment of assignments) {
        try {
          await deleteAssignment(assignment.id);
          outcomes.push({ assignment, error: null });
        } catch (error) {
          outcomes.push({ assignment, error });
        }
      }
      return outcomes;
    },
    meta: CROSS_FEATURE,
    onSettled: invalidate,
  });
}

/** A preview assigns nothing, so it invalidates nothing. */
export function usePreviewDistribution(stageId: string) {
  return useMutation({
    mutationFn: (request: DistributionPreviewRequest) => previewDistribution(stageId, request),
  });
}

export function useCommitDistribution(contestId: string, stageId: string) {
  const invalidate = useInvalidateStage(contestId, stageId);
  return useMutation({
    mutationFn: (previewId: string) => commitDistribution(stageId, previewId),
    meta: CROSS_FEATURE,
    onSuccess: invalidate,
  });
}
