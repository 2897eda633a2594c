import { describe, expect, it } from 'vitest';
import { boundaryOf, partsOf, restoreExact } from './boundary-parts.ts';
import { ring } from './test-rings.ts';

// A stored ring with full doubles, two of them rounding to the same 9-decimal position.
const exact = ring(
  [116.71166354666916, 40.126187061865735],
  [116.7162167217711, 40.12560688837664],
  [116.7162167218599, 40.12560688800418],
  [116.71026806, 40.121937012],
);

describe('partsOf and restoreExact', () => {
  it('rounds for terra-draw and merges positions that round alike', () => {
    const [part] = partsOf({ type: 'Polygon', coordinates: [exact] });
    expect(part!.outer).toEqual([
      [116.711663547, 40.126187062],
      [116.716216722, 40.125606888],
      [116.71026806, 40.121937012],
      [116.711663547, 40.126187062],
    ]);
  });
  it('gives a save the stored positions back where the user kept the vertex', () => {
    const g = { type: 'Polygon', coordinates: [exact] };
    const [part] = partsOf(g);
    const moved = {
      ...part!,
      outer: part!.outer.map((p, i) => (i === 2 ? [116.7103, 40.122] : p)),
    };
    expect(boundaryOf(restoreExact([moved], partsOf(g, false)))).toEqual({
      type: 'Polygon',
      coordinates: [[exact[0], exact[1], exact[2], [116.7103, 40.122], exact[0]]],
    });
    expect(boundaryOf(restoreExact([part!], partsOf(g, false)))).toEqual(g);
  });
  it('keeps every part of a MultiPolygon', () => {
    const mp = {
      type: 'MultiPolygon',
      coordinates: [[exact], [exact.map(([x, y]) => [x! + 1, y!])]],
    };
    expect(boundaryOf(restoreExact(partsOf(mp), partsOf(mp, false)))).toEqual(mp);
  });
});
