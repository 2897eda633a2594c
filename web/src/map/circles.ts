import circle from '@turf/circle';
import type { Feature, Polygon } from 'geojson';

/** Walking speed for the walking-time circles (DOMAIN.md: a 5-minute walk is about 400 m). */
export const WALK_METERS_PER_MINUTE = 80;

/** A center's reach in metres: its own service radius, or the distance walked in `walk` minutes. */
export const reachMeters = (ownRadiusM: number, walk: number): number =>
  walk > 0 ? walk * WALK_METERS_PER_MINUTE : ownRadiusM;

/**
 * A circle of true ground radius (geodesic, via turf's destination), not a pixel radius: it keeps
 * its size in metres at every zoom and latitude.
 */
export function groundCircle(
  lon: number,
  lat: number,
  meters: number,
  properties: Record<string, unknown>,
): Feature<Polygon> {
  return circle([lon, lat], meters / 1000, { steps: 64, units: 'kilometers', properties });
}
