import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ScreeningRequest } from '@/api/schemas/application-inputs';
import type { ImportPreviewRequest } from '@/api/schemas/imports';
import { organizerKeys } from '../shared/queries';
import { commitImport, previewImport, screenApplication } from './api';
import { applicationKeys } from './queries';

/** A preview stores nothing, so it invalidates nothing. */
export function usePreviewImport(contestId: string) {
  return useMutation({
    mutationFn: (body: ImportPreviewRequest) => previewImport(contestId, body),
  });
}

/**
 * New and updated applications change the list, and also whatever other sections derive from them
 * (assignment coverage, audit): the whole contest subtree is refreshed.
 */
export function useCommitImport(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (previewId: string) => commitImport(contestId, previewId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.contest(contestId) }),
  });
}

export interface ScreeningVariables extends ScreeningRequest {
  applicationId: string;
}

/**
 * The decision shows in the list at once; other sections of the contest (the audit log among them) are only
 * marked stale, so they refetch when next shown rather than all at once now.
 */
export function useScreenApplication(contestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, ...body }: ScreeningVariables) => screenApplication(applicationId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: organizerKeys.contest(contestId), refetchType: 'none' }),
        queryClient.invalidateQueries({ queryKey: applicationKeys.all(contestId) }),
      ]),
  });
}
