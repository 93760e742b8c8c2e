// Timing helpers: every figure is the median and the 95th percentile of timed runs after warm-up.

export interface Timing {
  median: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

export function summarize(timings: number[]): Timing {
  const sorted = [...timings].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** Times `runs` calls after `warmUp` untimed ones. */
export async function timeRuns(call: () => unknown, runs: number, warmUp = 2): Promise<Timing> {
  const timings: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const started = performance.now();
    await call();
    if (i >= warmUp) timings.push(performance.now() - started);
  }
  return summarize(timings);
}
