import { sql } from 'drizzle-orm';
import type { BBox } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { buildingCountsSql } from '../policy/index.ts';
import { covJoin, type CoverageSource } from './coverage-source.sql.ts';
import { atGridPoints, gridsInView } from './low-zoom.sql.ts';
import { cellSizeFor, coordDigits, envelope, quantizer, roundedLonLat } from './viewport.ts';

/**
 * Padding of a joint branch's hull (about 40 m), so that two or three units still enclose an
 * area. Cosmetic, so degrees are good enough.
 */
const HULL_PADDING_DEG = 0.0004;

export interface JointMember {
  id: number;
  name: string;
  lon: number;
  lat: number;
  status: string;
}
export interface JointBranch {
  id: number;
  name: string;
  seatLon: number;
  seatLat: number;
  unitCount: number;
  hull: string | null;
  members: JointMember[];
}

/**
 * At most this many joint branches are drawn with members and hull in one view (the street view
 * of the densest square kilometre at 1M organizations held 697 branches, 848 kB; issue 14):
 * those whose seat lies nearest the view's centre; `total` still counts them all, so the map says
 * how many more a closer zoom shows.
 */
export const MAX_JOINT_BRANCHES = 100;

/**
 * Joint party organizations in force with a member unit or their seat in the bbox: how many
 * (`total`), and up to `limit` of them (nearest seat to the bbox's centre first) with members.
 */
export async function jointBranchesInView(
  database: Database,
  bbox: BBox,
  source: CoverageSource,
  zoom: number,
  limit = MAX_JOINT_BRANCHES,
): Promise<{ total: number; branches: JointBranch[] }> {
  const env = envelope(bbox);
  const q = quantizer(zoom);
  const centre = sql`ST_SetSRID(ST_MakePoint(${(bbox.minLon + bbox.maxLon) / 2}, ${
    (bbox.minLat + bbox.maxLat) / 2
  }), 4326)`;
  // Branches hit by an organization in the bbox or by their seat, then their members: each step
  // an index lookup per row (LATERAL with LIMIT / OFFSET 0, which the planner cannot flatten),
  // since a flattened join reads every unit and every party organization (issue 14: ~1 s at 1M).
  // The hull's padding is drawn with two segments per quarter circle: a handful of vertices per
  // branch instead of 32 (issue 14: the street view sent 858 kB).
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`
    WITH hit AS (
      SELECT x.party_organization_id AS id FROM organizations o
      CROSS JOIN LATERAL (
        SELECT u.party_organization_id FROM party_org_units u
        WHERE u.organization_id = o.id AND u.left_on IS NULL LIMIT 1) x
      WHERE o.location && ${env}
      UNION
      SELECT id FROM party_organizations WHERE seat && ${env}
    ),
    b AS MATERIALIZED (
      SELECT p.id, p.name, p.seat FROM hit CROSS JOIN LATERAL (
        SELECT p.id, p.name, p.seat FROM party_organizations p
        WHERE p.id = hit.id AND p.is_joint AND p.dissolved_on IS NULL LIMIT 1) p
    ),
    top AS (
      SELECT * FROM b ORDER BY b.seat <-> ${centre} NULLS LAST, b.id LIMIT ${limit}
    ),
    m AS (
      SELECT top.id AS pid, top.name AS pname, top.seat, mem.*
      FROM top CROSS JOIN LATERAL (
        SELECT organizations.id, organizations.name, organizations.location, cov.status
        FROM party_org_units u
        JOIN organizations ON organizations.id = u.organization_id
        ${covJoin(source)}
        WHERE u.party_organization_id = top.id AND u.left_on IS NULL
          AND organizations.location IS NOT NULL
        OFFSET 0) mem
    ),
    g AS (
      SELECT pid, pname,
        COALESCE(seat, ST_Centroid(ST_Collect(location))) AS seat,
        ST_Collect(location) AS pts, count(*) AS n,
        json_agg(json_build_object('id', id, 'name', name, 'lon', ST_X(location),
          'lat', ST_Y(location), 'status', status) ORDER BY id) AS members
      FROM m GROUP BY pid, pname, seat
    )
    SELECT pid, pname, ST_X(seat) AS lon, ST_Y(seat) AS lat, n, members,
      ST_AsGeoJSON(ST_Buffer(ST_ConvexHull(ST_Collect(pts, seat)), ${HULL_PADDING_DEG},
        'quad_segs=2'), ${coordDigits(zoom)}) AS hull,
      (SELECT count(*) FROM b WHERE EXISTS (
        SELECT 1 FROM party_org_units u JOIN organizations ON organizations.id = u.organization_id
        WHERE u.party_organization_id = b.id AND u.left_on IS NULL
          AND organizations.location IS NOT NULL)) AS total
    FROM g ORDER BY pid`,
  );
  const branches = found.map((r) => ({
    id: Number(r.pid),
    name: String(r.pname),
    seatLon: q(Number(r.lon)),
    seatLat: q(Number(r.lat)),
    unitCount: Number(r.n),
    hull: (r.hull as string | null) ?? null,
    members: (typeof r.members === 'string'
      ? (JSON.parse(r.members) as JointMember[])
      : (r.members as JointMember[])
    ).map((x) => ({ ...x, id: Number(x.id), lon: q(Number(x.lon)), lat: q(Number(x.lat)) })),
  }));
  return { total: found.length > 0 ? Number(found[0]!.total) : 0, branches };
}

