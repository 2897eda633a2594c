import { sql, type SQL } from 'drizzle-orm';
import type { BBox, OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { metersPerDegreeSql } from '../geo/index.ts';
import { gridGapCountsSql, gridUnreachedCountsSql } from '../policy/index.ts';
import type { OrgCell } from './map.sql.ts';
import { envelope, metersToDegrees } from './viewport.ts';

/** Any filter set: grid aggregates from policy's tables cannot apply the ledger's filters. */
export const hasFilter = (f: OrganizationFilter | null | undefined) =>
  !!f && Object.values(f).some((v) => v != null && !(Array.isArray(v) && v.length === 0));

/**
 * Ids of the organizations some service center near the bbox reaches, in metres on the
 * ground: from the centers' side, each an index range scan on organization locations, then the
 * distance in a local equirectangular frame at the center's latitude (metres per degree of the
 * WGS84 ellipsoid there). Within a few kilometres this differs from the geodesic distance by far
 * less than a metre, and costs a few multiplications instead of a spheroid computation per pair
 * (a million-organization district has millions of pairs). `reachM` null: each center's own
 * radius.
 */
export async function coveredSql(
  database: Database,
  bbox: BBox,
  reachM: number | null,
): Promise<SQL> {
  const [row] = await rows<{ r: unknown }>(
    database.db,
    sql`SELECT max(service_radius_m) AS r FROM service_centers`,
  );
  const maxDeg = metersToDegrees(reachM ?? Number(row?.r ?? 0), bbox);
  const degPerM = metersToDegrees(1, bbox);
  const radius = reachM == null ? sql`c.service_radius_m` : sql`${reachM}::int`;
  // Metres per degree at the center's latitude (WGS84).
  const { lat: mLat, lon: mLon } = metersPerDegreeSql(sql`ST_Y(c.location)`);
  return sql`SELECT DISTINCT o.id FROM service_centers c
    JOIN organizations o ON o.location && ST_Expand(c.location, ${radius} * ${degPerM}::float8)
      AND power((ST_X(o.location) - ST_X(c.location)) * ${mLon}, 2)
        + power((ST_Y(o.location) - ST_Y(c.location)) * ${mLat}, 2) <= power(${radius}, 2)
    WHERE c.location && ST_Expand(${envelope(bbox)}, ${maxDeg}::float8)`;
}

/**
 * One cell per grid in the bbox, at the grid's point on surface, counted from policy's
 * materialized coverage (issue 4) for the profile: blank spots and gaps, or - with `covered` -
 * active organizations that no center reaches (the roll-up total minus those reached). Cost
 * grows with the grids on screen and the organizations near centers, not with the district.
 */
export async function gridCells(
  database: Database,
  bbox: BBox,
  profileId: number,
  covered: SQL | null,
): Promise<OrgCell[]> {
  const grids = sql`SELECT id FROM grids WHERE boundary && ${envelope(bbox)}`;
  const counts = covered
    ? gridUnreachedCountsSql(profileId, grids, covered)
    : gridGapCountsSql(profileId, grids);
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`
    SELECT ST_X(pt) AS lon, ST_Y(pt) AS lat, a.n, a.blank, a.gap
    FROM (${counts}) a
    JOIN grids g ON g.id = a.grid_id
    CROSS JOIN LATERAL ST_PointOnSurface(g.boundary) pt
    WHERE a.n > 0`,
  );
  return found.map((r) => ({
    lon: Number(r.lon),
    lat: Number(r.lat),
    count: Number(r.n),
    blankSpots: Number(r.blank),
    gaps: Number(r.gap),
  }));
}
