import type { MockDatabase } from '@mocks/db/database';

interface Entry {
  revision: number;
  value: unknown;
}

/**
 * Values derived from the whole database (expert loads, a stage's aggregates) cached until the next
 * write. Keyed per database instance, so swapping the database (tests, reset) never serves stale data;
 * every write bumps `db.revision`, so the cache is honest by construction.
 */
const caches = new WeakMap<MockDatabase, Map<string, Entry>>();

export function derived<T>(db: MockDatabase, key: string, compute: () => T): T {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined && hit.revision === db.revision) return hit.value as T;
  const value = compute();
  // Computing may itself not write, but read the revision afterwards anyway to stay correct if it did.
  cache.set(key, { revision: db.revision, value });
  return value;
}
