import type { RankingRequest } from './api';
import type { RankingParams } from './ranking-params';

/** The server request a view makes; the loader and the page build it the same way, so they share a cache entry. */
export function rankingRequestOf(
  stageId: string,
  nominationId: string,
  params: RankingParams,
): RankingRequest {
  return { stageId, nominationId, method: params.method, sort: params.sort, q: params.q, flag: params.flag };
}
