import type { MockDatabase } from '@mocks/db/database';
import type { TableName } from '@mocks/db/database';

interface Entry {
  /** The database revision, or each dependency's rows and write count, when the value was computed. */
  stamp: number | readonly unknown[];
  value: unknown;
}

/**
 * Values derived from the whole database (expert loads, a stage's aggregates) cached until the next
 * write. Keyed per database instance, so swapping the database (tests, reset) never serves stale data;
 * every write bumps `db.revision`, so the cache is honest by construction.
 *
 * A value that reads only a few tables may name them in `dependsOn`: it then survives writes to
 * other tables — a sign-in (sessions) must not throw away the aggregates of 240,000 sheets. The stamp
 * holds each table's row array (replaced wholesale on reset, restore, another tab's write or a bulk
 * removal) and its write count (insert, update, remove).
 */
const caches = new WeakMap<MockDatabase, Map<string, Entry>>();

function stampOf(db: MockDatabase, dependsOn: readonly TableName[] | undefined): number | unknown[] {
  if (dependsOn === undefined) return db.revision;
  const stamp: unknown[] = [];
  for (const table of dependsOn) stamp.push(db.tables[table], db.writeCount(table));
  return stamp;
}

function sameStamp(a: number | readonly unknown[], b: number | readonly unknown[]): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function derived<T>(
  db: MockDatabase,
  key: string,
  compute: () => T,
  dependsOn?: readonly TableName[],
): T {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  const stamp = stampOf(db, dependsOn);
  if (hit !== undefined && sameStamp(hit.stamp, stamp)) return hit.value as T;
  const value = compute();
  // Stamped as of before computing: a compute that wrote would be recomputed next time, never stale.
  cache.set(key, { stamp, value });
  return value;
}
