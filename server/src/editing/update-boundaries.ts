import { sql, type SQL } from 'drizzle-orm';
import { audit, beginChange, type AuditEntry } from '../audit/audit.ts';
import { canWriteGrid } from '../auth/authorize.ts';
import type { Executor } from '../db/client.ts';
import type { Geometry } from '../db/geojson.ts';
import { rows } from '../db/rows.ts';
import { AppError, badInput } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { toWgs84, type InputCrs } from './crs.ts';
import { applyConsequences, type EditOutcome } from './edit-context.ts';
import {
  checkVersion,
  gridState,
  lockSubdistrictGrids,
  staleVersion,
  subdistrictOfGrid,
  writeBoundary,
  type GridState,
} from './grids.sql.ts';
import { checkBoundaryShape, EditReasons, LIMITS, resolveTolerance } from './limits.ts';
import { planNeighbours } from './neighbours.sql.ts';
import { boundaryEwkb, enforceTiling, idsSql } from './tiling.sql.ts';
import { geomSql, refuseOverlaps, validateBoundary } from './validate.sql.ts';
import { describeWhoCan, whoCan } from './who-can.sql.ts';

export type NeighbourMode = 'adjust' | 'exact';

export interface BoundaryChange {
  gridId: number;
  expectedVersion: number;
  boundary: Geometry;
}

export interface SaveBoundaries {
  changes: BoundaryChange[];
  /** ADJUST: neighbours take released land and give taken land; EXACT: they do not change. */
  neighbours: NeighbourMode;
  /** Versions the client saw of neighbours it does not list. */
  neighbourVersions?: ReadonlyMap<number, number>;
  crs?: InputCrs | null;
  toleranceMeters?: number | null;
  note?: string | null;
  action?: 'grid.boundary.update' | 'grid.revert';
  /** Input path of the changes for error messages. */
  field?: string;
}

/** What a save did, with what the preview needs beyond the GraphQL result. */
export interface SaveRun extends EditOutcome {
  before: Map<number, GridState>;
  after: Map<number, GridState>;
}

/** FORBIDDEN naming every grid of the save outside the caller's scope (none is written). */
async function requireWriteAll(ctx: Context, tx: Executor, ids: number[], what: string) {
  const denied: { id: number; message: string; reason: string }[] = [];
  for (const id of ids) {
    const v = await canWriteGrid(ctx, tx, id);
    if (!v.ok) {
      if (v.code === 'UNAUTHENTICATED') throw new AppError(v.code, v.message, { reason: v.reason });
      denied.push({ id, message: v.message, reason: v.reason });
    }
  }
  if (denied.length === 0) return;
  const names = await rows<{ id: number; name: string }>(
    tx,
    sql`SELECT id, name FROM grids WHERE id IN (${idsSql(denied.map((d) => d.id))}) ORDER BY id`,
  );
  // Out of scope (not a read-only role): say who could make this save.
  const who =
    denied[0]!.reason === 'OUT_OF_SCOPE'
      ? await whoCan(
          tx,
          denied.map((d) => d.id),
        )
      : null;
  throw new AppError(
    'FORBIDDEN',
    `This save changes ${what} ${names.map((n) => `${n.name} (Grid:${n.id})`).join(', ')}, ` +
      `which you may not change: ${denied[0]!.message}${who ? describeWhoCan(who) : ''}`,
    {
      reason: denied[0]!.reason,
      gridIds: denied.map((d) => toGlobalId('Grid', d.id)),
      ...(who && { whoCan: who }),
    },
  );
}

/**
 * The checks of a save that need no database (run them before opening the transaction): 1-50
 * grids, none twice, each boundary a bounded (Multi)Polygon, converted to WGS84.
 */
export function checkSave(input: SaveBoundaries) {
  const field = input.field ?? 'input.changes';
  const { changes } = input;
  if (changes.length === 0 || changes.length > LIMITS.maxChanges) {
    throw badInput(field, EditReasons.OUT_OF_RANGE, `1 to ${LIMITS.maxChanges} grids per save`);
  }
  const ids = changes.map((c) => c.gridId);
  if (new Set(ids).size !== ids.length) {
    throw badInput(field, EditReasons.DUPLICATE_GRID, 'a grid is listed twice');
  }
  return changes.map((c, i) =>
    toWgs84(
      checkBoundaryShape(c.boundary, input.field ?? `input.changes.${i}.boundary`),
      input.crs,
    ),
  );
}

/**
 * Saves several sibling grids' boundaries in the caller's transaction (issue 13): scope for every
 * grid, every version, validation of each boundary, the write, the neighbours across a moved
 * boundary (ADJUST), the tiling check, audit, buildings and organizations reassigned and coverage
 * refreshed (unless `preview`, whose transaction is rolled back anyway).
 */
