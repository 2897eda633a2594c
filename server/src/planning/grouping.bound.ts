import { pairCost, ungroupedPenalty, type GroupingInstance } from './grouping.model.ts';
import { nearestAmong, nearestWithin } from './neighbours.ts';
import { pointCost } from './point-cost.ts';

/**
 * A lower bound on the objective of grouping.model.ts, for scopes HiGHS cannot prove: relax the
 * seats and the pairing but keep the counts the capacities allow. A point that is no seat pays at
 * least a_i = min(its cheapest partner, its cheapest existing branch, the ungrouped penalty M) if
 * it is grouped, and M if not. With k new branches at most k(C - 1) points join new branches and
 * at most Σ room join existing ones, so at least n - k - k(C - 1) - Σ room stay out. For each k in
 * 0..p: k branch costs, the cheapest a_i for the points that can be grouped, M for the rest (the
 * k seats are spared from the most expensive). The bound is the smallest over k.
 *
 * Without the counts (capacity dropped) a dense scope's bound was just Σ nearest-partner costs,
 * with no branch cost at all; with them every C units need a branch: the bound then carries
 * F / C per unit, which is most of the optimum in dense scopes.
 */
export function groupingLowerBound(inst: GroupingInstance): number {
  const M = ungroupedPenalty(inst);
  const n = inst.points.length;
  const cost = pointCost(inst);
  const nb = nearestWithin(inst.points, inst.radiusM, 1, cost);
  const exCost = (i: number, k: number) =>
    inst.existing[k]!.room > 0 ? pairCost(inst, inst.points[i]!, inst.existing[k]!) : Infinity;
  // The cheapest existing branch of each point from a grid of them (thousands in a dense district).
  const ex = nearestAmong(inst.points, inst.existing, inst.radiusM, 1, exCost);
  const a = Float64Array.from(inst.points, (_, i) => {
    let best = M;
    const j = nb[i]![0];
    if (j !== undefined) best = Math.min(best, cost(i, j));
    const k = ex[i]![0];
    if (k !== undefined) best = Math.min(best, exCost(i, k));
    return best;
  }).sort();
  // prefix[g]: the g cheapest a_i.
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + a[i]!;
  const room = inst.existing.reduce((t, e) => t + Math.max(0, e.room), 0);
  let bound = Infinity;
  for (let k = 0; k <= Math.min(inst.maxNewBranches, n); k++) {
    const grouped = Math.min(n - k, k * (inst.capacity - 1) + room);
    // The cheapest `grouped` pay a_i, the other non-seats M; a seat is spared either way, so the
    // seats are taken from the ungrouped (M each) first, then from the most expensive grouped.
    const out = n - k - grouped;
    bound = Math.min(bound, k * inst.branchCostM + prefix[grouped]! + out * M);
  }
  return bound;
}
