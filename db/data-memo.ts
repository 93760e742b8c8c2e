import type { Db } from './client';

// Results derived from the database, kept across requests until anything is committed to it. The
// dashboard asks for the same sums and counts with the same filters on every load, and computing
// them was most of its SQL at scale; a kept result costs two one-row reads to validate.
//
// SQLite-specific, and only here: `pragma data_version` changes when another connection commits
// (an import or restore script), `total_changes()` when this one writes (every server action). On
// PostgreSQL a counter bumped by the mutations, or LISTEN/NOTIFY, would play this part.

/** Differs after any committed write to the database, from this connection or another. */
export function dataVersion(db: Db): string {
  const other = db.$client.pragma('data_version', { simple: true }) as number;
  const own = (db.$client.prepare('select total_changes() as n').get() as { n: number }).n;
  return `${other}:${own}`;
}

/**
 * `compute`, remembered per key for as long as the data has not changed (the `size` most recently
 * used keys). Its results are shared between requests: callers must not change them.
 */
export function memoizeByData<P, R>(compute: (db: Db, params: P) => R, keyOf: (params: P) => string, size = 100): (db: Db, params: P) => R {
  const kept = new Map<string, R>();
  let keptAt: { db: Db; version: string } | undefined;
  return (db, params) => {
    // Inside a transaction a read may see writes that are then rolled back: never keep it.
    if (db.$client.inTransaction) return compute(db, params);
    const version = dataVersion(db);
    if (keptAt?.db !== db || keptAt.version !== version) {
      kept.clear();
      keptAt = { db, version };
    }
    const key = keyOf(params);
    const found = kept.get(key);
    if (found !== undefined || kept.has(key)) {
      // Most recently used last, so that the oldest is dropped first.
      kept.delete(key);
      kept.set(key, found as R);
      return found as R;
    }
    const result = compute(db, params);
    kept.set(key, result);
    if (kept.size > size) kept.delete(kept.keys().next().value!);
    return result;
  };
}
