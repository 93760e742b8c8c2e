import { describe, expect, it } from 'vitest';
import { mapConcurrently } from './concurrency';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapConcurrently', () => {
  it('returns the results in the order of the items, whatever order they finish in', async () => {
    const results = await mapConcurrently([30, 5, 20, 1], 3, async (ms, index) => {
      await tick(ms);
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:5', '2:20', '3:1']);
  });

  it('never has more than the limit in flight, and uses all of it', async () => {
    let inFlight = 0;
    let most = 0;
    await mapConcurrently([...Array(20).keys()], 4, async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await tick(2);
      inFlight--;
    });
    expect(most).toBe(4);
  });

  it('handles no items, and fewer items than the limit', async () => {
    expect(await mapConcurrently([], 6, async () => 1)).toEqual([]);
    expect(await mapConcurrently(['a'], 6, async (item) => item.toUpperCase())).toEqual(['A']);
  });

  it('rejects with the first failure', async () => {
    await expect(
      mapConcurrently([1, 2, 3], 2, async (n) => {
        if (n === 2) throw new Error('task 2 failed');
        return n;
      }),
    ).rejects.toThrow('task 2 failed');
  });

  it('refuses a limit that is not a whole number of at least 1', async () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) await expect(mapConcurrently([1], limit, async (n) => n)).rejects.toThrow(RangeError);
  });
});
