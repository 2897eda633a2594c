import { sql, type SQL } from 'drizzle-orm';
import type { BBox } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { gridOutsideCountsSql, type Reach } from '../places/index.ts';
import { gridGapCountsSql } from '../policy/index.ts';
import type { OrgCell } from './map.sql.ts';
import { filterIsSet } from '../orgs/orgs.sql.ts';
import { envelope } from './viewport.ts';

/** Any filter set: grid aggregates from policy's tables cannot apply the ledger's filters. */
export const hasFilter = filterIsSet;

/** The grids in the bbox, for a per-grid count (`grid_id IN (...)`). */
export const gridsInView = (bbox: BBox): SQL =>
  sql`SELECT id FROM grids WHERE boundary && ${envelope(bbox)}`;

/**
 * Rows of `counts` (per `grid_id`, aliased `a`) placed at their grid's point on surface:
 * `lon`, `lat` and the `columns` of `a`.
 */
export const atGridPoints = (counts: SQL, columns: SQL): SQL =>
  sql`SELECT ST_X(pt) AS lon, ST_Y(pt) AS lat, ${columns}
    FROM (${counts}) a
    JOIN grids g ON g.id = a.grid_id
    CROSS JOIN LATERAL ST_PointOnSurface(g.boundary) pt`;

/**
 * One cell per grid in the bbox, at the grid's point on surface, counted from roll-ups kept with
 * the writes: policy's coverage roll-up for blank spots and gaps, or - with `outside` - the
 * active organizations no center reaches (places' reach roll-up). A few rows per grid: cost
 * grows with the grids on screen, not with the organizations.
 */
export async function gridCells(
  database: Database,
  bbox: BBox,
  profileId: number,
  outside: Reach | null,
): Promise<OrgCell[]> {
  const grids = gridsInView(bbox);
  const counts: SQL = outside
    ? gridOutsideCountsSql(grids, outside)
    : gridGapCountsSql(profileId, grids);
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`${atGridPoints(counts, sql`a.n, a.blank, a.gap`)} WHERE a.n > 0`,
  );
  return found.map((r) => ({
    lon: Number(r.lon),
    lat: Number(r.lat),
    count: Number(r.n),
    blankSpots: Number(r.blank),
    gaps: Number(r.gap),
  }));
}
