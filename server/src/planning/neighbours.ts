/**
 * For each point, the `k` cheapest other points within `radius` (by `cost`, ties by index), from a
 * hash of square cells of the radius' size: only the 9 cells around a point are read, so the work
 * grows with the points' density, not with their number.
 */
export function nearestWithin(
  points: readonly { x: number; y: number }[],
  radius: number,
  k: number,
  cost: (i: number, j: number) => number,
): Int32Array[] {
  const cells = new Map<string, number[]>();
  const key = (cx: number, cy: number) => `${cx}:${cy}`;
  points.forEach((p, i) => {
    const id = key(Math.floor(p.x / radius), Math.floor(p.y / radius));
    const cell = cells.get(id);
    if (cell) cell.push(i);
    else cells.set(id, [i]);
  });
  return points.map((p, i) => {
    const cx = Math.floor(p.x / radius);
    const cy = Math.floor(p.y / radius);
    const found: { j: number; c: number }[] = [];
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(key(cx + dx, cy + dy)) ?? []) {
          if (j === i) continue;
          const q = points[j]!;
          if (Math.hypot(p.x - q.x, p.y - q.y) > radius) continue;
          found.push({ j, c: cost(i, j) });
        }
      }
    }
    found.sort((a, b) => a.c - b.c || a.j - b.j);
    return Int32Array.from(found.slice(0, k).map((f) => f.j));
  });
}

/** Calls `fn(i, j)` once for every pair i < j of points within `radius` of each other. */
export function forEachPairWithin(
  points: readonly { x: number; y: number }[],
  radius: number,
  fn: (i: number, j: number) => void,
): void {
  const cells = new Map<string, number[]>();
  points.forEach((p, i) => {
    const id = `${Math.floor(p.x / radius)}:${Math.floor(p.y / radius)}`;
    const cell = cells.get(id);
    if (cell) cell.push(i);
    else cells.set(id, [i]);
  });
  const r2 = radius * radius;
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / radius);
    const cy = Math.floor(p.y / radius);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
          if (j <= i) continue;
          const q = points[j]!;
          if ((p.x - q.x) ** 2 + (p.y - q.y) ** 2 <= r2) fn(i, j);
        }
      }
    }
  });
}
