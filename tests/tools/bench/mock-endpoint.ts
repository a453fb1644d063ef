import { BASE_URL, SEASON, median, round1, type ApiSession } from './support';

export interface MockEndpointResult {
  rankingEndpointMs: number;
  detail: { coldMs: number; byQueryMs: Record<string, number> };
}

const QUERIES: Record<string, string> = {
  rank: 'sort=rank&page=1&pageSize=500',
  score: 'sort=-score&page=1&pageSize=500',
  spread: 'sort=-spread&page=1&pageSize=500',
  id: 'sort=id&page=40&pageSize=500',
  search: 'sort=rank&q=%D1%81%D0%B5%D0%BC%D1%8C&page=1&pageSize=500',
  flag: 'sort=rank&flag=divergent&page=1&pageSize=500',
};

async function timeGet(session: ApiSession, query: string): Promise<number> {
  const url = `${BASE_URL}/api/v1/stages/${SEASON.stressStageId}/nominations/${SEASON.stressNominationId}/ranking?${query}`;
  const started = performance.now();
  const response = await fetch(url, { headers: { Cookie: session.cookie, Accept: 'application/json' } });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`ranking ${query}: ${response.status}`);
  return performance.now() - started;
}

/**
 * `mock.rankingEndpointMs`: one page of 500 rows of the 40,000-row ranking over loopback HTTP,
 * the median over six sorts and filters × five rounds, after a first (cold) request that builds
 * the stage's aggregates (reported apart). Measured from Node, without a browser competing.
 */
export async function benchMockEndpoint(session: ApiSession): Promise<MockEndpointResult> {
  const coldMs = round1(await timeGet(session, QUERIES.rank ?? ''));
  const byQuery: Record<string, number[]> = {};
  for (let round = 0; round < 5; round++) {
    for (const [name, query] of Object.entries(QUERIES)) {
      (byQuery[name] ??= []).push(await timeGet(session, query));
    }
  }
  const all = Object.values(byQuery).flat();
  return {
    rankingEndpointMs: round1(median(all)),
    detail: {
      coldMs,
      byQueryMs: Object.fromEntries(Object.entries(byQuery).map(([k, v]) => [k, round1(median(v))])),
    },
  };
}
