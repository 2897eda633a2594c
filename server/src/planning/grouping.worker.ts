/**
 * A worker thread of the grouping pool (grouping.pool.ts): runs the heuristic on the instances
 * it is sent and answers their solutions. Instances arrive packed (typed arrays, industries as
 * indices into a table) and are unpacked here; the search itself is solveGroupingHeuristic's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { solveGroupingHeuristic } from './grouping.heuristic.ts';
import { unpackInstance, type PoolAnswer, type PoolJob } from './grouping.pack.ts';

const flag = new Int32Array(workerData.cancel as SharedArrayBuffer);
const cancelled = () => Atomics.load(flag, 0) !== 0;

parentPort!.on('message', (job: PoolJob) => {
  const answer: PoolAnswer = {
    id: job.id,
    solutions: job.instances.map((packed, k) => {
      const o = job.options[k]!;
      const sol = solveGroupingHeuristic(unpackInstance(packed), { ...o, cancelled });
      return { seats: Int32Array.from(sol.seats), assign: Int32Array.from(sol.assign) };
    }),
  };
  parentPort!.postMessage(answer);
});
parentPort!.postMessage('ready');
