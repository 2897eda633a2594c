import { sql } from 'drizzle-orm';
import { audit, beginChange } from '../audit/audit.ts';
import { requireCreateGrid } from '../auth/authorize.ts';
import type { Geometry } from '../db/geojson.ts';
import { badInput, notFound } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { toWgs84 } from './crs.ts';
import { applyConsequences, clipNeighbours, type EditOutcome } from './edit-context.ts';
import { gridCreated, insertGrid, lockSubdistrictGrids } from './grids.sql.ts';
import { checkBoundaryShape, resolveTolerance } from './limits.ts';
import type { EditOptions } from './update-boundary.ts';
import { geomSql, refuseOverlaps, validateBoundary } from './validate.sql.ts';
import { rows } from '../db/rows.ts';
import { enforceTiling } from './tiling.sql.ts';

export interface CreateGridArgs {
  subdistrictId: number;
  parentGridId: number | null;
  code?: string | null;
  name: string;
  kind?: string | null;
  managerName?: string | null;
  boundary: Geometry;
}

/** Draws a new grid inside a subdistrict (or inside a parent grid), validated like any edit. */
export async function createGrid(
  ctx: Context,
  input: CreateGridArgs,
  options: EditOptions = {},
): Promise<EditOutcome> {
  const shape = toWgs84(checkBoundaryShape(input.boundary, 'input.boundary'), options.crs);
  const toleranceM = resolveTolerance(options.toleranceMeters, 'options.toleranceMeters');
  const name = input.name.trim();
  if (!name || name.length > 100) {
    throw badInput('input.name', 'OUT_OF_RANGE', 'needs 1-100 characters');
  }
  const { database } = ctx;
  return database.db.transaction(async (tx) => {
    const changeId = await beginChange(tx);
    await requireCreateGrid(ctx, tx, input.subdistrictId, input.parentGridId);
    const [sub] = await rows<{ code: string }>(
      tx,
      sql`SELECT code FROM subdistricts WHERE id = ${input.subdistrictId}`,
    );
    if (!sub) throw notFound(`Subdistrict:${input.subdistrictId} does not exist`);
    await lockSubdistrictGrids(database, tx, input.subdistrictId);
    const geom = geomSql(shape);
    const overlaps = await validateBoundary(database, tx, geom, {
      subdistrictId: input.subdistrictId,
      parentGridId: input.parentGridId,
      excludeGridIds: [],
      toleranceM,
      field: 'input.boundary',
    });
    if (!options.clipNeighbours) refuseOverlaps(overlaps, 'input.boundary');
    const [seq] = await rows<{ n: number }>(
      tx,
      sql`SELECT count(*) + 1 AS n FROM grids WHERE subdistrict_id = ${input.subdistrictId}`,
    );
    const code =
      input.code?.trim() ||
      `${sub.code}N${String(Number(seq!.n)).padStart(3, '0')}${Date.now() % 1000}`;
    const created = await insertGrid(
      database,
      tx,
      {
        subdistrictId: input.subdistrictId,
        parentGridId: input.parentGridId,
        code,
        name,
        kind: input.kind ?? 'basic',
        managerName: input.managerName ?? null,
      },
      geom,
      ctx.actor,
    );
    const what = `grid.create ${toGlobalId('Grid', created.id)}`;
    const clipped = await clipNeighbours(ctx, tx, overlaps, geom, 'input.boundary', what);
    // A new grid releases no land: only overlaps can break the tiling.
    await enforceTiling(
      tx,
      {
        subdistrictId: input.subdistrictId,
        parentGridId: input.parentGridId,
        changedGridIds: [created.id, ...clipped],
        oldEwkb: [],
      },
      'input.boundary',
    );
    await audit(tx, gridCreated(ctx.actor, created));
    const reassignment = await applyConsequences(
      ctx,
      tx,
      input.subdistrictId,
      [created.id, ...clipped],
      what,
    );
    return {
      gridIds: [created.id, ...clipped],
      clippedGridIds: clipped,
      removedGridIds: [],
      reassignment,
      changeId,
    };
  });
}
