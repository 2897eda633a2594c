import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import type { Geometry, Point } from '../db/geojson.ts';
import { rows } from '../db/rows.ts';
import { badInput } from '../errors.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { EditReasons, LIMITS } from './limits.ts';

/**
 * The tiling invariant (issue 13): the top-level grids of a subdistrict cover its stored boundary
 * exactly, and sibling grids (same subdistrict, same parent) never overlap. Pieces under
 * `LIMITS.tilingToleranceM2` are float noise. Plain PostGIS overlays (ST_Union, ST_Difference,
 * ST_Intersection, ST_Dump): they behave the same on PGlite (PostGIS 3.6) and the server (3.3);
 * postgis_topology does not work on PGlite.
 *
 * "The subdistrict" is `subdistricts.boundary`: the demo generates grids as Voronoi cells clipped
 * to it, so the two agree. Child grids (parent_grid_id set) must not overlap their siblings, but
 * need not cover their parent (a parent may hold a few nested grids).
 */
export type TilingViolationKind = 'GAP' | 'OVERLAP' | 'OUTSIDE';

export interface TilingViolation {
  kind: TilingViolationKind;
  subdistrictId: number;
  gridIds: number[];
  areaM2: number;
  /** The piece as GeoJSON (Polygon). */
  where: Geometry;
  /** A point on it. */
  at: Point;
}

interface PieceRow {
  kind: TilingViolationKind;
  grid_ids: unknown;
  area: number;
  geom: string;
  at: string;
}

const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const idList = (v: unknown): number[] =>
  (Array.isArray(v) ? v : typeof v === 'string' ? v.replace(/[{}]/g, '').split(',') : [])
    .filter((x) => x !== '' && x !== null)
    .map(Number)
    .sort((a, b) => a - b);

const toViolation =
  (subdistrictId: number) =>
  (r: PieceRow): TilingViolation => ({
    kind: r.kind,
    subdistrictId,
    gridIds: idList(r.grid_ids),
    areaM2: Number(r.area),
    where: parse(r.geom),
    at: parse(r.at),
  });

export const idsSql = (list: readonly number[]): SQL =>
  sql.join(
    (list.length ? list : [-1]).map((i) => sql`${i}`),
    sql`, `,
  );

/** A list of EWKB hex strings as one geometry (their union), exact to the bit. */
export const ewkbUnion = (hex: readonly string[]): SQL =>
  hex.length
    ? sql`ST_UnaryUnion(ST_Collect(ARRAY[${sql.join(
        hex.map((h) => sql`ST_GeomFromEWKB(decode(${h}, 'hex'))`),
        sql`, `,
      )}]))`
    : sql`ST_SetSRID('POLYGON EMPTY'::geometry, 4326)`;

/** The grids' current boundaries as EWKB hex (exact), in the order given. */
export async function boundaryEwkb(ex: Executor, gridIds: readonly number[]): Promise<string[]> {
  const found = await rows<{ id: number; h: string }>(
    ex,
    sql`SELECT id, encode(ST_AsEWKB(boundary), 'hex') AS h FROM grids
        WHERE id IN (${idsSql(gridIds)}) AND boundary IS NOT NULL`,
  );
  const byId = new Map(found.map((r) => [Number(r.id), r.h]));
  return gridIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}

/** Grids of the subdistrict touching a piece (to name them around a gap). */
const gridsAround = (subdistrictId: number, g: SQL) => sql`ARRAY(
  SELECT n.id FROM grids n WHERE n.subdistrict_id = ${subdistrictId} AND n.parent_grid_id IS NULL
    AND n.boundary && ST_Expand(${g}, 1e-6) AND ST_DWithin(n.boundary, ${g}, 1e-6) ORDER BY n.id)`;

/**
 * Pieces of `source` (a query with a `g` column and a `grid_ids` column) kept when above
 * tolerance; a piece whose source names no grids (a gap) is named by the grids around it.
 */
const pieces = (kind: TilingViolationKind, subdistrictId: number, source: SQL) => sql`
  SELECT ${kind}::text AS kind,
    coalesce(p.grid_ids, ${gridsAround(subdistrictId, sql`p.geom`)}) AS grid_ids,
    ST_Area(p.geom::geography) AS area,
    ST_AsGeoJSON(p.geom) AS geom, ST_AsGeoJSON(ST_PointOnSurface(p.geom)) AS at
  FROM (SELECT grid_ids, (ST_Dump(g)).geom AS geom FROM (${source}) s WHERE g IS NOT NULL) p
  WHERE ST_Dimension(p.geom) = 2 AND ST_Area(p.geom::geography) > ${LIMITS.tilingToleranceM2}`;

/** Overlaps between the grids in `changed` (or every grid when null) and their siblings. */
const overlapSource = (subdistrictId: number, changed: readonly number[] | null) => sql`
  SELECT ARRAY[a.id, b.id] AS grid_ids, ST_Intersection(a.boundary, b.boundary) AS g
  FROM grids a JOIN grids b ON b.subdistrict_id = a.subdistrict_id
    AND b.parent_grid_id IS NOT DISTINCT FROM a.parent_grid_id AND b.id <> a.id
    AND a.boundary && b.boundary AND ST_Intersects(a.boundary, b.boundary)
  WHERE a.subdistrict_id = ${subdistrictId}
    AND ${
      changed
        ? sql`a.id IN (${idsSql(changed)}) AND (b.id NOT IN (${idsSql(changed)}) OR b.id > a.id)`
        : sql`b.id > a.id`
    }`;