export async function saveBoundariesIn(
  ctx: Context,
  tx: Executor,
  input: SaveBoundaries,
  opts: { preview?: boolean } = {},
): Promise<SaveRun> {
  const field = input.field ?? 'input.changes';
  const at = (i: number) => input.field ?? `input.changes.${i}.boundary`;
  const { changes } = input;
  const shapes = checkSave(input);
  const ids = changes.map((c) => c.gridId);
  const toleranceM = resolveTolerance(input.toleranceMeters, 'toleranceMeters');
  const { database } = ctx;
  const action = input.action ?? 'grid.boundary.update';

  await requireWriteAll(ctx, tx, ids, 'the grids');
  const subdistrictId = await subdistrictOfGrid(database, tx, ids[0]!);
  await lockSubdistrictGrids(database, tx, subdistrictId);
  const before = new Map<number, GridState>();
  for (const c of changes)
    before.set(c.gridId, await checkVersion(database, tx, c.gridId, c.expectedVersion));
  const parentGridId = before.get(ids[0]!)!.parentGridId;
  for (const b of before.values()) {
    if (b.subdistrictId !== subdistrictId || b.parentGridId !== parentGridId) {
      throw badInput(
        field,
        EditReasons.NOT_SIBLINGS,
        'one save changes sibling grids only (same subdistrict and parent)',
      );
    }
  }
  const oldEwkb = await boundaryEwkb(tx, ids);

  // Each boundary on its own: valid, area, inside the parent; overlaps with unlisted siblings.
  const geoms: SQL[] = [];
  for (const [i, c] of changes.entries()) {
    const geom = geomSql(shapes[i]!);
    const overlaps = await validateBoundary(database, tx, geom, {
      subdistrictId,
      parentGridId,
      excludeGridIds: ids,
      toleranceM,
      field: at(i),
    });
    if (input.neighbours === 'exact') {
      refuseOverlaps(overlaps, at(i));
      // Overlaps within the tolerance are snapped: the edited grid stops at its neighbour.
      geoms.push(sql`ST_Multi(ST_CollectionExtract(ST_Difference(${geom}, coalesce(
        (SELECT ST_Union(s.boundary) FROM grids s WHERE s.subdistrict_id = ${subdistrictId}
           AND s.parent_grid_id IS NOT DISTINCT FROM ${parentGridId}
           AND s.id NOT IN (${idsSql(ids)}) AND s.boundary && ${geom}),
        ST_SetSRID('POLYGON EMPTY'::geometry, 4326))), 3))`);
    } else {
      geoms.push(geom);
    }
    void c;
  }

  const after = new Map<number, GridState>();
  for (const [i, c] of changes.entries()) {
    after.set(
      c.gridId,
      await writeBoundary(database, tx, c.gridId, c.expectedVersion, geoms[i]!, ctx.actor),
    );
  }

  const adjusted: number[] = [];
  if (input.neighbours === 'adjust') {
    const plan = await planNeighbours(tx, { subdistrictId, parentGridId, gridIds: ids, oldEwkb });
    await requireWriteAll(
      ctx,
      tx,
      plan.map((p) => p.id),
      'the neighbouring grids',
    );
    for (const p of plan) {
      const current = (await gridState(database, tx, p.id))!;
      const seen = input.neighbourVersions?.get(p.id);
      if (seen !== undefined && seen !== current.version) throw staleVersion(current, seen);
      if (p.areaM2 < LIMITS.minAreaM2) {
        throw badInput(
          field,
          EditReasons.CLIP_EMPTIES_NEIGHBOUR,
          `the edit would leave nothing of ${current.name} (${current.code}); merge the grids instead`,
          { gridId: toGlobalId('Grid', p.id) },
        );
      }
      before.set(p.id, current);
      const geom = sql`ST_GeomFromEWKB(decode(${p.ewkb}, 'hex'))`;
      after.set(p.id, await writeBoundary(database, tx, p.id, current.version, geom, ctx.actor));
      adjusted.push(p.id);
    }
  }

  const changed = [...ids, ...adjusted];
  await enforceTiling(tx, { subdistrictId, parentGridId, changedGridIds: changed, oldEwkb }, field);

  const note =
    input.note?.trim().slice(0, 500) ||
    `${action} ${ids.map((id) => toGlobalId('Grid', id)).join(', ')}`;
  await audit(
    tx,
    changed.map((id): AuditEntry => ({
      actor: ctx.actor,
      action: adjusted.includes(id) ? 'grid.boundary.adjust' : action,
      entityType: 'Grid',
      entityId: id,
      before: before.get(id),
      after: after.get(id),
      note,
    })),
  );
  const reassignment = await applyConsequences(ctx, tx, subdistrictId, changed, note, opts);
  return {
    gridIds: changed,
    clippedGridIds: adjusted,
    adjustedGridIds: adjusted,
    removedGridIds: [],
    reassignment,
    before,
    after,
  };
}

/** `updateGridBoundaries`: one transaction, one audit group. */
export async function updateGridBoundaries(
  ctx: Context,
  input: SaveBoundaries,
): Promise<EditOutcome> {
  checkSave(input);
  return ctx.database.db.transaction(async (tx) => {
    const changeId = await beginChange(tx);
    const run = await saveBoundariesIn(ctx, tx, input);
    return { ...run, changeId };
  });
}
