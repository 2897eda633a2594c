import { badInput, Reasons } from '../errors.ts';
import type { Context } from '../graphql/context.ts';

/**
 * Progress of long plan runs (issue 18, point 6). A plan is one request; its client names the run
 * (options.runId) and polls Query.planRunProgress with the same id while the request computes —
 * the planners yield to the event loop every 50 ms, so the poll is answered meanwhile. In memory,
 * per server process, per user; a run's entry lives RUN_TTL_MS after its last report, and at most
 * MAX_RUNS runs are kept (the oldest go first).
 */
export type RunPhase = 'loading' | 'quick' | 'thorough' | 'exact' | 'grouping' | 'finished';

export interface RunProgress {
  phase: RunPhase;
  /** Organizations searched so far, and in all. */
  done: number;
  total: number;
  /** Subdistricts (the parts a plan never crosses) finished so far, and in all; null: not known yet. */
  partsDone: number | null;
  parts: number | null;
  elapsedMs: number;
}

const RUN_TTL_MS = 60_000;
const MAX_RUNS = 1_000;
const RUN_ID = /^[A-Za-z0-9-]{1,64}$/;

interface Entry extends RunProgress {
  started: number;
  touched: number;
}
const runs = new Map<string, Entry>();

const keyOf = (ctx: Context, runId: string) => `${ctx.user?.id ?? 'anonymous'}:${runId}`;

export function checkRunId(runId: string | null | undefined, field: string): string | null {
  if (runId == null) return null;
  if (!RUN_ID.test(runId))
    throw badInput(field, Reasons.OUT_OF_RANGE, '1 to 64 letters, digits or dashes');
  return runId;
}

function sweep(now: number) {
  for (const [k, e] of runs) if (now - e.touched > RUN_TTL_MS) runs.delete(k);
  while (runs.size > MAX_RUNS) runs.delete(runs.keys().next().value!);
}

/** A reporter for one run (a no-op without a run id). */
export function startRun(ctx: Context, runId: string | null) {
  const now = Date.now();
  sweep(now);
  const key = runId == null ? null : keyOf(ctx, runId);
  const entry: Entry = {
    phase: 'loading',
    done: 0,
    total: 0,
    partsDone: null,
    parts: null,
    elapsedMs: 0,
    started: now,
    touched: now,
  };
  if (key) {
    runs.delete(key);
    runs.set(key, entry);
  }
  return (p: Partial<RunProgress>) => {
    if (!key) return;
    Object.assign(entry, p);
    entry.touched = Date.now();
    entry.elapsedMs = entry.touched - entry.started;
  };
}

/** Query.planRunProgress: null when the run is unknown (not started yet, or long finished). */
export function runProgress(ctx: Context, runId: string): RunProgress | null {
  const e = runs.get(keyOf(ctx, checkRunId(runId, 'runId')!));
  if (!e) return null;
  const { started: _s, touched: _t, ...p } = e;
  return { ...p, elapsedMs: p.phase === 'finished' ? p.elapsedMs : Date.now() - e.started };
}
