import {
  existingOf,
  existingRef,
  maxNewBranchesFor,
  type GroupingInstance,
  type GroupingSolution,
} from './grouping.model.ts';

/** One tile of a large part: its own instance and the part's indices of its points and branches. */
export interface Tile {
  inst: GroupingInstance;
  points: number[];
  existing: number[];
}

/**
 * Splits a large part into tiles of at most `maxPoints` points by recursive median cuts across the
 * wider side (a k-d split; ties by index, so the split is the same on every run). An existing
 * branch goes with the side it lies on, its whole room with it. Each tile is solved on its own:
 * the search then grows with n, not n², at the price of branches never spanning a cut.
 */
export function splitTiles(inst: GroupingInstance, maxPoints: number): Tile[] {
  const out: Tile[] = [];
  const cut = (pts: number[], exs: number[]) => {
    if (pts.length <= maxPoints) {
      out.push({
        points: pts,
        existing: exs,
        inst: {
          ...inst,
          points: pts.map((i) => inst.points[i]!),
          existing: exs.map((k) => inst.existing[k]!),
          // Enough branches for the tile plus one of slack, as a small part has; the part's own
          // limit becomes the sum over its tiles (planJointBranches).
          maxNewBranches: maxNewBranchesFor(pts.length, inst.capacity),
        },
      });
      return;
    }
    const span = (axis: 'x' | 'y') => {
      let [lo, hi] = [Infinity, -Infinity];
      for (const i of pts) {
        lo = Math.min(lo, inst.points[i]![axis]);
        hi = Math.max(hi, inst.points[i]![axis]);
      }
      return hi - lo;
    };
    const axis = span('x') >= span('y') ? 'x' : 'y';
    const sorted = [...pts].sort((a, b) => inst.points[a]![axis] - inst.points[b]![axis] || a - b);
    const half = sorted.length >> 1;
    const at = inst.points[sorted[half]!]![axis];
    cut(
      sorted.slice(0, half).sort((a, b) => a - b),
      exs.filter((k) => inst.existing[k]![axis] < at),
    );
    cut(
      sorted.slice(half).sort((a, b) => a - b),
      exs.filter((k) => inst.existing[k]![axis] >= at),
    );
  };
  cut(
    inst.points.map((_, i) => i),
    inst.existing.map((_, k) => k),
  );
  return out;
}

/** The part's solution from its tiles' solutions (branch numbers offset tile by tile). */
export function mergeTiles(inst: GroupingInstance, tiles: Tile[], sols: GroupingSolution[]) {
  const merged: GroupingSolution = { seats: [], assign: new Array(inst.points.length) };
  tiles.forEach((tile, t) => {
    const sol = sols[t]!;
    const offset = merged.seats.length;
    for (const s of sol.seats) merged.seats.push(tile.points[s]!);
    sol.assign.forEach((a, i) => {
      merged.assign[tile.points[i]!] =
        a >= 0 ? a + offset : a < -1 ? existingRef(tile.existing[existingOf(a)]!) : a;
    });
  });
  return merged;
}
