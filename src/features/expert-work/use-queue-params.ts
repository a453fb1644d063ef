import { useLocation, useNavigation, useSearchParams } from 'react-router';
import { parseQueueSearch, queueSearchOf, type QueueParams } from './queue-params';

interface UpdateOptions {
  /** Typing in the search box replaces the entry, so Back does not step through every word typed. */
  replace?: boolean;
}

/**
 * The queue view kept in the URL. `params` is the view whose data is on screen; `view` is where the
 * user is going: while the route loader fetches the next page the controls already show the new
 * choice instead of snapping back, and further changes build on it instead of on the old URL.
 */
export function useQueueParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const pending =
    navigation.location !== undefined && navigation.location.pathname === location.pathname
      ? navigation.location.search
      : null;
  const params = parseQueueSearch(searchParams);
  const view = pending === null ? params : parseQueueSearch(new URLSearchParams(pending));

  function update(patch: Partial<QueueParams>, { replace = false }: UpdateOptions = {}): void {
    // A new filter or order makes the old page number meaningless: start again at the first page.
    setSearchParams(queueSearchOf({ ...view, page: 1, ...patch }), { replace, preventScrollReset: true });
  }

  function reset(): void {
    setSearchParams(queueSearchOf({ sort: view.sort }), { preventScrollReset: true });
  }

  return { params, view, busy: pending !== null, update, reset };
}
