import { describe, expect, it } from 'vitest';
import type { Part, Pos } from './boundary-parts.ts';
import { dragWarnings, type WarnGrid } from './drag-warnings.ts';

// Two grids tiling a 2 x 1 rectangle (units of 0.001°, about 85 m x 111 m here): A on the left,
// B on the right, sharing the edge x = 1 with a vertex in its middle, (1, 0.5).
const U = 0.001;
const at = (x: number, y: number): Pos => [116.7 + x * U, 40.1 + y * U];
const ring = (...ps: [number, number][]): Pos[] => [...ps, ps[0]!].map(([x, y]) => at(x, y));
const part = (outer: Pos[]): Part[] => [{ outer, holes: [] }];
const A = part(ring([0, 0], [1, 0], [1, 0.5], [1, 1], [0, 1]));
const B = part(ring([1, 0], [2, 0], [2, 1], [1, 1], [1, 0.5]));
const still = (id: string, parts: Part[]): WarnGrid => ({ id, base: parts, now: parts });
/** A's ring with vertex `i` (of the open ring) moved to (x, y). */
const moveA = (i: number, x: number, y: number): Part[] => {
  const outer = A[0]!.outer.map((p) => [...p]);
  outer[i] = at(x, y);
  if (i === 0) outer[outer.length - 1] = at(x, y);
  return part(outer);
};
const M2_PER_UNIT2 = 111_320 * Math.cos((40.1 * Math.PI) / 180) * U * 110_540 * U;

describe('warnings while dragging', () => {
  it('says nothing before a change, nor for a shared vertex moved in both grids', () => {
    expect(dragWarnings([still('A', A), still('B', B)])).toEqual([]);
    const bMoved = B[0]!.outer.map((p) => [...p]);
    bMoved[4] = at(1.3, 0.5);
    expect(
      dragWarnings([
        { id: 'A', base: A, now: moveA(2, 1.3, 0.5) },
        { id: 'B', base: B, now: part(bMoved) },
      ]),
    ).toEqual([]);
  });

  it('warns of an overlap when a vertex the neighbour does not share is pushed into it', () => {
    const w = dragWarnings([{ id: 'A', base: A, now: moveA(2, 1.3, 0.5) }, still('B', B)]);
    expect(w.map((x) => [x.kind, x.gridId, x.otherId])).toEqual([['OVERLAP', 'A', 'B']]);
    // The piece B would lose: the triangle (1, 0), (1.3, 0.5), (1, 1).
    expect(w[0]!.where.type).toBe('Polygon');
    expect(w[0]!.areaM2! / M2_PER_UNIT2).toBeCloseTo(0.15, 3);
  });

  it('warns of an overlap when an edge cuts across a corner of the neighbour', () => {
    // A's corner (1, 1), shared with B, moved onto B's top edge in A only.
    const w = dragWarnings([{ id: 'A', base: A, now: moveA(3, 1.5, 1) }, still('B', B)]);
    expect(w.map((x) => [x.kind, x.otherId])).toEqual([['OVERLAP', 'B']]);
    // The triangle (1, 0.5), (1.5, 1), (1, 1).
    expect(w[0]!.areaM2! / M2_PER_UNIT2).toBeCloseTo(0.125, 3);
  });

  it('is quiet when land given up along a neighbour goes to it (the save adjusts it)', () => {
    expect(dragWarnings([{ id: 'A', base: A, now: moveA(2, 0.7, 0.5) }, still('B', B)])).toEqual(
      [],
    );
  });

  it('warns of a gap when the outline moves inwards, and of leaving the subdistrict outwards', () => {
    const gap = dragWarnings([{ id: 'A', base: A, now: moveA(4, 0.2, 0.8) }, still('B', B)]);
    expect(gap.map((x) => x.kind)).toEqual(['GAP']);
    // The triangle (1, 1), (0, 1), (0, 0) less A's new corner: 1/2 - area of (1,1),(0.2,0.8),(0,0).
    expect(gap[0]!.areaM2! / M2_PER_UNIT2).toBeCloseTo(0.5 - 0.3, 3);
    const out = dragWarnings([{ id: 'A', base: A, now: moveA(4, -0.2, 1.2) }, still('B', B)]);
    expect(out.map((x) => x.kind)).toEqual(['OUTSIDE']);
  });

  it('warns of a boundary that crosses itself, at the crossing', () => {
    const w = dragWarnings([{ id: 'A', base: A, now: moveA(4, 0.5, -0.5) }, still('B', B)]);
    const self = w.filter((x) => x.kind === 'SELF_INTERSECTION');
    expect(self.length).toBeGreaterThan(0);
    // Edge (1, 1) -> (0.5, -0.5) crosses edge (0, 0) -> (1, 0) at x = 1 - 0.5 / 1.5.
    const p = self
      .map((x) => x.where.coordinates as Pos)
      .find((q) => Math.abs(q[1]! - 40.1) < 1e-12);
    expect(p).toBeDefined();
    expect((p![0]! - 116.7) / U).toBeCloseTo(1 - 0.5 / 1.5, 6);
  });
});
