/**
 * Timing helpers for `pnpm bench` scripts: run a function several times and report the median,
 * since these machines are shared and noisy (report medians and ratios from one run).
 */
export async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times = await sortedTimesMs(runs, fn);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export function report(name: string, ms: number, extra = ''): void {
  console.log(`${name.padEnd(48)} ${ms.toFixed(1).padStart(10)} ms ${extra}`);
}

/** The times of `runs` sequential calls, in ms, fastest first. */
async function sortedTimesMs(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** Median and 95th percentile (nearest rank) of `runs` sequential calls, in ms. */
export async function percentilesMs(
  runs: number,
  fn: () => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  const times = await sortedTimesMs(runs, fn);
  const rank = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)]!;
  return { p50: rank(0.5), p95: rank(0.95) };
}
