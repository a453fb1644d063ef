import { queryOptions } from '@tanstack/react-query';
import { apiJson } from '@/api/http-client';
import type { Nomination } from '@/api/schemas/contests';

/** The evaluation context names the nomination by ID only; experts may read their contests' nominations. */
export function fetchContestNominations(
  contestId: string,
  signal?: AbortSignal,
): Promise<{ items: Nomination[] }> {
  return apiJson<{ items: Nomination[] }>(`/contests/${encodeURIComponent(contestId)}/nominations`, {
    signal,
  });
}

export const nominationKeys = {
  all: ['evaluation-nominations'] as const,
  contest: (contestId: string) => [...nominationKeys.all, contestId] as const,
};

export function contestNominationsQueryOptions(contestId: string) {
  return queryOptions({
    queryKey: nominationKeys.contest(contestId),
    queryFn: ({ signal }) => fetchContestNominations(contestId, signal),
    // Nominations change only when an organizer edits the contest, never during a scoring session.
    staleTime: 10 * 60_000,
  });
}
