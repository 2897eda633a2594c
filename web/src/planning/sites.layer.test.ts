import { describe, expect, it } from 'vitest';
import { siteFeatures } from './sites.layer.ts';

describe('proposed service-center sites on the map', () => {
  it('draws a circle of the true radius and a labelled point per site', () => {
    const fc = siteFeatures([
      { key: 'B1', lon: 116.65, lat: 40.13, radiusM: 400, label: '1 · +12' },
      { key: 'B2', lon: 116.66, lat: 40.14, radiusM: 400, label: '2 · +7' },
    ]);
    const circles = fc.features.filter((f) => f.properties!.part === 'circle');
    const points = fc.features.filter((f) => f.properties!.part === 'site');
    expect(circles).toHaveLength(2);
    expect(points.map((p) => p.properties!.label)).toEqual(['1 · +12', '2 · +7']);
    // The ring's vertices lie 400 m from the site (degrees of latitude: ~111.2 km each).
    const ring = (circles[0]!.geometry as GeoJSON.Polygon).coordinates[0]!;
    const north = Math.max(...ring.map((c) => c[1]!));
    expect((north - 40.13) * 111_195).toBeCloseTo(400, -1);
  });
});
