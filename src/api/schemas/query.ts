import { z } from 'zod';
import { PageQuery } from './common';

/**
 * The `sort` parameter of a list: a field name, or the same name prefixed with `-` for descending order.
 * Kept as a closed enum so an unknown field is a 422, never a silent fallback to the default order.
 */
export function sortEnum<const F extends string>(fields: readonly [F, ...F[]]) {
  const values: (F | `-${F}`)[] = fields.flatMap((field) => [field, `-${field}` as const]);
  return z.enum(values).meta({ description: 'Sort field; a `-` prefix sorts descending.' });
}

/**
 * A list query: `page`/`pageSize` plus the list's own filters. Values arrive as URL strings, so numeric
 * filters must use `z.coerce`.
 */
export function listQuery<S extends z.core.$ZodLooseShape>(shape: S) {
  return PageQuery.extend(shape);
}

/** Free-text search, trimmed so a stray space from the search box does not filter everything out. */
export const SearchText = z
  .string()
  .trim()
  .max(200)
  .meta({ description: 'Free-text search (case-insensitive substring).' });

/** Filter by the two-digit code of a subject of the Russian Federation. */
export const RegionCode = z
  .string()
  .regex(/^\d{2}$/)
  .meta({ description: 'Two-digit region code, e.g. "77".' });
