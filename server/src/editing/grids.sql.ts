import { sql, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../audit/audit.ts';
import type { Database, Executor } from '../db/client.ts';
import type { MultiPolygon } from '../db/geojson.ts';
import { conflict, notFound } from '../errors.ts';
import type { GridVersionConflict } from '../__generated__/resolvers.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { rows } from '../db/rows.ts';

/** What the audit log keeps of a grid, before and after a change. */
export interface GridState extends NewGrid {
  id: number;
  boundary: MultiPolygon | null;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
}

interface GridStateRow {
  id: number;
  subdistrict_id: number;
  parent_grid_id: number | null;
  code: string;
  name: string;
  kind: string;
  manager_name: string | null;
  boundary: string | null;
  version: number;
  updated_at: string | Date;
  updated_by: string | null;
}

const toState = (r: GridStateRow): GridState => ({
  id: Number(r.id),
  subdistrictId: Number(r.subdistrict_id),
  parentGridId: r.parent_grid_id === null ? null : Number(r.parent_grid_id),
  code: r.code,
  name: r.name,
  kind: r.kind,
  managerName: r.manager_name,
  boundary: r.boundary ? (JSON.parse(r.boundary) as MultiPolygon) : null,
  version: Number(r.version),
  updatedAt: new Date(r.updated_at).toISOString(),
  updatedBy: r.updated_by,
});

const STATE_COLUMNS = sql`id, subdistrict_id, parent_grid_id, code, name, kind, manager_name,
  ST_AsGeoJSON(boundary) AS boundary, version, updated_at, updated_by`;

export async function gridState(database: Database, tx: Executor, id: number) {
  const [r] = await rows<GridStateRow>(
    tx,
    sql`SELECT ${STATE_COLUMNS} FROM grids WHERE id = ${id}`,
  );
  return r ? toState(r) : null;
}

/** The subdistrict of a grid (to lock it), or NOT_FOUND. */
export async function subdistrictOfGrid(database: Database, tx: Executor, id: number) {
  const [r] = await rows<{ s: number }>(
    tx,
    sql`SELECT subdistrict_id AS s FROM grids WHERE id = ${id}`,
  );
  if (!r) throw notFound(`Grid:${id} does not exist`);
  return Number(r.s);
}

/**
 * Locks every grid of a subdistrict (in id order, so concurrent editors cannot deadlock) for the
 * rest of the transaction: edits of sibling grids are validated against each other one at a
 * time, and a save that waited sees the version the other one wrote.
 */
export async function lockSubdistrictGrids(
  database: Database,
  tx: Executor,
  subdistrictId: number,
) {
  await rows(
    tx,
    sql`SELECT id FROM grids WHERE subdistrict_id = ${subdistrictId} ORDER BY id FOR UPDATE`,
  );
}

/** CONFLICT with what the client needs to reload and reapply: boundary, version, who, when. */
export function staleVersion(current: GridState, expected: number) {
  return conflict(
    `Grid ${current.name} was changed by ${current.updatedBy ?? 'someone'} at ${current.updatedAt} ` +
      `(version ${current.version}; you started from ${expected}). Reload and reapply your edit.`,
    {
      gridId: toGlobalId('Grid', current.id),
      expectedVersion: expected,
      currentVersion: current.version,
      currentBoundary: current.boundary,
      updatedBy: current.updatedBy,
      updatedAt: current.updatedAt,
    } satisfies GridVersionConflict,
  );
}

/** The grid's current state after checking the version the save started from. */
export async function checkVersion(
  database: Database,
  tx: Executor,
  id: number,
  expected: number,
): Promise<GridState> {
  const current = await gridState(database, tx, id);
  if (!current) throw notFound(`Grid:${id} does not exist`);
  if (current.version !== expected) throw staleVersion(current, expected);
  return current;
}

/**
 * Writes a new boundary only if the version is still the expected one (`UPDATE ... WHERE version
 * = $expected`), bumping it; a lost race is a CONFLICT, never a silent overwrite.
 */
export async function writeBoundary(
  database: Database,
  tx: Executor,
  id: number,
  expected: number,
  geom: SQL,
  actor: string,
): Promise<GridState> {
  const [r] = await rows<GridStateRow>(
    tx,
    sql`UPDATE grids SET boundary = ${geom}, version = version + 1, updated_at = now(),
          updated_by = ${actor}
        WHERE id = ${id} AND version = ${expected}
        RETURNING ${STATE_COLUMNS}`,
  );
  if (!r) {
    const current = await gridState(database, tx, id);
    if (!current) throw notFound(`Grid:${id} does not exist`);
    throw staleVersion(current, expected);
  }
  return toState(r);
}

/** What a new grid is given besides its boundary. */
export interface NewGrid {
  subdistrictId: number;
  parentGridId: number | null;
  code: string;
  name: string;
  kind: string;
  managerName: string | null;
}

/** The audit entry of a grid a change created (alone, or by a split: `note` names it). */
export const gridCreated = (actor: string, created: GridState, note?: string): AuditEntry => ({
  actor,
  action: 'grid.create',
  entityType: 'Grid',
  entityId: created.id,
  before: null,
  after: created,
  note,
});

export async function insertGrid(
  database: Database,
  tx: Executor,
  g: NewGrid,
  geom: SQL,
  actor: string,
): Promise<GridState> {
  const [r] = await rows<GridStateRow>(
    tx,
    sql`INSERT INTO grids (subdistrict_id, parent_grid_id, code, name, kind, manager_name, boundary, updated_by)
        VALUES (${g.subdistrictId}, ${g.parentGridId}, ${g.code}, ${g.name}, ${g.kind}, ${g.managerName}, ${geom}, ${actor})
        RETURNING ${STATE_COLUMNS}`,
  );
  return toState(r!);
}
