import type { ApplicationQuery } from '@/api/schemas/application-inputs';
import type { ScreeningStatus } from '@/api/schemas/applications';

export type ApplicationSort = NonNullable<ApplicationQuery['sort']>;
export type ApplicationSortField = Exclude<ApplicationSort, `-${string}`>;

const SORT_FIELDS: readonly ApplicationSortField[] = ['id', 'title', 'requestedAmount', 'updatedAt'];
export const SCREENING_STATUSES: readonly ScreeningStatus[] = ['pending', 'admitted', 'rejected'];
export const APPLICATIONS_PAGE_SIZE = 50;

export interface ApplicationListParams {
  q: string | undefined;
  nominationId: string | undefined;
  screening: ScreeningStatus | undefined;
  sort: ApplicationSort;
  page: number;
  pageSize: number;
}

function isSort(value: string | null): value is ApplicationSort {
  if (value === null) return false;
  const field = value.startsWith('-') ? value.slice(1) : value;
  return SORT_FIELDS.some((f) => f === field);
}

function isScreening(value: string | null): value is ScreeningStatus {
  return SCREENING_STATUSES.some((status) => status === value);
}

function positivePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The list lives in the URL; anything unknown there falls back to the default rather than failing. */
export function parseApplicationSearch(search: URLSearchParams): ApplicationListParams {
  const q = search.get('q')?.trim().slice(0, 200);
  const nomination = search.get('nomination');
  const screening = search.get('screening');
  const sort = search.get('sort');
  return {
    q: q ? q : undefined,
    nominationId: nomination ? nomination : undefined,
    screening: isScreening(screening) ? screening : undefined,
    sort: isSort(sort) ? sort : 'id',
    page: positivePage(search.get('page')),
    pageSize: APPLICATIONS_PAGE_SIZE,
  };
}

/** Defaults are left out so the plain section URL is the default view. */
export function applicationSearchOf(params: Omit<ApplicationListParams, 'pageSize'>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.nominationId) search.set('nomination', params.nominationId);
  if (params.screening) search.set('screening', params.screening);
  if (params.sort !== 'id') search.set('sort', params.sort);
  if (params.page > 1) search.set('page', String(params.page));
  return search;
}

export function isFiltered(params: ApplicationListParams): boolean {
  return params.q !== undefined || params.nominationId !== undefined || params.screening !== undefined;
}
