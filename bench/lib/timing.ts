/**
 * Timing helpers for `pnpm bench` scripts: run a function several times and report the median,
 * since these machines are shared and noisy (report medians and ratios from one run).
 */
export async function medianMs(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

export function report(name: string, ms: number, extra = ''): void {
  console.log(`${name.padEnd(48)} ${ms.toFixed(1).padStart(10)} ms ${extra}`);
}
