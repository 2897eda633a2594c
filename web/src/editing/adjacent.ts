import { closestOnSegment } from './snap.ts';

type Rings = readonly (readonly number[][])[];

/**
 * Do two grids touch (share a stretch of boundary or a vertex, within `toleranceM` metres)? The
 * merge list offers only these (the server refuses a merge of grids that do not touch), and the
 * editor loads them beside the edited grid so shared vertices move together. Planar metres around
 * the first vertex: fine at a subdistrict's size.
 */
export function touches(a: Rings, b: Rings, toleranceM = 1): boolean {
  const origin = a[0]?.[0];
  if (!origin) return false;
  const kx = 111_320 * Math.cos((origin[1]! * Math.PI) / 180);
  const ky = 110_540;
  const px = (p: readonly number[]) => ({
    x: (p[0]! - origin[0]!) * kx,
    y: (p[1]! - origin[1]!) * ky,
  });
  const pa = a.map((r) => r.map(px));
  const pb = b.map((r) => r.map(px));
  const box = (rs: { x: number; y: number }[][]) => {
    const ps = rs.flat();
    return [
      Math.min(...ps.map((p) => p.x)) - toleranceM,
      Math.min(...ps.map((p) => p.y)) - toleranceM,
      Math.max(...ps.map((p) => p.x)) + toleranceM,
      Math.max(...ps.map((p) => p.y)) + toleranceM,
    ];
  };
  const [ax0, ay0, ax1, ay1] = box(pa);
  const [bx0, by0, bx1, by1] = box(pb);
  if (ax0! > bx1! || bx0! > ax1! || ay0! > by1! || by0! > ay1!) return false;
  const near = (ps: { x: number; y: number }[][], rs: { x: number; y: number }[][]) =>
    ps.some((ring) =>
      ring.some((p) =>
        rs.some((r) =>
          r.some((q, i) => {
            if (i === 0) return false;
            const c = closestOnSegment(p, r[i - 1]!, q);
            return Math.hypot(c.x - p.x, c.y - p.y) <= toleranceM;
          }),
        ),
      ),
    );
  return near(pa, pb) || near(pb, pa);
}
