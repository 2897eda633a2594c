import gcoord from 'gcoord';
import type { Geometry, Position } from '../db/geojson.ts';

/**
 * The coordinate systems input may be in (a ledger file, a boundary drawn on a Chinese web map):
 * WGS84 (GPS, what we store),
 * GCJ-02 (the national "Mars" offset used by AMap / Tencent maps) and BD-09 (Baidu maps).
 * Conversions by `gcoord`, checked against a reference implementation in coords.test.ts.
 */
export type Crs = 'wgs84' | 'gcj02' | 'bd09';
export const CRS_VALUES: readonly Crs[] = ['wgs84', 'gcj02', 'bd09'];

const GCOORD = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

export function toWgs84(lon: number, lat: number, from: Crs): [number, number] {
  if (from === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], GCOORD[from], gcoord.WGS84) as [number, number];
  return [x, y];
}

export function fromWgs84(lon: number, lat: number, to: Crs): [number, number] {
  if (to === 'wgs84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], gcoord.WGS84, GCOORD[to]) as [number, number];
  return [x, y];
}

/** Accepts `WGS84`, `gcj-02`, `BD09` ... as a CLI or sheet would spell them. */
export function parseCrs(text: string): Crs | undefined {
  const v = text
    .trim()
    .toLowerCase()
    .replace(/[-_\s]/g, '');
  return v === 'wgs84' || v === 'gcj02' || v === 'bd09' ? v : undefined;
}

/** A geometry in `from` converted to WGS84, position by position (a new object; `g` is kept). */
export function geometryToWgs84<T extends Geometry>(g: T, from: Crs | null | undefined): T {
  if (!from || from === 'wgs84') return g;
  const point = ([lon, lat, ...rest]: Position): Position => [
    ...toWgs84(lon!, lat!, from),
    ...rest,
  ];
  return mapPositions(g, point);
}

function mapPositions<T extends Geometry>(g: T, f: (p: Position) => Position): T {
  const out: Geometry = (() => {
    switch (g.type) {
      case 'Point':
        return { ...g, coordinates: f(g.coordinates) };
      case 'MultiPoint':
      case 'LineString':
        return { ...g, coordinates: g.coordinates.map(f) };
      case 'MultiLineString':
      case 'Polygon':
        return { ...g, coordinates: g.coordinates.map((l) => l.map(f)) };
      case 'MultiPolygon':
        return { ...g, coordinates: g.coordinates.map((p) => p.map((l) => l.map(f))) };
      case 'GeometryCollection':
        return { ...g, geometries: g.geometries.map((x) => mapPositions(x, f)) };
    }
  })();
  return out as T;
}
