/**
 * A planner's clock: when it started, the deadline its searches stop at (`timeLimitMs` from
 * now), whether the request was cancelled, and a pause that lets other requests in at most every
 * 50 ms (the searches are synchronous within a piece).
 */
export function planClock(o: { timeLimitMs: number; signal?: AbortSignal }) {
  const started = Date.now();
  const deadline = started + o.timeLimitMs;
  const cancelled = () => o.signal?.aborted ?? false;
  let yielded = started;
  return {
    started,
    deadline,
    cancelled,
    /** Past the deadline, or cancelled. */
    timeUp: () => Date.now() > deadline || cancelled(),
    elapsedMs: () => Date.now() - started,
    /** Once 50 ms have passed since the last pause: `report`s progress, then yields. */
    async pause(report: () => void): Promise<void> {
      if (Date.now() - yielded < 50) return;
      report();
      await new Promise<void>((r) => setImmediate(r));
      yielded = Date.now();
    },
  };
}
