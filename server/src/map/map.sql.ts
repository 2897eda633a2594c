import { and, sql, type SQL } from 'drizzle-orm';
import type { BBox, OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { orgFilterConditions } from '../orgs/orgs.sql.ts';
import { gridRollupCountsSql } from '../policy/index.ts';
import { covJoin, type CoverageSource } from './coverage-source.sql.ts';
import { outsideCentersJoin, outsideCentersLookup, type Reach } from '../places/index.ts';
import { filteredGridCountsFor } from './grid-rates-filtered.sql.ts';
import { gridCells, hasFilter } from './low-zoom.sql.ts';
import {
  cellSizeFor,
  coordDigits,
  GRID_CELL_ZOOM,
  envelope,
  MAX_POINTS,
  metersToDegrees,
  POINT_ZOOM,
  quantizer,
  roundedLonLat,
  simplifyToleranceFor,
} from './viewport.ts';

// Every statement here reads `organizations` unaliased, so the shared OrganizationFilter
// conditions (orgs.sql.ts) apply as they are. Numbers go through Number(): postgres.js returns
// bigint/numeric as strings.

const ACTIVE = sql`cov.status <> 'inactive'`;
const cov = covJoin;

export interface GridRate {
  id: number;
  code: string;
  name: string;
  subdistrictId: number;
  parentId: number | null;
  boundary: string | null;
  organizations: number;
  organizational: number;
  work: number;
  blankSpots: number;
  gaps: number;
}

/** Leaf grids in a bbox or a subdistrict, with the coverage counts of their organizations. */
export async function gridRates(
  database: Database,
  opts: {
    bbox?: BBox;
    zoom?: number;
    subdistrictId?: number;
    source: CoverageSource;
    filter?: OrganizationFilter | null;
  },
): Promise<GridRate[]> {
  const where: SQL[] = [sql`NOT EXISTS (SELECT 1 FROM grids c WHERE c.parent_grid_id = g.id)`];
  if (opts.bbox) where.push(sql`g.boundary && ${envelope(opts.bbox)}`);
  if (opts.subdistrictId != null) where.push(sql`g.subdistrict_id = ${opts.subdistrictId}`);
  const tol = opts.zoom != null ? simplifyToleranceFor(opts.zoom) : 0;
  // Without a zoom (a whole scope asked for), the digits of a street view.
  const digits = coordDigits(opts.zoom ?? 16);
  // With an evaluated profile the counts come from policy's per-grid roll-up (a few rows per
  // grid, grouped once for every grid in view); otherwise from the organizations themselves.
  const gridIds = sql`SELECT g.id FROM grids g WHERE ${and(...where)}`;
  const counts = hasFilter(opts.filter)
    ? sql`LEFT JOIN (${filteredGridCountsFor(opts.source, gridIds, opts.filter!)}) s ON s.grid_id = g.id`
    : opts.source.profileId != null
      ? sql`LEFT JOIN (${gridRollupCountsSql(
          opts.source.profileId,
          sql`SELECT g.id FROM grids g WHERE ${and(...where)}`,
        )}) s ON s.grid_id = g.id`
      : sql`LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE ${ACTIVE}) AS n,
            count(*) FILTER (WHERE cov.status = 'organizational') AS org,
            count(*) FILTER (WHERE cov.status = 'work') AS work,
            count(*) FILTER (WHERE cov.status = 'blank_spot') AS blank,
            count(*) FILTER (WHERE cov.status = 'gap') AS gap
          FROM organizations ${cov(opts.source)}
          WHERE organizations.grid_id = g.id) s ON true`;
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`
    SELECT g.id, g.code, g.name, g.subdistrict_id, g.parent_grid_id,
      ST_AsGeoJSON(ST_SimplifyPreserveTopology(g.boundary, ${tol}), ${digits}) AS boundary,
      s.n, s.org, s.work, s.blank, s.gap
    FROM grids g
    ${counts}
    WHERE ${and(...where)}
    ORDER BY g.id`,
  );
  return found.map((r) => ({
    id: Number(r.id),
    code: String(r.code),
    name: String(r.name),
    subdistrictId: Number(r.subdistrict_id),
    parentId: r.parent_grid_id == null ? null : Number(r.parent_grid_id),
    boundary: (r.boundary as string | null) ?? null,
    organizations: Number(r.n ?? 0),
    organizational: Number(r.org ?? 0),
    work: Number(r.work ?? 0),
    blankSpots: Number(r.blank ?? 0),
    gaps: Number(r.gap ?? 0),
  }));
}

export interface OrgPoint {
  id: number;
  name: string;
  lon: number;
  lat: number;
  status: string;
}
export interface OrgCell {
  lon: number;
  lat: number;
  count: number;
  blankSpots: number;
  gaps: number;
}
export type OrgLayer = 'blank_spots' | 'outside_centers';

