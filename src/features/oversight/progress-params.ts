import type { ProgressQuery } from '@/api/schemas/coordination';

export type ProgressBy = ProgressQuery['by'];
export type ProgressSort = NonNullable<ProgressQuery['sort']>;
export type ProgressSortField = Exclude<ProgressSort, `-${string}`>;

export const PROGRESS_SORT_FIELDS: readonly ProgressSortField[] = [
  'label',
  'assigned',
  'submitted',
  'overdue',
  'deadlineRisk',
];
export const PROGRESS_PAGE_SIZE = 20;

export interface ProgressParams {
  by: ProgressBy;
  sort: ProgressSort;
  page: number;
  pageSize: number;
}

function isSort(value: string | null): value is ProgressSort {
  if (value === null) return false;
  const field = value.startsWith('-') ? value.slice(1) : value;
  return PROGRESS_SORT_FIELDS.some((f) => f === field);
}

export function positivePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The progress view lives in the URL; anything unknown there falls back to the default rather than failing. */
export function parseProgressSearch(search: URLSearchParams): ProgressParams {
  const sort = search.get('sort');
  return {
    by: search.get('by') === 'expert' ? 'expert' : 'nomination',
    sort: isSort(sort) ? sort : 'label',
    page: positivePage(search.get('page')),
    pageSize: PROGRESS_PAGE_SIZE,
  };
}

/** Defaults are left out so the plain stage URL is the default view. */
export function progressSearchOf(params: Omit<ProgressParams, 'pageSize'>): URLSearchParams {
  const search = new URLSearchParams();
  if (params.by !== 'nomination') search.set('by', params.by);
  if (params.sort !== 'label') search.set('sort', params.sort);
  if (params.page > 1) search.set('page', String(params.page));
  return search;
}
