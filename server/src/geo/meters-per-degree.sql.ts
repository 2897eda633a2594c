import { sql, type SQL } from 'drizzle-orm';
import { WGS84_A, WGS84_E2 } from './meters-per-degree.ts';

const RAD = Math.PI / 180;

/**
 * metersPerDegree (meters-per-degree.ts) as SQL over a latitude expression in degrees, for
 * per-row distances where a spheroid computation per pair would cost too much: the same WGS 84
 * formula from the same constants (tests/api/map.test.ts holds the two together).
 */
export function metersPerDegreeSql(lat: SQL): { lat: SQL; lon: SQL } {
  const w = sql`(1 - ${WGS84_E2}::float8 * power(sin(radians(${lat})), 2))`;
  return {
    lat: sql`(${RAD * WGS84_A * (1 - WGS84_E2)}::float8 / power(${w}, 1.5))`,
    lon: sql`(${RAD * WGS84_A}::float8 / sqrt(${w}) * cos(radians(${lat})))`,
  };
}
