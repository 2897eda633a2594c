import { pairCost, ungroupedPenalty, type GroupingInstance } from './grouping.model.ts';
import { nearestWithin } from './neighbours.ts';

/**
 * A lower bound on the objective of grouping.model.ts, for scopes HiGHS cannot prove: drop the
 * capacities and let every point pay its cheapest possible role. A point that is no seat pays at
 * least a_i = min(its cheapest partner, its cheapest existing branch, the ungrouped penalty); k
 * seats pay k branch costs and spare the k largest a_i. The bound is the best k in 0..p. Weak
 * where capacity binds (dense scopes), tight where the radius does.
 */
export function groupingLowerBound(inst: GroupingInstance): number {
  const M = ungroupedPenalty(inst);
  const nb = nearestWithin(inst.points, inst.radiusM, 1, (i, j) =>
    pairCost(inst, inst.points[i]!, inst.points[j]!),
  );
  const a = inst.points
    .map((p, i) => {
      let best = M;
      const j = nb[i]![0];
      if (j !== undefined) best = Math.min(best, pairCost(inst, p, inst.points[j]!));
      for (const e of inst.existing) if (e.room > 0) best = Math.min(best, pairCost(inst, p, e));
      return best;
    })
    .sort((x, y) => y - x);
  let sum = a.reduce((s, v) => s + v, 0);
  let bound = sum;
  for (let k = 1; k <= Math.min(inst.maxNewBranches, a.length); k++) {
    sum -= a[k - 1]!;
    bound = Math.min(bound, sum + k * inst.branchCostM);
  }
  return bound;
}
