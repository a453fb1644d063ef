import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { organizerKeys } from '../shared/queries';
import { fetchExpert, searchExperts } from './api';

/**
 * The stages section reads the pool only to name and pick experts for extensions. Its keys carry their
 * own segment under `experts()`, so a roster change refreshes them without sharing the roster's shapes.
 */
export const stageSectionKeys = {
  expertSearch: (q: string) => [...organizerKeys.experts(), 'stage-picker', q.trim()] as const,
  expertName: (expertId: string) => [...organizerKeys.experts(), 'stage-name', expertId] as const,
};

export function expertSearchQueryOptions(q: string) {
  return queryOptions({
    queryKey: stageSectionKeys.expertSearch(q),
    queryFn: ({ signal }) => searchExperts(q, signal),
    // The previous suggestions stay while the next ones load, so the list does not blink per keystroke.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function expertQueryOptions(expertId: string) {
  return queryOptions({
    queryKey: stageSectionKeys.expertName(expertId),
    queryFn: ({ signal }) => fetchExpert(expertId, signal),
    staleTime: 5 * 60_000,
  });
}