/**
 * Organizations of one layer in the viewport: single points from POINT_ZOOM on (up to
 * MAX_POINTS), otherwise counts per square cell, so a district of 1M organizations still
 * answers with a few thousand rows at most.
 */
export async function orgsInView(
  database: Database,
  opts: {
    bbox: BBox;
    zoom: number;
    layer: OrgLayer;
    filter?: OrganizationFilter | null;
    /** Walking minutes, or null for each center's own radius. */
    reach: Reach;
    source: CoverageSource;
  },
): Promise<{ aggregated: boolean; cellSize: number | null; cells: OrgCell[]; points: OrgPoint[] }> {
  const conds: SQL[] = [
    sql`organizations.location && ${envelope(opts.bbox)}`,
    ...orgFilterConditions(opts.filter),
  ];
  const outside = opts.layer === 'outside_centers' ? opts.reach : null;
  if (opts.zoom < GRID_CELL_ZOOM && opts.source.profileId != null && !hasFilter(opts.filter)) {
    const cells = await gridCells(database, opts.bbox, opts.source.profileId, outside);
    return { aggregated: true, cellSize: null, cells, points: [] };
  }
  // Outside every circle: precomputed per organization (places' org_center_reach); a probe per
  // organization where points are drawn, a join where cells count a wider view. The reach is
  // applied first, in a subquery the planner keeps: it leaves fewer rows to probe for their
  // status (issue 14: 2,541 of 6,145 in the densest street view at 1M).
  const reachJoin = opts.zoom >= POINT_ZOOM ? outsideCentersLookup : outsideCentersJoin;
  const from = outside
    ? sql`FROM (SELECT organizations.* FROM organizations ${reachJoin(outside)}
        WHERE ${and(...conds)} OFFSET 0) organizations ${cov(opts.source)} WHERE ${ACTIVE}`
    : sql`FROM organizations ${cov(opts.source)}
        WHERE ${and(...conds, sql`cov.status IN ('blank_spot', 'gap')`)}`;

  if (opts.zoom >= POINT_ZOOM) {
    // Request connections run without parallel workers (db/client.ts), whose start-up was most
    // of a street view's time at 1M (issue 14).
    const found = await rows<Record<string, unknown>>(
      database.db,
      sql`
        SELECT organizations.id, organizations.name, ST_X(organizations.location) AS lon,
          ST_Y(organizations.location) AS lat, cov.status
        ${from} LIMIT ${MAX_POINTS + 1}`,
    );
    if (found.length <= MAX_POINTS) {
      const q = quantizer(opts.zoom);
      // Ordered here, not by the statement: all of them are sent anyway, and an ORDER BY made the
      // planner gather the rows from parallel workers, whose start-up cost most of a street
      // view's time at 1M (issue 14: 30 of 43 ms).
      const points = found
        .map((r) => ({
          id: Number(r.id),
          name: String(r.name),
          ...roundedLonLat(q, r),
          status: String(r.status),
        }))
        .sort((a, b) => a.id - b.id);
      return { aggregated: false, cellSize: null, cells: [], points };
    }
  }
  const size = cellSizeFor(opts.zoom);
  const q = quantizer(opts.zoom);
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`
    SELECT avg(ST_X(organizations.location)) AS lon, avg(ST_Y(organizations.location)) AS lat,
      count(*) AS n,
      count(*) FILTER (WHERE cov.status = 'blank_spot') AS blank,
      count(*) FILTER (WHERE cov.status = 'gap') AS gap
    ${from}
    GROUP BY floor(ST_X(organizations.location) / ${size}), floor(ST_Y(organizations.location) / ${size})`,
  );
  const cells = found.map((r) => ({
    ...roundedLonLat(q, r),
    count: Number(r.n),
    blankSpots: Number(r.blank),
    gaps: Number(r.gap),
  }));
  return { aggregated: true, cellSize: size, cells, points: [] };
}

export async function centersInView(database: Database, bbox: BBox, reachM: number | null) {
  const [row] = await rows<{ r: unknown }>(
    database.db,
    sql`SELECT max(service_radius_m) AS r FROM service_centers`,
  );
  const deg = metersToDegrees(reachM ?? Number(row?.r ?? 0), bbox);
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`
    SELECT id, name, level, service_radius_m, ST_X(location) AS lon, ST_Y(location) AS lat
    FROM service_centers WHERE location && ST_Expand(${envelope(bbox)}, ${deg}) ORDER BY id`,
  );
  return found.map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    level: String(r.level),
    serviceRadiusM: Number(r.service_radius_m),
    lon: Number(r.lon),
    lat: Number(r.lat),
  }));
}
