/** The contest list's page lives in the URL (`?page=2`); anything unusable means the first page. */
export function parseContestPage(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
