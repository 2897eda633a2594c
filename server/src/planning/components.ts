/**
 * Connected parts of the "within `radius`" graph over points and existing branches: no member
 * can meet a seat across two parts, so each part is an independent instance (and an existing
 * branch's room is shared by one part only). Returns, per part, its point and branch indices.
 *
 * Cells of side radius/√2: any two points of one cell are within the radius, so a cell is linked
 * at once; two cells up to two apart are compared pair by pair only while they are not yet
 * linked, and the comparison stops at the first pair in reach. A dense cluster costs O(n), not
 * O(pairs).
 */
export function radiusComponents(
  points: readonly { x: number; y: number }[],
  branches: readonly { x: number; y: number }[],
  radius: number,
): { points: number[]; branches: number[] }[] {
  const all = [...points, ...branches];
  const parent = Int32Array.from(all, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const side = radius / Math.SQRT2;
  const OFF = 2 ** 20;
  const key = (cx: number, cy: number) => (cx + OFF) * 2 ** 21 + (cy + OFF);
  const cells = new Map<number, number[]>();
  all.forEach((p, i) => {
    const k = key(Math.floor(p.x / side), Math.floor(p.y / side));
    const cell = cells.get(k);
    if (cell) cell.push(i);
    else cells.set(k, [i]);
  });
  for (const list of cells.values()) for (const i of list) union(list[0]!, i);
  // Each cell's bounding box: a point farther than the radius from a cell's box has no partner
  // in it, which skips most pairs of two cells that are not linked.
  const box = new Map<number[], [number, number, number, number]>();
  for (const list of cells.values()) {
    const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of list) {
      const p = all[i]!;
      b[0] = Math.min(b[0], p.x);
      b[1] = Math.min(b[1], p.y);
      b[2] = Math.max(b[2], p.x);
      b[3] = Math.max(b[3], p.y);
    }
    box.set(list, b);
  }
  const gap2 = (p: { x: number; y: number }, b: [number, number, number, number]) =>
    Math.max(0, b[0] - p.x, p.x - b[2]) ** 2 + Math.max(0, b[1] - p.y, p.y - b[3]) ** 2;
  const r2 = radius * radius;
  for (const a of cells.values()) {
    const p0 = all[a[0]!]!;
    const [cx, cy] = [Math.floor(p0.x / side), Math.floor(p0.y / side)];
    for (let dx = 0; dx <= 2; dx++) {
      for (let dy = -2; dy <= 2; dy++) {
        if (dx === 0 && dy <= 0) continue;
        const b = cells.get(key(cx + dx, cy + dy));
        if (!b || find(a[0]!) === find(b[0]!)) continue;
        const bb = box.get(b)!;
        search: for (const i of a) {
          if (gap2(all[i]!, bb) > r2) continue;
          for (const j of b) {
            const [p, q] = [all[i]!, all[j]!];
            if ((p.x - q.x) ** 2 + (p.y - q.y) ** 2 <= r2) {
              union(i, j);
              break search;
            }
          }
        }
      }
    }
  }
  const parts = new Map<number, { points: number[]; branches: number[] }>();
  all.forEach((_, i) => {
    const r = find(i);
    let part = parts.get(r);
    if (!part) parts.set(r, (part = { points: [], branches: [] }));
    if (i < points.length) part.points.push(i);
    else part.branches.push(i - points.length);
  });
  return [...parts.values()].filter((p) => p.points.length > 0);
}
