/**
 * A bucket grid over points (compressed rows in typed arrays): cells of about the points' mean
 * spacing, so a search reads a few cells around a point whatever the density. Built once in
 * O(n); the number of cells stays below 3n + 1 even for points along a line.
 */
export class PointGrid {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly cell: number;
  readonly width: number;
  readonly height: number;
  private readonly x0: number;
  private readonly y0: number;
  /** Points of cell c: items[start[c] .. start[c + 1]). */
  readonly start: Int32Array;
  readonly items: Int32Array;

  constructor(points: readonly { x: number; y: number }[], minCell = 1e-3) {
    const n = points.length;
    this.xs = Float64Array.from(points, (p) => p.x);
    this.ys = Float64Array.from(points, (p) => p.y);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, this.xs[i]!);
      x1 = Math.max(x1, this.xs[i]!);
      y0 = Math.min(y0, this.ys[i]!);
      y1 = Math.max(y1, this.ys[i]!);
    }
    if (!n) [x0, y0, x1, y1] = [0, 0, 0, 0];
    const side = Math.max(x1 - x0, y1 - y0);
    this.cell = Math.max(
      Math.sqrt(((x1 - x0) * (y1 - y0)) / Math.max(1, n)),
      side / Math.max(1, n),
      minCell,
    );
    this.x0 = x0;
    this.y0 = y0;
    this.width = Math.floor((x1 - x0) / this.cell) + 1;
    this.height = Math.floor((y1 - y0) / this.cell) + 1;
    const cellOf = new Int32Array(n);
    this.start = new Int32Array(this.width * this.height + 1);
    for (let i = 0; i < n; i++) {
      cellOf[i] = this.cx(this.xs[i]!) + this.width * this.cy(this.ys[i]!);
      this.start[cellOf[i]! + 1]!++;
    }
    for (let c = 0; c < this.width * this.height; c++) this.start[c + 1]! += this.start[c]!;
    const fill = this.start.slice(0, -1);
    this.items = new Int32Array(n);
    for (let i = 0; i < n; i++) this.items[fill[cellOf[i]!]!++] = i;
  }

  cx(x: number): number {
    return Math.min(this.width - 1, Math.max(0, Math.floor((x - this.x0) / this.cell)));
  }

  cy(y: number): number {
    return Math.min(this.height - 1, Math.max(0, Math.floor((y - this.y0) / this.cell)));
  }

  /** Calls visit(j) for every point in the cells at Chebyshev distance `r` of cell (cx, cy). */
  ring(cx: number, cy: number, r: number, visit: (j: number) => void): void {
    const { width: w, height: h, start, items } = this;
    const row = (y: number, xa: number, xb: number) => {
      if (y < 0 || y >= h) return;
      const a = start[Math.max(0, xa) + w * y]!;
      const b = start[Math.min(w - 1, xb) + w * y + 1]!;
      for (let t = a; t < b; t++) visit(items[t]!);
    };
    if (r === 0) return row(cy, cx, cx);
    row(cy - r, cx - r, cx + r);
    row(cy + r, cx - r, cx + r);
    for (let y = Math.max(0, cy - r + 1); y <= Math.min(h - 1, cy + r - 1); y++) {
      if (cx - r >= 0) row(y, cx - r, cx - r);
      if (cx + r < w) row(y, cx + r, cx + r);
    }
  }

  /** Rings to search so that every point within `radius` is seen. */
  ringsFor(radius: number): number {
    return Math.min(Math.max(this.width, this.height), Math.ceil(radius / this.cell) + 1);
  }
}

/**
 * For each point, the `k` cheapest other points within `radius` (by `cost`, which is never below
 * the distance; ties by index). Rings of grid cells are searched outwards until the k-th cheapest
 * found is cheaper than anything farther can be, so the work follows k, not the density.
 */
export function nearestWithin(
  points: readonly { x: number; y: number }[],
  radius: number,
  k: number,
  cost: (i: number, j: number) => number,
): Int32Array[] {
  return nearestAmong(points, points, radius, k, cost, true);
}

/**
 * For each query point, the `k` cheapest of `targets` within `radius` (cost(query, target), never
 * below the distance, Infinity for a target that cannot be taken; ties by index), by the same
 * ring search over a grid of the targets: a query reads the cells near it, not every target.
 * With `self` the queries are the targets and a point is not its own partner.
 */
export function nearestAmong(
  queries: readonly { x: number; y: number }[],
  targets: readonly { x: number; y: number }[],
  radius: number,
  k: number,
  cost: (i: number, j: number) => number,
  self = false,
): Int32Array[] {
  const out: Int32Array[] = new Array(queries.length);
  if (!targets.length || k <= 0) {
    for (let i = 0; i < queries.length; i++) out[i] = new Int32Array(0);
    return out;
  }
  const grid = new PointGrid(targets);
  const { xs, ys } = grid;
  const r2 = radius * radius;
  const maxRings = grid.ringsFor(radius);
  const heapJ = new Int32Array(k + 1);
  const heapC = new Float64Array(k + 1);
  for (let i = 0; i < queries.length; i++) {
    let size = 0;
    const qx = queries[i]!.x;
    const qy = queries[i]!.y;
    const cx = grid.cx(qx);
    const cy = grid.cy(qy);
    // Sorted insertion into the best k (small k: a shifted array beats a heap).
    const visit = (j: number) => {
      if (self && j === i) return;
      const dx = qx - xs[j]!;
      const dy = qy - ys[j]!;
      if (dx * dx + dy * dy > r2) return;
      const c = cost(i, j);
      if (!(c < Infinity)) return;
      if (size === k && (c > heapC[k - 1]! || (c === heapC[k - 1]! && j > heapJ[k - 1]!))) return;
      let t = size < k ? size++ : k - 1;
      while (t > 0 && (heapC[t - 1]! > c || (heapC[t - 1]! === c && heapJ[t - 1]! > j))) {
        heapC[t] = heapC[t - 1]!;
        heapJ[t] = heapJ[t - 1]!;
        t--;
      }
      heapC[t] = c;
      heapJ[t] = j;
    };
    for (let r = 0; r <= maxRings; r++) {
      // Points in ring r or beyond lie at least r - 1 cells away (the query may sit at its
      // cell's edge): stop when the k-th cheapest is nearer than that.
      if (size === k && heapC[k - 1]! < (r - 1) * grid.cell - 1e-9) break;
      if ((r - 1) * grid.cell > radius) break;
      grid.ring(cx, cy, r, visit);
    }
    out[i] = heapJ.slice(0, size);
  }
  return out;
}
