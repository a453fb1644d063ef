import { useLocation, useNavigation, useSearchParams } from 'react-router';
import { parseRosterSearch, rosterSearchOf, type RosterParams } from './list-params';

/**
 * The roster view kept in the URL. `params` is what is on screen; `view` is where the user is going,
 * so the controls show the new choice while the loader fetches it instead of snapping back.
 */
export function useRosterParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const pending =
    navigation.location !== undefined && navigation.location.pathname === location.pathname
      ? navigation.location.search
      : null;
  const params = parseRosterSearch(searchParams);
  const view = pending === null ? params : parseRosterSearch(new URLSearchParams(pending));

  function update(patch: Partial<RosterParams>, { replace = false }: { replace?: boolean } = {}): void {
    // A new filter or order makes the old page number meaningless: start again at the first page.
    setSearchParams(rosterSearchOf({ ...view, page: 1, ...patch }), { replace, preventScrollReset: true });
  }

  function reset(): void {
    setSearchParams(rosterSearchOf({ sort: view.sort }), { preventScrollReset: true });
  }

  return { params, view, busy: pending !== null, update, reset };
}
