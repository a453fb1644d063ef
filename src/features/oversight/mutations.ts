import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assignExtraExpert, returnSheet, sendReminders } from './api';
import { oversightKeys } from './queries';

/** Reminders change nothing the cabinet shows; the answer says how many went out. */
export function useSendReminders(stageId: string) {
  return useMutation({
    mutationFn: (expertIds: string[] | null) => sendReminders(stageId, expertIds),
  });
}

export interface ExtraExpertVariables {
  applicationId: string;
  /** null: the server picks the best eligible expert. */
  expertId: string | null;
}

/**
 * A new assignment changes the stage's progress, the application's panel and who is still eligible;
 * the ranking (another feature's cache, hence the literal prefix) now expects one more sheet.
 */
export function useAssignExtraExpert(stageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, expertId }: ExtraExpertVariables) =>
      assignExtraExpert(stageId, applicationId, expertId),
    meta: { invalidates: [['rankings']] },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: oversightKeys.stage(stageId) }),
  });
}

export interface ReturnSheetVariables {
  sheetId: string;
  reason: string;
}

/** A returned sheet leaves the aggregation: progress, divergences, signals and the ranking all move. */
export function useReturnSheet(stageId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sheetId, reason }: ReturnSheetVariables) => returnSheet(sheetId, reason),
    meta: { invalidates: [['rankings']] },
    onSuccess: (sheet) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: oversightKeys.stage(stageId) }),
        queryClient.invalidateQueries({ queryKey: oversightKeys.history(sheet.id) }),
      ]),
  });
}
