import gcoord from 'gcoord';
import type { Geometry } from '../db/geojson.ts';

/** Coordinate systems a client may draw in (Chinese web maps use GCJ-02 or BD-09). */
export type InputCrs = 'wgs84' | 'gcj02' | 'bd09';

/**
 * Converts input drawn on a GCJ-02 or BD-09 base map to WGS84 at the edge, so everything stored
 * is EPSG:4326. gcoord transforms GeoJSON geometry in place; we copy first.
 */
export function toWgs84<T extends Geometry>(g: T, crs: InputCrs | null | undefined): T {
  if (!crs || crs === 'wgs84') return g;
  const from = crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
  return gcoord.transform(structuredClone(g) as never, from, gcoord.WGS84) as unknown as T;
}
