import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { notFound } from '../errors.ts';
import { checkVersion, type Versioned } from '../orgs/edit-run.ts';

/**
 * Reads and writes of service centers and building workstations for their edits (issue 16): one
 * description per table (its columns as JS name -> column), one generic lock / write / insert /
 * delete over it. The center-reach precompute follows by trigger (migration 0012).
 */
export interface PlaceTable {
  type: 'ServiceCenter' | 'BuildingWorkstation';
  table: string;
  columns: Record<string, string>;
  /** Further read-only select items (the center's point). */
  extra: string;
}

export const CENTERS = {
  type: 'ServiceCenter',
  table: 'service_centers',
  columns: {
    name: 'name',
    level: 'level',
    floorAreaM2: 'floor_area_m_2',
    serviceRadiusM: 'service_radius_m',
    address: 'address',
    districtId: 'district_id',
    subdistrictId: 'subdistrict_id',
  },
  extra: 'ST_X(location) AS lon, ST_Y(location) AS lat',
} as const satisfies PlaceTable;

export const WORKSTATIONS = {
  type: 'BuildingWorkstation',
  table: 'building_workstations',
  columns: { name: 'name', buildingId: 'building_id', openedOn: 'opened_on', staff: 'staff' },
  extra: '',
} as const satisfies PlaceTable;

export type PlaceValue = string | number | null;
/** Columns to write; `point` (WGS84) sets a center's location. */
export type PlacePatch = Record<string, PlaceValue | [number, number]>;
/** A row as an edit sees it (the audit's before / after). */
export type PlaceState = Versioned & Record<string, PlaceValue>;

const selectOf = (t: PlaceTable) =>
  sql.raw(
    [
      'id',
      ...Object.entries(t.columns).map(([k, c]) => `${c} AS "${k}"`),
      ...(t.extra ? [t.extra] : []),
      'version',
      'updated_by AS "updatedBy"',
      'updated_at AS "updatedAt"',
    ].join(', '),
  );

const NUMBERS = new Set([
  'id',
  'version',
  'floorAreaM2',
  'serviceRadiusM',
  'districtId',
  'subdistrictId',
  'buildingId',
  'staff',
  'lon',
  'lat',
]);

function normalize(r: Record<string, unknown>): PlaceState {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v === null || v === undefined) out[k] = null;
    else if (NUMBERS.has(k)) out[k] = Number(v);
    else if (k === 'updatedAt') out[k] = new Date(v as string).toISOString();
    else if (k === 'openedOn')
      out[k] = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
    else out[k] = v;
  }
  return out as PlaceState;
}

function assignments(t: PlaceTable, patch: PlacePatch): SQL[] {
  const out: SQL[] = [];
  for (const [k, v] of Object.entries(patch)) {
    const col = (t.columns as Record<string, string>)[k];
    if (col) out.push(sql`${sql.identifier(col)} = ${v}`);
  }
  const p = patch.point as [number, number] | undefined;
  if (p) out.push(sql`location = ST_SetSRID(ST_MakePoint(${p[0]}::float8, ${p[1]}::float8), 4326)`);
  return out;
}

/** The row, locked until the transaction ends (FOR UPDATE) unless `lock` is false. */
export async function lockPlace(
  tx: Executor,
  t: PlaceTable,
  id: number,
  lock = true,
): Promise<PlaceState> {
  const [r] = await rows<Record<string, unknown>>(
    tx,
    sql`SELECT ${selectOf(t)} FROM ${sql.identifier(t.table)} WHERE id = ${id}
        ${lock ? sql`FOR UPDATE` : sql``}`,
  );
  if (!r) throw notFound(`${t.type}:${id} does not exist`);
  return normalize(r);
}

export const checkPlaceVersion = (t: PlaceTable, current: PlaceState, expected: number) =>
  checkVersion(t.type, current, expected);

/** Writes the patch on version `expected`, bumping it; returns the new state. */
export async function writePlace(
  tx: Executor,
  t: PlaceTable,
  id: number,
  expected: number,
  patch: PlacePatch,
  actor: string,
): Promise<PlaceState> {
  const set = assignments(t, patch);
  const [r] = await rows<Record<string, unknown>>(
    tx,
    sql`UPDATE ${sql.identifier(t.table)} SET ${sql.join(set, sql`, `)}${set.length ? sql`, ` : sql``}
          version = version + 1, updated_at = now(), updated_by = ${actor}
        WHERE id = ${id} AND version = ${expected}
        RETURNING ${selectOf(t)}`,
  );
  if (!r) checkPlaceVersion(t, await lockPlace(tx, t, id), expected);
  return normalize(r!);
}

export async function insertPlace(
  tx: Executor,
  t: PlaceTable,
  patch: PlacePatch,
  actor: string,
): Promise<PlaceState> {
  const names: SQL[] = [sql.raw('updated_by')];
  const values: SQL[] = [sql`${actor}`];
  for (const [k, v] of Object.entries(patch)) {
    const col = (t.columns as Record<string, string>)[k];
    if (!col) continue;
    names.push(sql`${sql.identifier(col)}`);
    values.push(sql`${v}`);
  }
  const p = patch.point as [number, number] | undefined;
  if (p) {
    names.push(sql.raw('location'));
    values.push(sql`ST_SetSRID(ST_MakePoint(${p[0]}::float8, ${p[1]}::float8), 4326)`);
  }
  const [r] = await rows<Record<string, unknown>>(
    tx,
    sql`INSERT INTO ${sql.identifier(t.table)} (${sql.join(names, sql`, `)})
        VALUES (${sql.join(values, sql`, `)}) RETURNING ${selectOf(t)}`,
  );
  return normalize(r!);
}

export async function deletePlace(tx: Executor, t: PlaceTable, id: number): Promise<void> {
  await rows(tx, sql`DELETE FROM ${sql.identifier(t.table)} WHERE id = ${id}`);
}

/** Where a building lies (its grid, subdistrict, district) and its workstation's id, if any. */
export async function buildingArea(
  tx: Executor,
  buildingId: number,
): Promise<{
  gridId: number | null;
  subdistrictId: number;
  districtId: number;
  workstationId: number | null;
} | null> {
  const [r] = await rows<Record<string, unknown>>(
    tx,
    sql`SELECT b.grid_id, b.subdistrict_id, s.district_id,
          (SELECT w.id FROM building_workstations w WHERE w.building_id = b.id) AS ws
        FROM buildings b JOIN subdistricts s ON s.id = b.subdistrict_id WHERE b.id = ${buildingId}`,
  );
  if (!r) return null;
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    gridId: n(r.grid_id),
    subdistrictId: Number(r.subdistrict_id),
    districtId: Number(r.district_id),
    workstationId: n(r.ws),
  };
}

/**
 * Active organizations of the district outside every center's own radius (the OUTSIDE_CENTERS
 * layer's count), from the kept roll-up: what a center edit changes.
 */
export async function outsideOwnRadius(tx: Executor, districtId: number): Promise<number> {
  const [r] = await rows<{ n: unknown }>(
    tx,
    sql`SELECT coalesce(sum(h.organizations), 0) AS n FROM center_reach_rollup h
        JOIN grids g ON g.id = h.grid_id JOIN subdistricts s ON s.id = g.subdistrict_id
        WHERE s.district_id = ${districtId} AND h.outside_own`,
  );
  return Number(r!.n);
}
