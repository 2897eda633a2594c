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
  const n = inst.points.length;
  const xs = Float64Array.from(inst.points, (p) => p.x);
  const ys = Float64Array.from(inst.points, (p) => p.y);
  // One index array, cut in place: each level partitions its range around the median (quickselect,
  // O(n) a level) instead of sorting it, so the split costs O(n log n) in all (the sorts made a
  // part of 40,000 points cost seconds).
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  const cut = (lo: number, hi: number, exs: number[]) => {
    if (hi - lo <= maxPoints) {
      const pts = Array.from(idx.subarray(lo, hi)).sort((a, b) => a - b);
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
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let t = lo; t < hi; t++) {
      const i = idx[t]!;
      x0 = Math.min(x0, xs[i]!);
      x1 = Math.max(x1, xs[i]!);
      y0 = Math.min(y0, ys[i]!);
      y1 = Math.max(y1, ys[i]!);
    }
    const alongX = x1 - x0 >= y1 - y0;
    const c = alongX ? xs : ys;
    // The order of the old sort: by coordinate, ties by index.
    const before = (a: number, b: number) => c[a]! < c[b]! || (c[a] === c[b] && a < b);
    const half = lo + ((hi - lo) >> 1);
    select(idx, lo, hi - 1, half, before);
    const at = c[idx[half]!]!;
    const axis = alongX ? 'x' : 'y';
    cut(
      lo,
      half,
      exs.filter((k) => inst.existing[k]![axis] < at),
    );
    cut(
      half,
      hi,
      exs.filter((k) => inst.existing[k]![axis] >= at),
    );
  };
  cut(
    0,
    n,
    inst.existing.map((_, k) => k),
  );
  return out;
}

/**
 * Hoare's quickselect: reorders a[lo..hi] so that a[k] is the element the order `before` puts
 * k-th, everything before it in the order at lower positions and everything after at higher ones.
 */
function select(
  a: Int32Array,
  lo: number,
  hi: number,
  k: number,
  before: (x: number, y: number) => boolean,
): void {
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (before(a[i]!, pivot)) i++;
      while (before(pivot, a[j]!)) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
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
