import { useUrlView, type NavigateOptions } from '@/lib/url-params';
import { parseRosterSearch, rosterSearchOf, type RosterParams } from './list-params';

/** The roster view kept in the URL (see useUrlView for `params` against `view`). */
export function useRosterParams() {
  const { params, view, busy, navigate } = useUrlView(parseRosterSearch, rosterSearchOf);

  function update(patch: Partial<RosterParams>, options?: NavigateOptions): void {
    // A new filter or order makes the old page number meaningless: start again at the first page.
    navigate({ ...view, page: 1, ...patch }, options);
  }

  function reset(): void {
    navigate({ sort: view.sort });
  }

  return { params, view, busy, update, reset };
}
