import { useLocation, useNavigation, useSearchParams } from 'react-router';
import { parseRankingSearch, rankingSearchOf, type RankingParams } from './ranking-params';

/** Changes that reorder or refilter the rows; they send the comparison back to its first page. */
const RESETS_PAGE: readonly (keyof RankingParams)[] = ['method', 'sort', 'q', 'flag'];

/**
 * The ranking view kept in the URL. `params` is the view on screen; `view` is where the user is
 * going while the loader fetches it, so controls show the new choice instead of snapping back.
 */
export function useRankingParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const pending =
    navigation.location !== undefined && navigation.location.pathname === location.pathname
      ? navigation.location.search
      : null;
  const params = parseRankingSearch(searchParams);
  const view = pending === null ? params : parseRankingSearch(new URLSearchParams(pending));

  function update(patch: Partial<RankingParams>, { replace = false } = {}): void {
    const resetsPage = RESETS_PAGE.some((key) => key in patch);
    const next = { ...view, ...(resetsPage ? { comparePage: 1 } : {}), ...patch };
    setSearchParams(rankingSearchOf(next), { replace, preventScrollReset: true });
  }

  return { params, view, busy: pending !== null, update };
}
