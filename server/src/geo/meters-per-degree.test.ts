import { describe, expect, it } from 'vitest';
import { degreesAround, metersPerDegree } from './meters-per-degree.ts';

/** Great-circle distance on turf's sphere (mean Earth radius 6 371 008.8 m), haversine formula. */
function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe('metersPerDegree (WGS 84)', () => {
  // Published table of degree lengths on WGS 84 (Wikipedia, "Geographic coordinate system").
  it.each([
    [0, 110_574, 111_320],
    [15, 110_649, 107_551],
    [30, 110_852, 96_486],
    [45, 111_132, 78_847],
    [60, 111_412, 55_800],
    [75, 111_618, 28_902],
  ])('at %i° a degree of latitude is %i m and of longitude %i m', (lat, mLat, mLon) => {
    const m = metersPerDegree(lat);
    expect(Math.abs(m.lat - mLat)).toBeLessThan(1);
    expect(Math.abs(m.lon - mLon)).toBeLessThan(1);
    expect(metersPerDegree(-lat)).toEqual(m);
  });

  it('agrees with haversine on a sphere to within the ellipsoid flattening (< 0.6 %)', () => {
    for (const lat of [0, 20, 40, 60]) {
      const m = metersPerDegree(lat);
      const d = 0.01;
      expect(Math.abs(m.lat * d - haversineM(116, lat, 116, lat + d)) / (m.lat * d)).toBeLessThan(
        0.006,
      );
      expect(Math.abs(m.lon * d - haversineM(116, lat, 116 + d, lat)) / (m.lon * d)).toBeLessThan(
        0.006,
      );
    }
  });

  it('stays finite at the poles', () => {
    const m = metersPerDegree(90);
    expect(m.lat).toBeCloseTo(111_694, -1);
    expect(m.lon).toBeGreaterThan(0);
    expect(Number.isFinite(degreesAround(1000, 90))).toBe(true);
  });
});

describe('degreesAround', () => {
  it('is a box no smaller than the circle on either axis, widest poleward', () => {
    for (const lat of [0, 40, -40, 70]) {
      const deg = degreesAround(1000, lat);
      expect(deg).toBeGreaterThanOrEqual(1000 / metersPerDegree(lat).lat);
      expect(deg).toBeGreaterThan(1000 / metersPerDegree(lat).lon);
      // Every point on the circle (haversine, sphere) lies inside the box.
      for (let b = 0; b < 360; b += 15) {
        const east = (Math.sin((b * Math.PI) / 180) * 1000) / metersPerDegree(lat).lon;
        const north = (Math.cos((b * Math.PI) / 180) * 1000) / metersPerDegree(lat).lat;
        expect(Math.abs(east)).toBeLessThanOrEqual(deg);
        expect(Math.abs(north)).toBeLessThanOrEqual(deg);
      }
    }
  });
});
