import { industryDistance } from './industry-families.ts';
import type { GroupingInstance } from './grouping.model.ts';

/**
 * pairCost between two points of an instance by index, for the solvers' inner loops: coordinates
 * in typed arrays, industries as small integers with a precomputed penalty table, and a plain
 * square root (Math.hypot is several times slower in V8). Same values as grouping.model's pairCost.
 */
export function pointCost(inst: GroupingInstance): (i: number, j: number) => number {
  const n = inst.points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const ind = new Int32Array(n);
  const codes = new Map<string, number>();
  inst.points.forEach((p, i) => {
    xs[i] = p.x;
    ys[i] = p.y;
    let c = codes.get(p.industry);
    if (c === undefined) codes.set(p.industry, (c = codes.size));
    ind[i] = c;
  });
  const k = codes.size;
  const names = [...codes.keys()];
  const pen = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      pen[a * k + b] = inst.industryPenaltyM * industryDistance(names[a]!, names[b]!);
    }
  }
  const r2 = inst.radiusM * inst.radiusM;
  return (i, j) => {
    const dx = xs[i]! - xs[j]!;
    const dy = ys[i]! - ys[j]!;
    const d2 = dx * dx + dy * dy;
    if (d2 > r2) return Infinity;
    return Math.sqrt(d2) + pen[ind[i]! * k + ind[j]!]!;
  };
}
