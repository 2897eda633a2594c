import { describe, expect, it } from 'vitest';
import { nearestAmong, nearestWithin } from './neighbours.ts';
import { seededRandom } from './seeded-random.ts';

// The ring search must answer exactly what a scan of every target answers: the k cheapest
// within the radius (cost = distance here, ties by index).
function brute(
  queries: { x: number; y: number }[],
  targets: { x: number; y: number }[],
  radius: number,
  k: number,
  self: boolean,
): number[][] {
  return queries.map((q, i) =>
    targets
      .map((t, j) => ({ j, d: Math.hypot(q.x - t.x, q.y - t.y) }))
      .filter((c) => !(self && c.j === i) && c.d <= radius)
      .sort((a, b) => a.d - b.d || a.j - b.j)
      .slice(0, k)
      .map((c) => c.j),
  );
}

describe('nearest neighbours by rings of grid cells', () => {
  it.each([
    [1, 0.3],
    [3, 0.3],
    [8, 1],
    [5, 0.05],
  ])('finds the same k = %i cheapest within %f as a full scan', (k, radius) => {
    const rand = seededRandom(7 + k);
    // Clustered and spread points: cells sized by the mean spacing, so clusters put many
    // points in one cell and leave its neighbours empty.
    const pts = Array.from({ length: 400 }, (_, i) =>
      i % 4 === 0 ? { x: 0.5 + rand() * 0.02, y: 0.5 + rand() * 0.02 } : { x: rand(), y: rand() },
    );
    const queries = Array.from({ length: 200 }, () => ({ x: rand(), y: rand() }));
    const dist =
      (q: { x: number; y: number }[], t: { x: number; y: number }[]) => (i: number, j: number) =>
        Math.hypot(q[i]!.x - t[j]!.x, q[i]!.y - t[j]!.y);
    const among = nearestAmong(queries, pts, radius, k, dist(queries, pts)).map((a) => [...a]);
    expect(among).toEqual(brute(queries, pts, radius, k, false));
    const within = nearestWithin(pts, radius, k, dist(pts, pts)).map((a) => [...a]);
    expect(within).toEqual(brute(pts, pts, radius, k, true));
  });
});
