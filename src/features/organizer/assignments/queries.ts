import { queryOptions } from '@tanstack/react-query';
import { organizerKeys } from '../shared/queries';
import {
  fetchApplicationPanel,
  fetchAssignments,
  fetchCoverage,
  fetchEligibleExperts,
  fetchExpertPool,
  searchApplications,
} from './api';
import type { AssignmentListParams } from './list-params';

/**
 * Everything about one stage's assignments sits under `stage(contestId, stageId)`, itself under the
 * contest's subtree: one invalidation after an assignment change refreshes coverage, lists and panels.
 */
export const assignmentKeys = {
  stage: (contestId: string, stageId: string) =>
    [...organizerKeys.contest(contestId), 'assignments', stageId] as const,
  coverage: (contestId: string, stageId: string) =>
    [...assignmentKeys.stage(contestId, stageId), 'coverage'] as const,
  list: (contestId: string, stageId: string, params: AssignmentListParams) =>
    [...assignmentKeys.stage(contestId, stageId), 'list', params] as const,
  panel: (contestId: string, stageId: string, applicationId: string) =>
    [...assignmentKeys.stage(contestId, stageId), 'panel', applicationId] as const,
  eligible: (contestId: string, stageId: string, applicationId: string) =>
    [...assignmentKeys.stage(contestId, stageId), 'eligible', applicationId] as const,
  applicationSearch: (contestId: string, q: string) =>
    [...organizerKeys.contest(contestId), 'assignments', 'application-search', q] as const,
  /** Under the pool's key, so the roster's edits (caps, affiliations) refresh it too. */
  pool: () => [...organizerKeys.experts(), 'assignment-pool'] as const,
};

export function coverageQueryOptions(contestId: string, stageId: string) {
  return queryOptions({
    queryKey: assignmentKeys.coverage(contestId, stageId),
    queryFn: ({ signal }) => fetchCoverage(stageId, signal),
  });
}

export function assignmentsQueryOptions(contestId: string, stageId: string, params: AssignmentListParams) {
  return queryOptions({
    queryKey: assignmentKeys.list(contestId, stageId, params),
    queryFn: ({ signal }) => fetchAssignments(stageId, params, signal),
  });
}

export function applicationPanelQueryOptions(contestId: string, stageId: string, applicationId: string) {
  return queryOptions({
    queryKey: assignmentKeys.panel(contestId, stageId, applicationId),
    queryFn: ({ signal }) => fetchApplicationPanel(stageId, applicationId, signal),
  });
}

export function eligibleExpertsQueryOptions(contestId: string, stageId: string, applicationId: string) {
  return queryOptions({
    queryKey: assignmentKeys.eligible(contestId, stageId, applicationId),
    queryFn: ({ signal }) => fetchEligibleExperts(stageId, applicationId, signal),
    // Eligibility depends on everyone's load: always ask again when a dialog opens.
    staleTime: 0,
  });
}

export function applicationSearchQueryOptions(contestId: string, q: string) {
  return queryOptions({
    queryKey: assignmentKeys.applicationSearch(contestId, q),
    queryFn: ({ signal }) => searchApplications(contestId, q, signal),
  });
}

export function expertPoolQueryOptions() {
  return queryOptions({
    queryKey: assignmentKeys.pool(),
    queryFn: ({ signal }) => fetchExpertPool(signal),
  });
}
