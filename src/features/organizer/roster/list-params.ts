import type { ExpertQuery } from '@/api/schemas/expert-inputs';

export type RosterSort = NonNullable<ExpertQuery['sort']>;
export type RosterSortField = Exclude<RosterSort, `-${string}`>;

const SORTS: readonly RosterSort[] = ['fullName', '-fullName', 'load', '-load'];
export const ROSTER_PAGE_SIZE = 20;

/** The roster view as the URL holds it: `q`, `region`, `nomination`, `sort`, `page`. */
export interface RosterParams {
  q: string | undefined;
  region: string | undefined;
  nominationId: string | undefined;
  sort: RosterSort;
  page: number;
}

function positivePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function nonEmpty(value: string | null): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}

/** Anything unknown in the URL falls back to the default view instead of a 422 from the server. */
export function parseRosterSearch(search: URLSearchParams): RosterParams {
  const sort = search.get('sort');
  const region = search.get('region');
  return {
    q: nonEmpty(search.get('q')),
    region: region !== null && /^\d{2}$/.test(region) ? region : undefined,
    nominationId: nonEmpty(search.get('nomination')),
    sort: SORTS.find((s) => s === sort) ?? 'fullName',
    page: positivePage(search.get('page')),
  };
}

/** Defaults are left out, so the plain roster URL is the default view. */
export function rosterSearchOf(params: Partial<RosterParams>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.region) search.set('region', params.region);
  if (params.nominationId) search.set('nomination', params.nominationId);
  if (params.sort !== undefined && params.sort !== 'fullName') search.set('sort', params.sort);
  if (params.page !== undefined && params.page > 1) search.set('page', String(params.page));
  return search;
}

export function isFiltered(params: RosterParams): boolean {
  return params.q !== undefined || params.region !== undefined || params.nominationId !== undefined;
}
