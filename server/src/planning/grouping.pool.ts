import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { solveGroupingHeuristic, type HeuristicOptions } from './grouping.heuristic.ts';
import type { GroupingInstance, GroupingSolution } from './grouping.model.ts';
import { packInstance, transferables, type PoolAnswer, type PoolJob } from './grouping.pack.ts';

/** One search to run: an instance and its options (the deadline included). */
export interface PoolTask {
  inst: GroupingInstance;
  options: Omit<HeuristicOptions, 'cancelled'>;
}

/** Points per message to a worker: small enough for smooth progress, large enough to be cheap. */
const JOB_POINTS = 2_000;
/** A worker that has not started within this time is given up (the plan runs in-process). */
const START_TIMEOUT_MS = 15_000;

/**
 * Worker threads for the heuristic (issue 18 point 6): tiles and parts are independent
 * instances, so a plan's searches are spread over the cores. A plan opens a pool, runs its
 * phases through it and closes it; `cancel()` stops every worker's search at its next clock
 * check (a shared flag), the answers so far are kept. Where workers cannot start (no TypeScript
 * loader for the worker, a sandbox) `open` answers null and the caller searches in-process.
 */
export class GroupingPool {
  private readonly cancelFlag: Int32Array;
  private nextId = 0;

  private constructor(
    private readonly workers: Worker[],
    buffer: SharedArrayBuffer,
  ) {
    this.cancelFlag = new Int32Array(buffer);
  }

  get size(): number {
    return this.workers.length;
  }

  static async open(size = defaultPoolSize()): Promise<GroupingPool | null> {
    if (size < 2) return null;
    const buffer = new SharedArrayBuffer(4);
    const workers: Worker[] = [];
    try {
      const boot = workerBoot();
      for (let w = 0; w < size; w++) {
        workers.push(new Worker(boot, { eval: true, workerData: { cancel: buffer } }));
      }
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve, reject) => {
              const timer = setTimeout(() => reject(new Error('worker start')), START_TIMEOUT_MS);
              w.once('message', () => {
                clearTimeout(timer);
                resolve();
              });
              w.once('error', (e) => {
                clearTimeout(timer);
                reject(e);
              });
            }),
        ),
      );
    } catch {
      await Promise.all(workers.map((w) => w.terminate()));
      return null;
    }
    return new GroupingPool(workers, buffer);
  }

  /** Stops the searches in every worker (each keeps the solution it has). */
  cancel(): void {
    Atomics.store(this.cancelFlag, 0, 1);
  }

  /**
   * Runs the tasks over the workers, in jobs of about JOB_POINTS points; `done(k, solution)` is
   * called as each task's answer arrives (in no fixed order). Once `stop()` is true no further
   * job is sent (those sent finish; their searches see the deadline or the cancel flag).
   */
  async run(
    tasks: PoolTask[],
    done: (k: number, sol: GroupingSolution) => void | Promise<void>,
    stop: () => boolean = () => false,
  ): Promise<void> {
    const jobs: number[][] = [];
    let points = JOB_POINTS;
    tasks.forEach((t, k) => {
      if (points >= JOB_POINTS) {
        jobs.push([]);
        points = 0;
      }
      jobs[jobs.length - 1]!.push(k);
      points += t.inst.points.length;
    });
    let next = 0;
    const work = async (w: Worker): Promise<void> => {
      while (next < jobs.length && !stop()) {
        const ks = jobs[next++]!;
        const instances = ks.map((k) => packInstance(tasks[k]!.inst));
        const job: PoolJob = {
          id: this.nextId++,
          instances,
          options: ks.map((k) => tasks[k]!.options),
        };
        const answer = await new Promise<PoolAnswer>((resolve, reject) => {
          const onError = (e: Error) => reject(e);
          w.once('error', onError);
          w.once('message', (a: PoolAnswer) => {
            w.off('error', onError);
            resolve(a);
          });
          w.postMessage(job, transferables(instances));
        });
        for (let x = 0; x < ks.length; x++) {
          const s = answer.solutions[x]!;
          await done(ks[x]!, { seats: Array.from(s.seats), assign: Array.from(s.assign) });
        }
      }
    };
    await Promise.all(this.workers.map(work));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** One worker per core, at most 8 (the main thread only coordinates while they search). */
export function defaultPoolSize(): number {
  return Math.min(8, availableParallelism());
}

/**
 * The worker is a TypeScript file, and a worker thread does not inherit the main thread's tsx
 * loader (Node refuses the .ts extension): a small script registers tsx's ESM hooks in the
 * worker, then imports it.
 */
function workerBoot(): string {
  const tsx = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsx, 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./grouping.worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); })`;
}

/** The same searches in this thread (small plans, or where no worker could start). */
export async function runInProcess(
  tasks: PoolTask[],
  cancelled: () => boolean,
  stop: () => boolean,
  done: (k: number, sol: GroupingSolution) => void | Promise<void>,
): Promise<void> {
  for (let k = 0; k < tasks.length && !stop(); k++) {
    await done(k, solveGroupingHeuristic(tasks[k]!.inst, { ...tasks[k]!.options, cancelled }));
  }
}
