import { queryOptions } from '@tanstack/react-query';
import { organizerKeys } from '../shared/queries';
import { fetchAllContests, fetchExpert, fetchExperts, fetchStageLoads } from './api';
import type { RosterParams } from './list-params';

/**
 * The pool sits under `organizerKeys.experts()`, so one invalidation after any change to an expert
 * refreshes the list pages, the profile and the per-stage loads together.
 */
export const rosterKeys = {
  all: () => organizerKeys.experts(),
  list: (params: RosterParams) => [...organizerKeys.experts(), 'list', params] as const,
  detail: (expertId: string) => [...organizerKeys.experts(), 'detail', expertId] as const,
  stageLoads: (expertId: string) => [...organizerKeys.experts(), 'stage-loads', expertId] as const,
  /** Under the contests prefix, so creating or renaming a contest refreshes the expertise choices too. */
  contests: () => [...organizerKeys.contests(), 'all'] as const,
};

export function expertListQueryOptions(params: RosterParams) {
  return queryOptions({
    queryKey: rosterKeys.list(params),
    queryFn: ({ signal }) => fetchExperts(params, signal),
  });
}

export function expertQueryOptions(expertId: string) {
  return queryOptions({
    queryKey: rosterKeys.detail(expertId),
    queryFn: ({ signal }) => fetchExpert(expertId, signal),
  });
}

export function stageLoadsQueryOptions(expertId: string) {
  return queryOptions({
    queryKey: rosterKeys.stageLoads(expertId),
    queryFn: ({ signal }) => fetchStageLoads(expertId, signal),
  });
}

export function allContestsQueryOptions() {
  return queryOptions({
    queryKey: rosterKeys.contests(),
    queryFn: ({ signal }) => fetchAllContests(signal),
  });
}
