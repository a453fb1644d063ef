import type { Page } from '@/api/schemas/common';

export type SortKey<T> = (a: T, b: T) => number;

/**
 * Sorts by a `field` / `-field` parameter, falling back to tie-breakers so pages never shuffle
 * between requests. Returns a new array.
 */
export function sortBy<T, F extends string>(
  rows: readonly T[],
  sort: F | `-${F}`,
  keys: Record<F, SortKey<T>>,
  tieBreakers: readonly SortKey<T>[] = [],
): T[] {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as F;
  const primary = keys[field];
  return [...rows].sort((a, b) => {
    const first = primary(a, b);
    if (first !== 0) return descending ? -first : first;
    for (const tie of tieBreakers) {
      const next = tie(a, b);
      if (next !== 0) return next;
    }
    return 0;
  });
}

/** One page of `rows` (1-based), mapping only the rows on the page. */
export function paginate<T, R>(
  rows: readonly T[],
  page: number,
  pageSize: number,
  map: (row: T) => R,
): Page<R> {
  const start = (page - 1) * pageSize;
  return { items: rows.slice(start, start + pageSize).map(map), page, pageSize, total: rows.length };
}

/** Case-insensitive substring search over the given texts; an empty query matches everything. */
export function matchesText(
  query: string | undefined,
  ...texts: readonly (string | null | undefined)[]
): boolean {
  const q = query?.trim().toLocaleLowerCase('ru') ?? '';
  if (q === '') return true;
  return texts.some((t) => t?.toLocaleLowerCase('ru').includes(q) ?? false);
}
