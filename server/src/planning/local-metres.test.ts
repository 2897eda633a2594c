import { describe, expect, it } from 'vitest';
import { localPlane, planeDistance } from './local-metres.ts';

describe('localPlane', () => {
  it('matches a geodesic distance at Shunyi within 0.1 %', () => {
    const p = localPlane(116.65, 40.13);
    // 0.01° of longitude at 40.13°N is ~853 m on WGS 84 (PostGIS ST_Distance(geography)).
    const d = planeDistance(p.x(116.65), p.y(40.13), p.x(116.66), p.y(40.13));
    expect(Math.abs(d - 853.2) / 853.2).toBeLessThan(0.001);
    const n = planeDistance(p.x(116.65), p.y(40.13), p.x(116.65), p.y(40.14));
    expect(Math.abs(n - 1110.4) / 1110.4).toBeLessThan(0.001);
  });
});
