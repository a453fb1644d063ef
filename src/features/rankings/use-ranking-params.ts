import { useUrlView, type NavigateOptions } from '@/lib/url-params';
import { parseRankingSearch, rankingSearchOf, type RankingParams } from './ranking-params';

/** Changes that reorder or refilter the rows; they send the comparison back to its first page. */
const RESETS_PAGE: readonly (keyof RankingParams)[] = ['method', 'sort', 'q', 'flag'];

/** The ranking view kept in the URL (see useUrlView for `params` against `view`). */
export function useRankingParams() {
  const { params, view, busy, navigate } = useUrlView(parseRankingSearch, rankingSearchOf);

  function update(patch: Partial<RankingParams>, options?: NavigateOptions): void {
    const resetsPage = RESETS_PAGE.some((key) => key in patch);
    navigate({ ...view, ...(resetsPage ? { comparePage: 1 } : {}), ...patch }, options);
  }

  return { params, view, busy, update };
}
