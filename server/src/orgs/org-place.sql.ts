import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { toWgs84, type Crs } from '../geo/crs.ts';
import { IMPORT_LIMITS } from '../ledger/limits.ts';
import type { FieldProblem } from './org-edit.validate.ts';

/** A place as the form gives it (ids already parsed; the point in `crs`). */
export interface PlaceInput {
  lon?: number | null;
  lat?: number | null;
  crs?: Crs | null;
  buildingId?: number | null;
  gridId?: number | null;
}

/** Where an organization will lie: the columns a move or a create writes. */
export interface ResolvedPlace {
  buildingId: number | null;
  gridId: number | null;
  subdistrictId: number | null;
  districtId: number;
  point: [number, number] | null;
}

interface Found {
  b_id: number | null;
  b_grid: number | null;
  b_sub: number | null;
  b_district: number | null;
  b_lon: number | null;
  b_lat: number | null;
  g_id: number | null;
  g_sub: number | null;
  g_district: number | null;
  p_district: number | null;
  p_grid: number | null;
  p_grid_sub: number | null;
  /** Is the point within the tolerance of the grid the building or grid names? */
  p_near: boolean | null;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * Resolves and checks a place: a building decides the grid (a grid given too must be the same), a
 * point must lie in a district and, when a building or grid is named, in that grid (within the
 * ledger's 5 m tolerance); a point alone falls in the innermost grid containing it. Same rules as
 * a ledger row (ledger/resolve-place.ts), one statement.
 */
export async function resolvePlace(
  tx: Executor,
  input: PlaceInput,
  prefix: string,
): Promise<{ place?: ResolvedPlace; problems: FieldProblem[] }> {
  const problems: FieldProblem[] = [];
  const fail = (f: string, reason: FieldProblem['reason'], message: string) =>
    problems.push({ field: `${prefix}.${f}`, reason, message });
  const hasLon = input.lon != null;
  const hasLat = input.lat != null;
  let point: [number, number] | null = null;
  if (hasLon !== hasLat)
    fail(hasLon ? 'lat' : 'lon', 'COORDINATE_PAIR', '经纬度须成对填写 (give both)');
  else if (hasLon) {
    const [lon, lat] = [input.lon!, input.lat!];
    if (!(Math.abs(lon) <= 180)) fail('lon', 'OUT_OF_RANGE', '经度须在 -180..180 之间');
    if (!(Math.abs(lat) <= 90)) fail('lat', 'OUT_OF_RANGE', '纬度须在 -90..90 之间');
    if (problems.length === 0) point = toWgs84(lon, lat, input.crs ?? 'wgs84');
  }
  const b = input.buildingId ?? null;
  const g = input.gridId ?? null;
  if (!point && b === null && g === null && problems.length === 0)
    fail(
      'buildingId',
      'NO_PLACE',
      '须填写楼宇、网格或经纬度之一 (give a building, a grid or a point)',
    );
  if (problems.length) return { problems };
  const pt = point
    ? sql`ST_SetSRID(ST_MakePoint(${point[0]}::float8, ${point[1]}::float8), 4326)`
    : sql`NULL::geometry`;
  const tol = IMPORT_LIMITS.pointInGridToleranceMetres;
  const [f] = await rows<Found>(
    tx,
    sql`WITH p AS (SELECT ${pt} AS pt),
        b AS (SELECT b.id, b.grid_id, b.subdistrict_id, s.district_id, ST_X(b.location) AS lon,
                ST_Y(b.location) AS lat
              FROM buildings b JOIN subdistricts s ON s.id = b.subdistrict_id WHERE b.id = ${b}),
        g AS (SELECT g.id, g.subdistrict_id, s.district_id, g.boundary
              FROM grids g JOIN subdistricts s ON s.id = g.subdistrict_id
              WHERE g.id = coalesce(${g}::int, (SELECT grid_id FROM b)))
      SELECT (SELECT id FROM b) AS b_id, (SELECT grid_id FROM b) AS b_grid,
        (SELECT subdistrict_id FROM b) AS b_sub, (SELECT district_id FROM b) AS b_district,
        (SELECT lon FROM b) AS b_lon, (SELECT lat FROM b) AS b_lat,
        (SELECT id FROM g) AS g_id, (SELECT subdistrict_id FROM g) AS g_sub,
        (SELECT district_id FROM g) AS g_district,
        (SELECT d.id FROM districts d, p WHERE d.boundary && p.pt AND ST_Covers(d.boundary, p.pt)
          ORDER BY d.id LIMIT 1) AS p_district,
        (SELECT gg.id FROM grids gg, p WHERE gg.boundary && p.pt AND ST_Covers(gg.boundary, p.pt)
          ORDER BY ST_Area(gg.boundary), gg.id LIMIT 1) AS p_grid,
        (SELECT gg.subdistrict_id FROM grids gg, p
          WHERE gg.boundary && p.pt AND ST_Covers(gg.boundary, p.pt)
          ORDER BY ST_Area(gg.boundary), gg.id LIMIT 1) AS p_grid_sub,
        (SELECT ST_Covers(g.boundary, p.pt)
            OR ST_DWithin(g.boundary::geography, p.pt::geography, ${tol}::float8)
          FROM g, p WHERE p.pt IS NOT NULL) AS p_near`,
  );
  const r = f!;
  if (b !== null && r.b_id === null)
    fail('buildingId', 'UNKNOWN_BUILDING', `楼宇不存在 (no Building:${b})`);
  if (g !== null && r.g_id === null) fail('gridId', 'UNKNOWN_GRID', `网格不存在 (no Grid:${g})`);
  if (b !== null && g !== null && r.b_id !== null && num(r.b_grid) !== g)
    fail(
      'gridId',
      'BUILDING_NOT_IN_GRID',
      `楼宇不在该网格内 (Building:${b} lies in Grid:${r.b_grid ?? '-'})`,
    );
  if (point && r.p_district === null)
    fail('lon', 'OUTSIDE_DISTRICT', `坐标不在辖区内 (the point lies outside every district)`);
  else if (point && (b !== null || g !== null) && r.g_id !== null && r.p_near === false)
    fail(
      'lon',
      'POINT_NOT_IN_GRID',
      `坐标不在所选${b !== null ? '楼宇所在' : ''}网格内 (outside Grid:${r.g_id})`,
    );
  if (problems.length) return { problems };
  const fromBuilding = r.b_id !== null;
  const fromGrid = r.g_id !== null;
  return {
    problems,
    place: {
      buildingId: num(r.b_id),
      gridId: fromBuilding ? num(r.b_grid) : fromGrid ? num(r.g_id) : num(r.p_grid),
      subdistrictId: fromBuilding
        ? num(r.b_sub)
        : fromGrid
          ? num(r.g_sub)
          : (num(r.p_grid_sub) ?? (await subdistrictAt(tx, point!))),
      districtId: Number(fromBuilding ? r.b_district : fromGrid ? r.g_district : r.p_district),
      point: point ?? (fromBuilding ? [Number(r.b_lon), Number(r.b_lat)] : null),
    },
  };
}

async function subdistrictAt(tx: Executor, p: [number, number]): Promise<number | null> {
  const [r] = await rows<{ id: number }>(
    tx,
    sql`SELECT id FROM subdistricts WHERE ST_Covers(boundary,
          ST_SetSRID(ST_MakePoint(${p[0]}::float8, ${p[1]}::float8), 4326)) ORDER BY id LIMIT 1`,
  );
  return r ? Number(r.id) : null;
}

/** What lies at a point (schema/orgs.graphql `PlaceAtPoint`), ids as numbers. */
export interface PlaceAtModel {
  lon: number;
  lat: number;
  snapped: boolean;
  buildingId: number | null;
  buildingDistanceM: number | null;
  gridId: number | null;
  subdistrictId: number | null;
  districtId: number | null;
}

/** Largest snap distance `placeAt` takes (metres). */
export const MAX_SNAP_METERS = 200;

/**
 * The place an organization put at `point` (WGS84) would take: the nearest building within
 * `snapMeters` decides it (its location, grid, subdistrict), as `resolvePlace` with that building;
 * else the point in its innermost grid (a point outside every grid: the subdistrict covering it).
 * One statement; the building search is bounded by a box on the location index first.
 */
export async function placeAt(
  ex: Executor,
  point: [number, number],
  snapMeters: number,
): Promise<PlaceAtModel> {
  const pt = sql`ST_SetSRID(ST_MakePoint(${point[0]}::float8, ${point[1]}::float8), 4326)`;
  // degrees that hold snapMeters in every direction up to ~65° of latitude
  const box = snapMeters / 40_000;
  const [r] = await rows<Record<string, unknown>>(
    ex,
    sql`WITH p AS (SELECT ${pt} AS pt),
        nb AS (SELECT b.id, b.grid_id, b.subdistrict_id, ST_X(b.location) AS lon,
                 ST_Y(b.location) AS lat,
                 ST_Distance(b.location::geography, p.pt::geography) AS dist
               FROM buildings b, p
               WHERE ${snapMeters}::float8 > 0 AND b.location && ST_Expand(p.pt, ${box}::float8)
                 AND ST_DWithin(b.location::geography, p.pt::geography, ${snapMeters}::float8)
               ORDER BY dist, b.id LIMIT 1),
        pg AS (SELECT gg.id, gg.subdistrict_id FROM grids gg, p
               WHERE gg.boundary && p.pt AND ST_Covers(gg.boundary, p.pt)
               ORDER BY ST_Area(gg.boundary), gg.id LIMIT 1)
      SELECT (SELECT id FROM nb) AS b_id, (SELECT dist FROM nb) AS b_dist,
        (SELECT lon FROM nb) AS b_lon, (SELECT lat FROM nb) AS b_lat,
        (SELECT grid_id FROM nb) AS b_grid, (SELECT subdistrict_id FROM nb) AS b_sub,
        (SELECT id FROM pg) AS p_grid,
        coalesce((SELECT subdistrict_id FROM pg),
          (SELECT s.id FROM subdistricts s, p WHERE s.boundary && p.pt AND ST_Covers(s.boundary, p.pt)
            ORDER BY s.id LIMIT 1)) AS p_sub,
        (SELECT d.id FROM districts d, p WHERE d.boundary && p.pt AND ST_Covers(d.boundary, p.pt)
          ORDER BY d.id LIMIT 1) AS p_district,
        (SELECT s.district_id FROM subdistricts s WHERE s.id = (SELECT subdistrict_id FROM nb))
          AS b_district`,
  );
  const f = r!;
  if (f.b_id !== null && f.b_id !== undefined) {
    return {
      lon: Number(f.b_lon),
      lat: Number(f.b_lat),
      snapped: true,
      buildingId: Number(f.b_id),
      buildingDistanceM: Math.round(Number(f.b_dist) * 10) / 10,
      gridId: num(f.b_grid),
      subdistrictId: num(f.b_sub),
      districtId: num(f.b_district),
    };
  }
  return {
    lon: point[0],
    lat: point[1],
    snapped: false,
    buildingId: null,
    buildingDistanceM: null,
    gridId: num(f.p_grid),
    subdistrictId: num(f.p_sub),
    districtId: num(f.p_district),
  };
}
