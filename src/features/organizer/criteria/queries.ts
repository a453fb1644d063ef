import { queryOptions } from '@tanstack/react-query';
import { organizerKeys } from '../shared/queries';
import { fetchCriteriaSet, fetchCriteriaSetVersions } from './api';

/** Below the contest's criteria-set list, so refreshing the list refreshes every open set too. */
export const criteriaKeys = {
  set: (contestId: string, criteriaSetId: string) =>
    [...organizerKeys.criteriaSets(contestId), 'set', criteriaSetId] as const,
  versions: (contestId: string, criteriaSetId: string) =>
    [...criteriaKeys.set(contestId, criteriaSetId), 'versions'] as const,
};

export function criteriaSetQueryOptions(contestId: string, criteriaSetId: string) {
  return queryOptions({
    queryKey: criteriaKeys.set(contestId, criteriaSetId),
    queryFn: ({ signal }) => fetchCriteriaSet(criteriaSetId, signal),
  });
}

export function criteriaVersionsQueryOptions(contestId: string, criteriaSetId: string) {
  return queryOptions({
    queryKey: criteriaKeys.versions(contestId, criteriaSetId),
    queryFn: ({ signal }) => fetchCriteriaSetVersions(criteriaSetId, signal),
  });
}