/** Every violation of one subdistrict's existing data (the check command and the admin query). */
export async function subdistrictViolations(
  ex: Executor,
  subdistrictId: number,
): Promise<TilingViolation[]> {
  const cover = sql`(SELECT ST_Union(boundary) FROM grids
    WHERE subdistrict_id = ${subdistrictId} AND parent_grid_id IS NULL AND boundary IS NOT NULL)`;
  const sub = sql`(SELECT boundary FROM subdistricts WHERE id = ${subdistrictId})`;
  const gap = sql`SELECT gap.g, NULL::int[] AS grid_ids
    FROM (SELECT ST_Difference(${sub}, coalesce(${cover}, ST_SetSRID('POLYGON EMPTY'::geometry, 4326))) AS g) gap`;
  const outside = sql`SELECT ARRAY[g.id] AS grid_ids, ST_Difference(g.boundary, s.boundary) AS g
    FROM grids g JOIN subdistricts s ON s.id = g.subdistrict_id
    WHERE g.subdistrict_id = ${subdistrictId} AND g.parent_grid_id IS NULL
      AND s.boundary IS NOT NULL AND NOT ST_Covers(s.boundary, g.boundary)`;
  const found = await rows<PieceRow>(
    ex,
    sql`${pieces('GAP', subdistrictId, gap)} UNION ALL ${pieces('OVERLAP', subdistrictId, overlapSource(subdistrictId, null))}
      UNION ALL ${pieces('OUTSIDE', subdistrictId, outside)} ORDER BY area DESC`,
  );
  return found.map(toViolation(subdistrictId));
}

/**
 * The violations an edit leaves, looked for only where the edit changed land: gaps in the land
 * the explicitly edited grids held before (`oldEwkb`) that no top-level grid holds now, and
 * overlaps of every changed grid with its siblings. Existing defects elsewhere do not block it.
 */
export async function editViolations(
  ex: Executor,
  edit: {
    subdistrictId: number;
    parentGridId: number | null;
    changedGridIds: readonly number[];
    oldEwkb: readonly string[];
  },
): Promise<TilingViolation[]> {
  const { subdistrictId } = edit;
  const parts: SQL[] = [
    pieces('OVERLAP', subdistrictId, overlapSource(subdistrictId, edit.changedGridIds)),
  ];
  if (edit.parentGridId === null && edit.oldEwkb.length > 0) {
    const gap = sql`SELECT d.g, NULL::int[] AS grid_ids FROM (
        SELECT ST_Difference(ST_Intersection(o.g, s.boundary),
          coalesce((SELECT ST_Union(n.boundary) FROM grids n
                    WHERE n.subdistrict_id = ${subdistrictId} AND n.parent_grid_id IS NULL
                      AND n.boundary && o.g), ST_SetSRID('POLYGON EMPTY'::geometry, 4326))) AS g
        FROM (SELECT ${ewkbUnion(edit.oldEwkb)} AS g) o, subdistricts s
        WHERE s.id = ${subdistrictId} AND s.boundary IS NOT NULL) d`;
    parts.unshift(pieces('GAP', subdistrictId, gap));
  }
  const found = await rows<PieceRow>(
    ex,
    sql`${sql.join(parts, sql` UNION ALL `)} ORDER BY area DESC LIMIT ${LIMITS.maxViolations}`,
  );
  return found.map(toViolation(subdistrictId));
}

/** Refuses an edit that leaves violations: BAD_USER_INPUT with the largest one's place. */
export function refuseViolations(violations: TilingViolation[], field: string): void {
  const first = violations[0];
  if (!first) return;
  const gap = first.kind === 'GAP';
  const total = violations.filter((v) => v.kind === first.kind).reduce((n, v) => n + v.areaM2, 0);
  const grids = first.gridIds.map((id) => toGlobalId('Grid', id));
  throw badInput(
    field,
    gap ? EditReasons.TILING_GAP : EditReasons.TILING_OVERLAP,
    gap
      ? `the edit leaves ${total.toFixed(0)} m² of the subdistrict in no grid (largest piece ` +
          `${first.areaM2.toFixed(0)} m² next to ${grids.join(', ') || 'no grid'}); move the ` +
          'neighbour too (neighbours: ADJUST) or draw the boundary back to it'
      : `the edit puts ${total.toFixed(0)} m² in two grids (${grids.join(' and ')}); ` +
          'move the shared boundary in both (neighbours: ADJUST)',
    {
      where: first.where,
      at: first.at,
      areaM2: first.areaM2,
      gridIds: grids,
      toleranceM2: LIMITS.tilingToleranceM2,
      violations: violations.map((v) => ({
        kind: v.kind,
        gridIds: v.gridIds.map((id) => toGlobalId('Grid', id)),
        areaM2: v.areaM2,
        where: v.where,
        at: v.at,
      })),
    },
  );
}

/** Checks an edit in its transaction and refuses it if it breaks the tiling. */
export async function enforceTiling(
  ex: Executor,
  edit: Parameters<typeof editViolations>[1],
  field: string,
): Promise<void> {
  refuseViolations(await editViolations(ex, edit), field);
}
