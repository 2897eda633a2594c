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
  const direct = (i: number, j: number) => {
    const dx = xs[i]! - xs[j]!;
    const dy = ys[i]! - ys[j]!;
    const d2 = dx * dx + dy * dy;
    if (d2 > r2) return Infinity;
    return Math.sqrt(d2) + pen[ind[i]! * k + ind[j]!]!;
  };
  return direct;
}

/** Out of reach, in centimetres (a small integer, unlike Infinity). */
export const BEYOND_CM = 2 ** 29;

/**
 * The same cost in whole centimetres, BEYOND_CM out of reach: small integers, which V8 passes
 * without allocating (a double returned from a call that is not inlined is boxed on the heap,
 * and the local search makes millions of such calls).
 */
export function pointCostCm(inst: GroupingInstance): (i: number, j: number) => number {
  const n = inst.points.length;
  const metres = pointCost(inst);
  const cm = (i: number, j: number) => {
    const c = metres(i, j);
    return c === Infinity ? BEYOND_CM : Math.round(c * 100);
  };
  if (n > MATRIX_MAX) return cm;
  const table = new Int32Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) table[i * n + j] = cm(i, j);
  return (i, j) => table[i * n + j]!;
}

/** Instances up to this many points get a full cost table (at most 2.9 MB). */
const MATRIX_MAX = 600;
