import { queryOptions } from '@tanstack/react-query';
import { fetchMyQueue, fetchMyStages, fetchNominations } from './api';
import type { QueueRequest } from './queue-params';

export const expertWorkKeys = {
  all: ['expert-work'] as const,
  stages: () => [...expertWorkKeys.all, 'stages'] as const,
  queues: () => [...expertWorkKeys.all, 'queue'] as const,
  /** Every parameter of the request is part of the key, so two views never share a cache entry. */
  queue: (request: QueueRequest) => [...expertWorkKeys.queues(), request] as const,
  nominations: (contestId: string) => [...expertWorkKeys.all, 'nominations', contestId] as const,
};

export function myStagesQueryOptions() {
  return queryOptions({ queryKey: expertWorkKeys.stages(), queryFn: ({ signal }) => fetchMyStages(signal) });
}

export function queueQueryOptions(request: QueueRequest) {
  return queryOptions({
    queryKey: expertWorkKeys.queue(request),
    queryFn: ({ signal }) => fetchMyQueue(request, signal),
  });
}

export function nominationsQueryOptions(contestId: string) {
  return queryOptions({
    queryKey: expertWorkKeys.nominations(contestId),
    queryFn: ({ signal }) => fetchNominations(contestId, signal),
    // Nominations change only when an organizer edits the contest, never during a scoring session.
    staleTime: 10 * 60_000,
  });
}
