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
