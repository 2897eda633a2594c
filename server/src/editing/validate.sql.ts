import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import type { Geometry } from '../db/geojson.ts';
import { badInput } from '../errors.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { EditReasons, LIMITS } from './limits.ts';
import { rows } from '../db/rows.ts';

/** A candidate boundary as SQL: 2D, SRID 4326, always a MultiPolygon. */
export const geomSql = (g: Geometry): SQL =>
  sql`ST_Multi(ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}), 4326)))`;

export interface Placement {
  subdistrictId: number;
  parentGridId: number | null;
  /** Grids that the edit replaces (not siblings to compare with). */
  excludeGridIds: number[];
  toleranceM: number;
  /** Input path for error messages, e.g. `boundary`. */
  field: string;
}

export interface Overlap {
  id: number;
  code: string;
  name: string;
  /** Overlap area in m². */
  areaM2: number;
  where: unknown;
}

const parsePoint = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

/**
 * Server-side validation before anything is written (issue 7): valid simple polygon
 * (`ST_IsValidReason`, with the location), not empty, area bounds, inside the parent (the parent
 * grid, else the subdistrict) within the tolerance, and the sibling grids it overlaps by more than
 * the tolerance. Throws BAD_USER_INPUT for all but overlaps, which the caller refuses or clips.
 */
export async function validateBoundary(
  database: Database,
  tx: Executor,
  geom: SQL,
  p: Placement,
): Promise<Overlap[]> {
  const [v] = await rows<{
    empty: boolean;
    valid: boolean;
    reason: string;
    at: unknown;
  }>(
    tx,
    sql`WITH g AS (SELECT ${geom} AS geom)
      SELECT ST_IsEmpty(geom) AS empty, ST_IsValid(geom) AS valid, ST_IsValidReason(geom) AS reason,
        ST_AsGeoJSON((ST_IsValidDetail(geom)).location) AS at FROM g`,
  );
  if (!v || v.empty) throw badInput(p.field, EditReasons.EMPTY, 'the boundary is empty');
  if (!v.valid) {
    throw badInput(
      p.field,
      EditReasons.INVALID_POLYGON,
      `not a valid simple polygon: ${v.reason}`,
      { where: parsePoint(v.at), detail: v.reason },
    );
  }
  const container = p.parentGridId
    ? sql`(SELECT boundary FROM grids WHERE id = ${p.parentGridId})`
    : sql`(SELECT boundary FROM subdistricts WHERE id = ${p.subdistrictId})`;
  const [m] = await rows<{
    area: number;
    inside: boolean | null;
    outside_at: unknown;
    outside_m2: number;
  }>(
    tx,
    sql`WITH g AS (SELECT ${geom} AS geom), c AS (SELECT ${container} AS geom)
      SELECT ST_Area(g.geom::geography) AS area,
        CASE WHEN c.geom IS NULL THEN NULL
             ELSE ST_Covers(ST_Buffer(c.geom::geography, ${p.toleranceM})::geometry, g.geom) END AS inside,
        CASE WHEN c.geom IS NULL OR ST_Covers(c.geom, g.geom) THEN NULL
             ELSE ST_AsGeoJSON(ST_PointOnSurface(ST_Difference(g.geom, c.geom))) END AS outside_at,
        CASE WHEN c.geom IS NULL THEN 0 ELSE ST_Area(ST_Difference(g.geom, c.geom)::geography) END AS outside_m2
      FROM g, c`,
  );
  const area = Number(m!.area);
  if (area < LIMITS.minAreaM2) {
    throw badInput(
      p.field,
      EditReasons.TOO_SMALL,
      `area ${area.toFixed(1)} m² is below ${LIMITS.minAreaM2} m²`,
    );
  }
  if (area > LIMITS.maxAreaM2) {
    throw badInput(
      p.field,
      EditReasons.TOO_LARGE,
      `area ${(area / 1e6).toFixed(0)} km² is implausibly large`,
    );
  }
  if (m!.inside === false) {
    const parent = p.parentGridId ? `Grid:${p.parentGridId}` : `Subdistrict:${p.subdistrictId}`;
    throw badInput(
      p.field,
      EditReasons.OUTSIDE_PARENT,
      `extends ${Number(m!.outside_m2).toFixed(0)} m² outside its parent ${parent} (tolerance ${p.toleranceM} m)`,
      { where: parsePoint(m!.outside_at), parent },
    );
  }
  const exclude = p.excludeGridIds.length > 0 ? p.excludeGridIds : [-1];
  const result = await rows<{
    id: number;
    code: string;
    name: string;
    area: number;
    at: unknown;
  }>(
    tx,
    sql`WITH g AS (SELECT ${geom} AS geom),
      s AS (
        SELECT s.id, s.code, s.name,
          ST_CollectionExtract(ST_Intersection(s.boundary, g.geom), 3) AS inter
        FROM grids s, g
        WHERE s.subdistrict_id = ${p.subdistrictId}
          AND s.parent_grid_id IS NOT DISTINCT FROM ${p.parentGridId}
          AND s.id NOT IN (${sql.join(
            exclude.map((id) => sql`${id}`),
            sql`, `,
          )})
          AND s.boundary && g.geom AND ST_Intersects(s.boundary, g.geom))
      SELECT id, code, name, ST_Area(inter::geography) AS area,
        ST_AsGeoJSON(ST_PointOnSurface(inter)) AS at
      FROM s
      WHERE NOT ST_IsEmpty(inter)
        AND NOT ST_IsEmpty(ST_Buffer(inter::geography, ${-p.toleranceM})::geometry)
      ORDER BY id`,
  );
  return result.map((r) => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    areaM2: Number(r.area),
    where: parsePoint(r.at),
  }));
}

/** Refuses an edit that overlaps siblings (when the caller did not ask to clip them). */
export function refuseOverlaps(overlaps: Overlap[], field: string): void {
  const first = overlaps[0];
  if (!first) return;
  throw badInput(
    field,
    EditReasons.OVERLAPS_SIBLING,
    `overlaps ${overlaps.map((o) => `${o.name} (${o.code}, ${o.areaM2.toFixed(0)} m²)`).join(', ')}; ` +
      'move the boundary or pass options.clipNeighbours',
    {
      where: first.where,
      overlaps: overlaps.map((o) => ({
        gridId: toGlobalId('Grid', o.id),
        code: o.code,
        areaM2: o.areaM2,
      })),
    },
  );
}
