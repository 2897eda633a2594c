import type { Geometry } from '../db/geojson.ts';
import { geometryToWgs84, type Crs } from '../geo/index.ts';

/** Coordinate systems a client may draw in (Chinese web maps use GCJ-02 or BD-09). */
export type InputCrs = Crs;

/** Converts input drawn on a GCJ-02 or BD-09 base map to WGS84 at the edge (geo/crs.ts). */
export function toWgs84<T extends Geometry>(g: T, crs: InputCrs | null | undefined): T {
  return geometryToWgs84(g, crs);
}
