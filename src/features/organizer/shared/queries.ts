import { queryOptions } from '@tanstack/react-query';
import { fetchCategories, fetchContest, fetchCriteriaSets, fetchNominations, fetchStages } from './api';

/**
 * The organizer's one key tree. Everything about a contest sits under `contest(id)`, so a change that
 * touches several sections can invalidate the contest's subtree; sections add their own keys below it.
 */
export const organizerKeys = {
  all: ['organizer'] as const,
  contests: () => [...organizerKeys.all, 'contests'] as const,
  contest: (contestId: string) => [...organizerKeys.all, 'contest', contestId] as const,
  contestDetail: (contestId: string) => [...organizerKeys.contest(contestId), 'detail'] as const,
  stages: (contestId: string) => [...organizerKeys.contest(contestId), 'stages'] as const,
  categories: (contestId: string) => [...organizerKeys.contest(contestId), 'categories'] as const,
  nominations: (contestId: string) => [...organizerKeys.contest(contestId), 'nominations'] as const,
  criteriaSets: (contestId: string) => [...organizerKeys.contest(contestId), 'criteria-sets'] as const,
  experts: () => [...organizerKeys.all, 'experts'] as const,
};

export function contestQueryOptions(contestId: string) {
  return queryOptions({
    queryKey: organizerKeys.contestDetail(contestId),
    queryFn: ({ signal }) => fetchContest(contestId, signal),
  });
}

export function stagesQueryOptions(contestId: string) {
  return queryOptions({
    queryKey: organizerKeys.stages(contestId),
    queryFn: ({ signal }) => fetchStages(contestId, signal),
  });
}

export function categoriesQueryOptions(contestId: string) {
  return queryOptions({
    queryKey: organizerKeys.categories(contestId),
    queryFn: ({ signal }) => fetchCategories(contestId, signal),
  });
}

export function nominationsQueryOptions(contestId: string) {
  return queryOptions({
    queryKey: organizerKeys.nominations(contestId),
    queryFn: ({ signal }) => fetchNominations(contestId, signal),
  });
}

export function criteriaSetsQueryOptions(contestId: string) {
  return queryOptions({
    queryKey: organizerKeys.criteriaSets(contestId),
    queryFn: ({ signal }) => fetchCriteriaSets(contestId, signal),
  });
}
