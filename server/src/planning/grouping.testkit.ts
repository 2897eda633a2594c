import { seededRandom } from './seeded-random.ts';

export { seededRandom };
import { maxNewBranchesFor, type GroupingInstance } from './grouping.model.ts';
import {
  DEFAULT_BRANCH_COST_M,
  DEFAULT_INDUSTRY_PENALTY_M,
  DEFAULT_RADIUS_M,
} from './planning.constants.ts';

const INDUSTRIES = ['retail', 'catering', 'it', 'law', 'accounting', 'logistics'];

/**
 * A generated instance: `n` organizations in a few clusters over a `sideM` square (a grid or a
 * subdistrict), six industries, and `existing` joint branches with some room.
 */
export function generatedInstance(
  seed: number,
  n: number,
  opts: { sideM?: number; existing?: number; capacity?: number; clusters?: number } = {},
): GroupingInstance {
  const rnd = seededRandom(seed);
  const side = opts.sideM ?? 2_000;
  const centres = Array.from({ length: opts.clusters ?? Math.max(1, Math.round(n / 20)) }, () => ({
    x: rnd() * side,
    y: rnd() * side,
  }));
  const points = Array.from({ length: n }, () => {
    const c = centres[Math.floor(rnd() * centres.length)]!;
    const r = 400 * Math.sqrt(rnd());
    const t = 2 * Math.PI * rnd();
    return {
      x: c.x + r * Math.cos(t),
      y: c.y + r * Math.sin(t),
      industry: INDUSTRIES[Math.floor(rnd() * INDUSTRIES.length)]!,
    };
  });
  const existing = Array.from({ length: opts.existing ?? 0 }, () => ({
    x: rnd() * side,
    y: rnd() * side,
    room: 1 + Math.floor(rnd() * 4),
    industry: INDUSTRIES[Math.floor(rnd() * INDUSTRIES.length)]!,
  }));
  const capacity = opts.capacity ?? 15;
  return {
    points,
    existing,
    capacity,
    radiusM: DEFAULT_RADIUS_M,
    industryPenaltyM: DEFAULT_INDUSTRY_PENALTY_M,
    branchCostM: DEFAULT_BRANCH_COST_M,
    maxNewBranches: maxNewBranchesFor(n, capacity),
  };
}
