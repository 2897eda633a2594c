import { forEachPairWithin } from './neighbours.ts';

/**
 * Connected parts of the "within `radius`" graph over points and existing branches: no member
 * can meet a seat across two parts, so each part is an independent instance (and an existing
 * branch's room is shared by one part only). Returns, per part, its point and branch indices.
 */
export function radiusComponents(
  points: readonly { x: number; y: number }[],
  branches: readonly { x: number; y: number }[],
  radius: number,
): { points: number[]; branches: number[] }[] {
  const all = [...points, ...branches];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Every pair within the radius, points and branches alike (a branch links the points near it).
  forEachPairWithin(all, radius, union);
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
