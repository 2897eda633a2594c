import { describe, expect, it } from 'vitest';
import { partCounts } from '../map/layers/expect-layers.ts';
import { convexHull, deploymentFeatures, paddedHull } from './instructors.layer.ts';

/** Is p inside (or on) the counter-clockwise closed ring? */
const inside = (ring: [number, number][], p: [number, number]) =>
  ring
    .slice(0, -1)
    .every(
      (a, i) =>
        (ring[i + 1]![0] - a[0]) * (p[1] - a[1]) - (ring[i + 1]![1] - a[1]) * (p[0] - a[0]) >=
        -1e-12,
    );

describe('instructor deployment layers', () => {
  it('hulls contain every point and are closed', () => {
    const pts: [number, number][] = [
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 0.5],
    ];
    const ring = convexHull(pts);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(ring).toHaveLength(5); // the four corners, closed
    for (const p of pts) expect(inside(ring, p)).toBe(true);
  });

  it('pads the hull around each organization, so one organization still gets a ring', () => {
    const centre = { lon: 116.65, lat: 40.13 };
    const one = paddedHull([centre]);
    expect(one.length).toBe(9); // an octagon, closed
    expect(inside(one, [centre.lon, centre.lat])).toBe(true);
    const organizations = [centre, { lon: 116.655, lat: 40.131 }, { lon: 116.651, lat: 40.135 }];
    const fc = deploymentFeatures([
      { key: 'assign:1', kind: 'assign', label: '钱指导 · 3', centre, organizations },
    ]);
    expect(partCounts(fc)).toEqual({ hull: 1, spoke: 3, member: 3, centre: 1 });
    const hull = fc.features[0]!.geometry as GeoJSON.Polygon;
    for (const f of fc.features.filter((x) => x.properties!.part === 'member'))
      expect(
        inside(
          hull.coordinates[0] as [number, number][],
          (f.geometry as GeoJSON.Point).coordinates as [number, number],
        ),
      ).toBe(true);
  });
});
