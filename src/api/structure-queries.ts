import { queryOptions } from '@tanstack/react-query';
import { apiJson } from './http-client';
import type { NominationList, StageWithContest } from './schemas/contest-inputs';

/**
 * The contest structure the coordinator's features all read — a stage with its contest, and the
 * contest's nominations — under one key each, so two features on one page (the stage header and
 * the ranking) share one request instead of asking the server twice.
 */
export const structureKeys = {
  all: ['structure'] as const,
  stage: (stageId: string) => [...structureKeys.all, 'stage', stageId] as const,
  nominations: (contestId: string) => [...structureKeys.all, 'nominations', contestId] as const,
};

/** Contests and stages change only when an organizer edits them, never while a coordinator watches. */
const STRUCTURE_STALE_MS = 10 * 60_000;

const enc = encodeURIComponent;

export function stageWithContestQueryOptions(stageId: string) {
  return queryOptions({
    queryKey: structureKeys.stage(stageId),
    queryFn: ({ signal }) => apiJson<StageWithContest>(`/stages/${enc(stageId)}`, { signal }),
    staleTime: STRUCTURE_STALE_MS,
  });
}

export function contestNominationsQueryOptions(contestId: string) {
  return queryOptions({
    queryKey: structureKeys.nominations(contestId),
    queryFn: ({ signal }) => apiJson<NominationList>(`/contests/${enc(contestId)}/nominations`, { signal }),
    staleTime: STRUCTURE_STALE_MS,
  });
}
