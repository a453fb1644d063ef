import type { AggregationMethod } from '@/api/schemas/contests';
import type { RankingQuery } from '@/api/schemas/coordination';
import { parseScenario, scenarioCode, type Scenario } from './cutline';

export type RankingSort = NonNullable<RankingQuery['sort']>;
export type RankingFlagFilter = NonNullable<RankingQuery['flag']>;
export type RankingTab = 'table' | 'compare';

export const METHODS: readonly AggregationMethod[] = ['mean', 'median', 'closestPair', 'zScore'];
const SORTS: readonly RankingSort[] = ['rank', 'score', 'id', 'spread', 'submitted'].flatMap((f) => [
  f,
  `-${f}`,
]) as RankingSort[];
export const FLAG_FILTERS: readonly RankingFlagFilter[] = ['divergent', 'incomplete', 'tied'];

/** Everything that shapes the ranking view; all of it lives in the URL so a view can be shared. */
export interface RankingParams {
  /** null: the contest's official method. */
  method: AggregationMethod | null;
  sort: RankingSort;
  q: string;
  flag: RankingFlagFilter | null;
  tab: RankingTab;
  /** Cut-line scenarios, side by side. */
  scenarios: Scenario[];
  /** Which scenario's line is drawn in the table. */
  line: number;
  comparePage: number;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return values.find((v) => v === value) ?? null;
}

export function parseRankingSearch(search: URLSearchParams): RankingParams {
  const scenarios = search
    .getAll('cut')
    .map(parseScenario)
    .filter((s): s is Scenario => s !== null);
  const line = Number(search.get('line') ?? 0);
  const comparePage = Number(search.get('cpage') ?? 1);
  return {
    method: oneOf(METHODS, search.get('method')),
    sort: oneOf(SORTS, search.get('sort')) ?? 'rank',
    q: (search.get('q') ?? '').trim().slice(0, 200),
    flag: oneOf(FLAG_FILTERS, search.get('flag')),
    tab: search.get('tab') === 'compare' ? 'compare' : 'table',
    scenarios,
    line: Number.isInteger(line) && line >= 0 && line < scenarios.length ? line : 0,
    comparePage: Number.isInteger(comparePage) && comparePage >= 1 ? comparePage : 1,
  };
}

/** Defaults are left out, so the plain ranking has a clean address. */
export function rankingSearchOf(params: Partial<RankingParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.method) search.set('method', params.method);
  if (params.sort && params.sort !== 'rank') search.set('sort', params.sort);
  if (params.q) search.set('q', params.q);
  if (params.flag) search.set('flag', params.flag);
  if (params.tab === 'compare') search.set('tab', 'compare');
  for (const scenario of params.scenarios ?? []) search.append('cut', scenarioCode(scenario));
  if (params.line) search.set('line', String(params.line));
  if (params.comparePage && params.comparePage > 1) search.set('cpage', String(params.comparePage));
  return search;
}
