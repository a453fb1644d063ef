import { useLocation, useNavigation, useSearchParams } from 'react-router';

export interface NavigateOptions {
  /** Typing in a search box replaces the entry, so Back does not step through every word typed. */
  replace?: boolean;
}

/**
 * A view kept in the URL's query string. `params` is the view whose data is on screen; `view` is where
 * the user is going: while the route loader fetches it the controls already show the new choice
 * instead of snapping back, and further changes build on it instead of on the old URL.
 */
export function useUrlView<P>(
  parse: (search: URLSearchParams) => P,
  serialize: (params: Partial<P>) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const navigation = useNavigation();
  const pending =
    navigation.location !== undefined && navigation.location.pathname === location.pathname
      ? navigation.location.search
      : null;
  const params = parse(searchParams);
  const view = pending === null ? params : parse(new URLSearchParams(pending));

  function navigate(next: Partial<P>, { replace = false }: NavigateOptions = {}): void {
    setSearchParams(serialize(next), { replace, preventScrollReset: true });
  }

  return { params, view, busy: pending !== null, navigate };
}
