import { queryOptions } from '@tanstack/react-query';
import type { QualitySignalKind } from '@/api/schemas/coordination';
import {
  fetchApplication,
  fetchApplicationAssignments,
  fetchDivergences,
  fetchEligibleExperts,
  fetchExpert,
  fetchProgress,
  fetchQualitySignals,
  fetchSheetHistory,
  fetchSideBySide,
  fetchStageDirectory,
  type DivergenceParams,
} from './api';
import type { ProgressParams } from './progress-params';

/**
 * Everything about one stage sits under `stage(stageId)`, so a mutation that changes a stage's
 * sheets or assignments refreshes all of its views with one invalidation.
 */
export const oversightKeys = {
  all: ['oversight'] as const,
  directory: () => [...oversightKeys.all, 'directory'] as const,
  stage: (stageId: string) => [...oversightKeys.all, 'stage', stageId] as const,
  progress: (stageId: string, params: ProgressParams) =>
    [...oversightKeys.stage(stageId), 'progress', params] as const,
  divergences: (stageId: string, params: DivergenceParams) =>
    [...oversightKeys.stage(stageId), 'divergences', params] as const,
  sideBySide: (stageId: string, applicationId: string) =>
    [...oversightKeys.stage(stageId), 'side-by-side', applicationId] as const,
  assignments: (stageId: string, applicationId: string) =>
    [...oversightKeys.stage(stageId), 'assignments', applicationId] as const,
  eligible: (stageId: string, applicationId: string) =>
    [...oversightKeys.stage(stageId), 'eligible', applicationId] as const,
  quality: (stageId: string, kind: QualitySignalKind | undefined) =>
    [...oversightKeys.stage(stageId), 'quality', kind ?? 'all'] as const,
  application: (applicationId: string) => [...oversightKeys.all, 'application', applicationId] as const,
  expert: (expertId: string) => [...oversightKeys.all, 'expert', expertId] as const,
  history: (sheetId: string) => [...oversightKeys.all, 'history', sheetId] as const,
};

/** Contests and stages change only when an organizer edits them, never while a coordinator watches. */
const STRUCTURE_STALE_MS = 10 * 60_000;

export function stageDirectoryQueryOptions() {
  return queryOptions({
    queryKey: oversightKeys.directory(),
    queryFn: ({ signal }) => fetchStageDirectory(signal),
    staleTime: STRUCTURE_STALE_MS,
  });
}

export function progressQueryOptions(stageId: string, params: ProgressParams) {
  return queryOptions({
    queryKey: oversightKeys.progress(stageId, params),
    queryFn: ({ signal }) => fetchProgress(stageId, params, signal),
  });
}

export function divergencesQueryOptions(stageId: string, params: DivergenceParams) {
  return queryOptions({
    queryKey: oversightKeys.divergences(stageId, params),
    queryFn: ({ signal }) => fetchDivergences(stageId, params, signal),
  });
}

export function sideBySideQueryOptions(stageId: string, applicationId: string) {
  return queryOptions({
    queryKey: oversightKeys.sideBySide(stageId, applicationId),
    queryFn: ({ signal }) => fetchSideBySide(stageId, applicationId, signal),
  });
}

export function applicationAssignmentsQueryOptions(stageId: string, applicationId: string) {
  return queryOptions({
    queryKey: oversightKeys.assignments(stageId, applicationId),
    queryFn: ({ signal }) => fetchApplicationAssignments(stageId, applicationId, signal),
  });
}

export function eligibleExpertsQueryOptions(stageId: string, applicationId: string) {
  return queryOptions({
    queryKey: oversightKeys.eligible(stageId, applicationId),
    queryFn: ({ signal }) => fetchEligibleExperts(stageId, applicationId, signal),
  });
}

export function applicationQueryOptions(applicationId: string) {
  return queryOptions({
    queryKey: oversightKeys.application(applicationId),
    queryFn: ({ signal }) => fetchApplication(applicationId, signal),
    staleTime: STRUCTURE_STALE_MS,
  });
}

export function expertQueryOptions(expertId: string) {
  return queryOptions({
    queryKey: oversightKeys.expert(expertId),
    queryFn: ({ signal }) => fetchExpert(expertId, signal),
    staleTime: STRUCTURE_STALE_MS,
  });
}

export function sheetHistoryQueryOptions(sheetId: string) {
  return queryOptions({
    queryKey: oversightKeys.history(sheetId),
    queryFn: ({ signal }) => fetchSheetHistory(sheetId, signal),
  });
}

export function qualitySignalsQueryOptions(stageId: string, kind: QualitySignalKind | undefined) {
  return queryOptions({
    queryKey: oversightKeys.quality(stageId, kind),
    queryFn: ({ signal }) => fetchQualitySignals(stageId, kind, signal),
  });
}
