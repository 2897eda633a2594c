/**
 * Metres per degree on the WGS 84 ellipsoid, the model PostGIS's `geography` measures on
 * (ST_DWithin, ST_Distance). One degree of latitude spans the meridian's radius of curvature M,
 * one degree of longitude the prime vertical's N times cos(latitude):
 *
 *   M = a (1 - e²) / (1 - e² sin²φ)^(3/2)      N = a / sqrt(1 - e² sin²φ)
 *
 * (e.g. https://en.wikipedia.org/wiki/Latitude#Meridian_distance and
 * https://en.wikipedia.org/wiki/Longitude#Length_of_a_degree_of_longitude). At the equator that
 * is 110 574 m and 111 320 m; at Shunyi (40°N) 111 035 m and 85 394 m.
 */

/** WGS 84 semi-major axis (metres) and flattening (EPSG:4326). */
export const WGS84_A = 6_378_137;
const F = 1 / 298.257223563;
/** First eccentricity squared. */
export const WGS84_E2 = F * (2 - F);
const A = WGS84_A;
const E2 = WGS84_E2;
const RAD = Math.PI / 180;
/** cos(latitude) is held at or above this near the poles, so degrees stay finite. */
const MIN_COS = 0.01;

export interface MetersPerDegree {
  /** Metres along a meridian per degree of latitude. */
  lat: number;
  /** Metres along the parallel per degree of longitude. */
  lon: number;
}

/** Local metres per degree of latitude and of longitude at latitude `lat` (degrees). */
export function metersPerDegree(lat: number): MetersPerDegree {
  const phi = Math.min(90, Math.abs(lat)) * RAD;
  const w = 1 - E2 * Math.sin(phi) ** 2;
  return {
    lat: (RAD * A * (1 - E2)) / w ** 1.5,
    lon: ((RAD * A) / Math.sqrt(w)) * Math.max(Math.cos(phi), MIN_COS),
  };
}

/**
 * Half the edge, in degrees, of a square box around a point at latitude `lat` that holds every
 * point within `meters` of it: the bbox prefilter (`geom && ST_Expand(point, degrees)`) before an
 * exact `ST_DWithin(geography)`. Longitude degrees are taken at the circle's poleward edge, where
 * they are widest, so the box is never too small; a degree of longitude is never shorter than a
 * degree of latitude there, so one number serves both axes.
 */
export function degreesAround(meters: number, lat: number): number {
  const dLat = meters / metersPerDegree(lat).lat;
  const poleward = Math.min(90, Math.abs(lat) + dLat);
  return Math.max(dLat, meters / metersPerDegree(poleward).lon);
}