export interface JointCell {
  lon: number;
  lat: number;
  branches: number;
  units: number;
  overLimit: number;
}

/**
 * The joint branches in force in the bbox counted per square cell of `cellSizeFor(zoom)`: each
 * grid's branches at the grid's point on surface (as the zoomed-out organization layers) from
 * the counts kept by triggers (policy's joint_grid_units), a few rows per grid however many
 * branches a district holds (issue 14: a seat per branch was 400 kB); branches recorded without
 * a grid live, at their seat. A cell's position is the mean of its points weighted by branches.
 */
export async function jointCellsInView(
  database: Database,
  bbox: BBox,
  zoom: number,
  jointUnitLimit: number,
): Promise<{ cellSize: number; cells: JointCell[] }> {
  const size = cellSizeFor(zoom);
  const q = quantizer(zoom);
  const perGrid = sql`SELECT j.grid_id, sum(j.branches) AS branches,
      sum(j.branches * j.units) AS units,
      COALESCE(sum(j.branches) FILTER (WHERE j.units > ${jointUnitLimit}), 0) AS over
    FROM joint_grid_units j WHERE j.grid_id IN (${gridsInView(bbox)})
    GROUP BY j.grid_id`;
  // Grid points and gridless seats, then merged per square cell (about 32 pixels): a district
  // view sends a cell per square, not one per grid.
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`
    SELECT sum(c.lon * c.branches) / sum(c.branches) AS lon,
      sum(c.lat * c.branches) / sum(c.branches) AS lat,
      sum(c.branches) AS branches, sum(c.units) AS units, sum(c.over) AS over
    FROM (
      ${atGridPoints(perGrid, sql`a.branches, a.units, a.over`)}
      UNION ALL
      SELECT ST_X(p.seat), ST_Y(p.seat), 1, n.units, (n.units > ${jointUnitLimit})::int
      FROM party_organizations p
      JOIN party_unit_counts n ON n.party_organization_id = p.id
      WHERE p.seat && ${envelope(bbox)} AND p.is_joint AND p.grid_id IS NULL
        AND p.dissolved_on IS NULL AND n.units > 0
    ) c
    GROUP BY floor(c.lon / ${size}), floor(c.lat / ${size})`,
  );
  const cells = found.map((r) => ({
    ...roundedLonLat(q, r),
    branches: Number(r.branches),
    units: Number(r.units),
    overLimit: Number(r.over),
  }));
  return { cellSize: size, cells };
}

export interface WorkstationPoint {
  id: number;
  name: string;
  buildingId: number;
  buildingName: string;
  lon: number;
  lat: number;
  organizations: number;
  blankSpots: number;
}

/** Buildings with a workstation in the bbox, with how many active organizations they hold. */
export async function workstationsInView(
  database: Database,
  bbox: BBox,
  source: CoverageSource,
): Promise<WorkstationPoint[]> {
  // With an evaluated profile, policy's coverage rows carry the building (one index range).
  const counts =
    source.profileId != null
      ? buildingCountsSql(source.profileId, sql`b.id`)
      : sql`SELECT count(*) FILTER (WHERE cov.status <> 'inactive') AS n,
            count(*) FILTER (WHERE cov.status = 'blank_spot') AS blank
          FROM organizations ${covJoin(source)}
          WHERE organizations.building_id = b.id`;
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`
    SELECT w.id, w.name, b.id AS building_id, b.name AS building_name,
      ST_X(b.location) AS lon, ST_Y(b.location) AS lat, s.n, s.blank
    FROM building_workstations w
    JOIN buildings b ON b.id = w.building_id
    LEFT JOIN LATERAL (${counts}) s ON true
    WHERE b.location && ${envelope(bbox)}
    ORDER BY w.id`,
  );
  return found.map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    buildingId: Number(r.building_id),
    buildingName: String(r.building_name),
    lon: Number(r.lon),
    lat: Number(r.lat),
    organizations: Number(r.n ?? 0),
    blankSpots: Number(r.blank ?? 0),
  }));
}
