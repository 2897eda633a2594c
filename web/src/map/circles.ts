import circle from '@turf/circle';
import type { Feature, Polygon } from 'geojson';

/**
 * A center's reach in metres: its own service radius, or the distance walked in `walk` minutes
 * at the server's walking speed (`mapInfo.walkMetersPerMinute`, the same the server measures
 * "outside every circle" with).
 */
export const reachMeters = (
  ownRadiusM: number,
  walk: number,
  walkMetersPerMinute: number,
): number => (walk > 0 ? walk * walkMetersPerMinute : ownRadiusM);

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
