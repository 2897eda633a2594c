import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { fromWgs84, geometryToWgs84, toWgs84 } from './crs.ts';

// Reference: the published GCJ-02 obfuscation (Krasovsky 1940 ellipsoid) and the BD-09 offset,
// as in the widely used public-domain eviltransform code, written out here independently.
const A = 6378245.0;
const EE = 0.006693421622965943; // 0.00669342162296594323 rounded to a double
const X_PI = (Math.PI * 3000.0) / 180.0;
function tLat(x: number, y: number) {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}
function tLon(x: number, y: number) {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}
function refWgsToGcj(lon: number, lat: number): [number, number] {
  let dLat = tLat(lon - 105, lat - 35);
  let dLon = tLon(lon - 105, lat - 35);
  const rad = (lat / 180) * Math.PI;
  let magic = Math.sin(rad);
  magic = 1 - EE * magic * magic;
  const sq = Math.sqrt(magic);
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sq)) * Math.PI);
  dLon = (dLon * 180) / ((A / sq) * Math.cos(rad) * Math.PI);
  return [lon + dLon, lat + dLat];
}
function refGcjToBd(lon: number, lat: number): [number, number] {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const t = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
  return [z * Math.cos(t) + 0.0065, z * Math.sin(t) + 0.006];
}

/** Metres between two WGS84 points (haversine). */
function metres(a: [number, number], b: [number, number]) {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r;
  const dLon = (b[0] - a[0]) * r;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

// Places in and around Shunyi (WGS84): the district seat, the airport, a village in the north.
const POINTS: [number, number][] = [
  [116.653525, 40.128936],
  [116.5871, 40.0799],
  [116.9, 40.25],
  [116.397428, 39.90923],
];

describe('coordinate conversion (gcoord) against the reference formulas', () => {
  it.each(POINTS)('WGS84 -> GCJ-02 matches the reference within 1 m at %f, %f', (lon, lat) => {
    expect(metres(fromWgs84(lon, lat, 'gcj02'), refWgsToGcj(lon, lat))).toBeLessThan(1);
  });

  it.each(POINTS)('WGS84 -> BD-09 matches the reference within 1 m at %f, %f', (lon, lat) => {
    const ref = refGcjToBd(...refWgsToGcj(lon, lat));
    expect(metres(fromWgs84(lon, lat, 'bd09'), ref)).toBeLessThan(1);
  });

  it.each(POINTS)('GCJ-02 round trip returns within 1 m at %f, %f', (lon, lat) => {
    const there = refWgsToGcj(lon, lat);
    expect(metres(toWgs84(there[0], there[1], 'gcj02'), [lon, lat])).toBeLessThan(1);
  });

  it.each(POINTS)('BD-09 round trip returns within 1 m at %f, %f', (lon, lat) => {
    const there = refGcjToBd(...refWgsToGcj(lon, lat));
    expect(metres(toWgs84(there[0], there[1], 'bd09'), [lon, lat])).toBeLessThan(1);
  });

  it('the offsets are real (hundreds of metres), so a wrong declaration would show', () => {
    const [lon, lat] = POINTS[0]!;
    expect(metres(fromWgs84(lon, lat, 'gcj02'), [lon, lat])).toBeGreaterThan(100);
    expect(metres(fromWgs84(lon, lat, 'bd09'), [lon, lat])).toBeGreaterThan(500);
    expect(toWgs84(lon, lat, 'wgs84')).toEqual([lon, lat]);
  });
});

describe('geometryToWgs84', () => {
  /** A closed ring through three of the places (its closing position a copy, as parsed). */
  const closing: [number, number] = [...POINTS[0]!];
  const ring = [...POINTS.slice(0, 3), closing];
  it("converts every position as gcoord's GeoJSON transform does, and leaves the input alone", () => {
    for (const crs of ['gcj02', 'bd09'] as const) {
      const input = { type: 'MultiPolygon' as const, coordinates: [[ring]] };
      const copy = structuredClone(input);
      const out = geometryToWgs84(input, crs);
      const from = crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
      expect(out).toEqual(gcoord.transform(structuredClone(copy), from, gcoord.WGS84));
      expect(input).toEqual(copy);
    }
  });
  it('returns WGS84 input as it is', () => {
    const p = { type: 'Point' as const, coordinates: [116.6, 40.1] };
    expect(geometryToWgs84(p, 'wgs84')).toBe(p);
    expect(geometryToWgs84(p, null)).toBe(p);
  });
});
