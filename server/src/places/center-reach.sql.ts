import { sql, type SQL } from 'drizzle-orm';

// How other concepts (the map) read which organizations the service centers reach, from
// org_center_reach and center_reach_rollup (places.tables.ts), kept by triggers in the writing
// transaction (migration 0010_center_reach.sql): "outside every circle" is a lookup, not a
// distance join per request (issue 14).

/** A walking time in whole minutes (at map/viewport.ts's pace), or null for each center's own radius. */
export interface Reach {
  walkMinutes: number | null;
}

const outside = (reach: Reach, alias: string): SQL =>
  reach.walkMinutes == null
    ? sql.raw(`${alias}.outside_own`)
    : sql`${sql.raw(alias)}.walk_minutes > ${Math.trunc(reach.walkMinutes)}::int`;

/**
 * Keeps only rows of `organizations` (unaliased) that are active and outside every center's
 * circle: a primary-key lookup per organization.
 */
export const outsideCentersJoin = (reach: Reach): SQL =>
  sql`JOIN org_center_reach reach ON reach.organization_id = organizations.id AND reach.active
    AND ${outside(reach, 'reach')}`;

/**
 * The same filter as one primary-key probe per organization, whatever the planner estimates:
 * for the few thousand organizations of a map viewport, where a hash join would read the whole
 * of org_center_reach (issue 14: 1.7 s for a street view at 1M).
 */
export const outsideCentersLookup = (reach: Reach): SQL =>
  sql`CROSS JOIN LATERAL (SELECT 1 FROM org_center_reach reach
    WHERE reach.organization_id = organizations.id AND reach.active
      AND ${outside(reach, 'reach')} OFFSET 0) reach`;

/** Per grid of `gridIds` (a subquery): grid_id, n = its active organizations outside every circle. */
export const gridOutsideCountsSql = (gridIds: SQL, reach: Reach): SQL =>
  sql`SELECT h.grid_id, sum(h.organizations) AS n, 0 AS blank, 0 AS gap
      FROM center_reach_rollup h
      WHERE h.grid_id IN (${gridIds}) AND ${outside(reach, 'h')}
      GROUP BY h.grid_id`;
