import { describe, expect, it } from 'vitest';
import { localPlane, planeDistance } from './local-metres.ts';

describe('localPlane', () => {
  it("matches PostGIS's geodesic distance at Shunyi within 0.1 %", () => {
    const p = localPlane(116.65, 40.13);
    // ST_Distance(geography) on PostGIS 3.3 for the same pairs of points.
    for (const [lon, lat, metres] of [
      [116.66, 40.13, 852.317],
      [116.65, 40.14, 1110.372],
      [116.67, 40.145, 2383.113],
    ] as const) {
      const d = planeDistance(p.x(116.65), p.y(40.13), p.x(lon), p.y(lat));
      expect(Math.abs(d - metres) / metres).toBeLessThan(0.001);
    }
  });
});
