import type { HeuristicOptions } from './grouping.heuristic.ts';
import type { GroupingInstance } from './grouping.model.ts';

/**
 * A grouping instance as sent to a worker thread: coordinates in typed arrays (moved, not
 * copied) and industries as indices into a small table, instead of one object per point.
 */
export interface PackedInstance extends Omit<GroupingInstance, 'points'> {
  xs: Float64Array;
  ys: Float64Array;
  industry: Uint16Array;
  industries: string[];
}

/** What a worker is sent: instances and their search options (deadline included). */
export interface PoolJob {
  id: number;
  instances: PackedInstance[];
  options: Omit<HeuristicOptions, 'cancelled'>[];
}

export interface PoolAnswer {
  id: number;
  solutions: { seats: Int32Array; assign: Int32Array }[];
}

export function packInstance(inst: GroupingInstance): PackedInstance {
  const n = inst.points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const industry = new Uint16Array(n);
  const codes = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = inst.points[i]!;
    xs[i] = p.x;
    ys[i] = p.y;
    let c = codes.get(p.industry);
    if (c === undefined) codes.set(p.industry, (c = codes.size));
    industry[i] = c;
  }
  return {
    xs,
    ys,
    industry,
    industries: [...codes.keys()],
    existing: inst.existing,
    capacity: inst.capacity,
    radiusM: inst.radiusM,
    industryPenaltyM: inst.industryPenaltyM,
    branchCostM: inst.branchCostM,
    maxNewBranches: inst.maxNewBranches,
    ...(inst.minSize === undefined ? {} : { minSize: inst.minSize }),
  };
}

export function unpackInstance(p: PackedInstance): GroupingInstance {
  const { xs, ys, industry, industries, ...rest } = p;
  const points = new Array<GroupingInstance['points'][number]>(xs.length);
  for (let i = 0; i < xs.length; i++) {
    points[i] = { x: xs[i]!, y: ys[i]!, industry: industries[industry[i]!]! };
  }
  return { ...rest, points };
}

/** The typed arrays of packed instances, to move them to the worker instead of copying. */
export const transferables = (list: PackedInstance[]) =>
  list.flatMap((p) => [p.xs.buffer, p.ys.buffer, p.industry.buffer] as ArrayBuffer[]);
