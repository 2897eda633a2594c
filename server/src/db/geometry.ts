import { customType } from 'drizzle-orm/pg-core';
import { parseEwkbHex } from './ewkb.ts';
import { toEwkt } from './ewkt.ts';
import type { Geometry, MultiPolygon, Point } from './geojson.ts';

/**
 * PostGIS columns. drizzle's built-in `geometry()` handles points only and drops the SRID, so we
 * declare our own (shared/STACK.md). Values are GeoJSON in TypeScript; they travel to the
 * database as EWKT (PostGIS casts text input) and come back as hex EWKB, parsed here.
 */
function geometryType<T extends Geometry>(pgType: string) {
  return customType<{ data: T; driverData: string }>({
    dataType: () => pgType,
    toDriver: (value) => toEwkt(value),
    fromDriver: (value) => parseEwkbHex(value) as T,
  });
}

export const point = geometryType<Point>('geometry(Point,4326)');
export const multiPolygon = geometryType<MultiPolygon>('geometry(MultiPolygon,4326)');

/**
 * A row type whose geometry columns may be absent: loaders read rows without them and the
 * GraphQL field loads the geometry only when asked (geography/geography.loaders.ts).
 */
export type WithLazyGeometry<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
