import { queryOptions } from '@tanstack/react-query';
import type { AggregationMethod } from '@/api/schemas/contests';
import type { RankingPage, RankingRow } from '@/api/schemas/coordination';
import { fetchCutline, fetchMethodComparison, fetchRankingPage, type RankingRequest } from './api';
import { scenarioCode, type Scenario } from './cutline';

/** The server's largest page: fewest requests while scrolling 40,000 rows, ~150 KB each. */
export const RANKING_PAGE_SIZE = 500;
export const COMPARISON_PAGE_SIZE = 50;

export const rankingKeys = {
  all: ['rankings'] as const,
  /** Everything computed from a nomination's sheets; one prefix to refresh after a new sheet. */
  nomination: (stageId: string, nominationId: string) =>
    [...rankingKeys.all, 'nomination', stageId, nominationId] as const,
  page: (request: RankingRequest, page: number) =>
    [...rankingKeys.nomination(request.stageId, request.nominationId), 'page', request, page] as const,
  full: (stageId: string, nominationId: string, method: AggregationMethod | null) =>
    [...rankingKeys.nomination(stageId, nominationId), 'full', method] as const,
  comparison: (stageId: string, nominationId: string, lead: AggregationMethod, page: number) =>
    [...rankingKeys.nomination(stageId, nominationId), 'compare', lead, page] as const,
  cutline: (stageId: string, nominationId: string, method: AggregationMethod | null, scenario: string) =>
    [...rankingKeys.nomination(stageId, nominationId), 'cutline', method, scenario] as const,
};

export function rankingPageQueryOptions(request: RankingRequest, page: number) {
  return queryOptions({
    queryKey: rankingKeys.page(request, page),
    queryFn: ({ signal }) => fetchRankingPage(request, page, RANKING_PAGE_SIZE, signal),
    staleTime: 30_000,
  });
}

export interface FullRanking {
  first: RankingPage;
  rows: RankingRow[];
}

/** Every row of a nomination in rank order, for the printed protocol (nominations hold thousands at most). */
export function fullRankingQueryOptions(
  stageId: string,
  nominationId: string,
  method: AggregationMethod | null,
) {
  return queryOptions({
    queryKey: rankingKeys.full(stageId, nominationId, method),
    queryFn: async ({ signal }): Promise<FullRanking> => {
      const request: RankingRequest = { stageId, nominationId, method, sort: 'rank', q: '', flag: null };
      const first = await fetchRankingPage(request, 1, RANKING_PAGE_SIZE, signal);
      const pageCount = Math.ceil(first.total / RANKING_PAGE_SIZE);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) =>
          fetchRankingPage(request, i + 2, RANKING_PAGE_SIZE, signal),
        ),
      );
      return { first, rows: [first, ...rest].flatMap((p) => p.items) };
    },
  });
}

export function comparisonQueryOptions(
  stageId: string,
  nominationId: string,
  lead: AggregationMethod,
  page: number,
) {
  return queryOptions({
    queryKey: rankingKeys.comparison(stageId, nominationId, lead, page),
    queryFn: ({ signal }) =>
      fetchMethodComparison(stageId, nominationId, lead, page, COMPARISON_PAGE_SIZE, signal),
  });
}

export function cutlineQueryOptions(
  stageId: string,
  nominationId: string,
  method: AggregationMethod | null,
  scenario: Scenario,
) {
  return queryOptions({
    queryKey: rankingKeys.cutline(stageId, nominationId, method, scenarioCode(scenario)),
    queryFn: ({ signal }) => fetchCutline(stageId, nominationId, method, scenario, signal),
    staleTime: 30_000,
  });
}
