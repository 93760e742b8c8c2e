/**
 * Runs `task` on every item with at most `limit` in flight, and returns the results in the items'
 * order. The e2e sweeps use it to keep a few requests in flight against the one test server
 * instead of waiting on each in turn; the first failure rejects the whole run.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`mapConcurrently needs a whole limit of at least 1, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
