import { audit } from '../audit/audit.ts';
import { requireWriteGrid } from '../auth/authorize.ts';
import type { Geometry } from '../db/geojson.ts';
import type { Context } from '../graphql/context.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { toWgs84, type InputCrs } from './crs.ts';
import { applyConsequences, clipNeighbours, type EditOutcome } from './edit-context.ts';
import {
  checkVersion,
  lockSubdistrictGrids,
  subdistrictOfGrid,
  writeBoundary,
} from './grids.sql.ts';
import { checkBoundaryShape, resolveTolerance } from './limits.ts';
import { geomSql, refuseOverlaps, validateBoundary } from './validate.sql.ts';

export interface EditOptions {
  toleranceMeters?: number | null;
  clipNeighbours?: boolean | null;
  crs?: InputCrs | null;
}

/**
 * Saves a grid's new boundary (issue 7): scope check, validation, version check, write, clip
 * neighbours if asked, move buildings and organizations, refresh coverage, audit — one
 * transaction, so a refused edit writes nothing.
 */
export async function updateGridBoundary(
  ctx: Context,
  gridId: number,
  boundary: Geometry,
  expectedVersion: number,
  options: EditOptions = {},
  action: 'grid.boundary.update' | 'grid.revert' = 'grid.boundary.update',
  note?: string,
): Promise<EditOutcome> {
  const shape = toWgs84(checkBoundaryShape(boundary, 'boundary'), options.crs);
  const toleranceM = resolveTolerance(options.toleranceMeters, 'options.toleranceMeters');
  const { database } = ctx;
  return database.db.transaction(async (tx) => {
    await requireWriteGrid(ctx, tx, gridId);
    const subdistrictId = await subdistrictOfGrid(database, tx, gridId);
    await lockSubdistrictGrids(database, tx, subdistrictId);
    const before = await checkVersion(database, tx, gridId, expectedVersion);
    const geom = geomSql(shape);
    const overlaps = await validateBoundary(database, tx, geom, {
      subdistrictId,
      parentGridId: before.parentGridId,
      excludeGridIds: [gridId],
      toleranceM,
      field: 'boundary',
    });
    const what = note ?? `${action} ${toGlobalId('Grid', gridId)}`;
    if (!options.clipNeighbours) refuseOverlaps(overlaps, 'boundary');
    const after = await writeBoundary(database, tx, gridId, expectedVersion, geom, ctx.actor);
    const clipped = await clipNeighbours(ctx, tx, overlaps, geom, 'boundary', what);
    await audit(tx, {
      actor: ctx.actor,
      action,
      entityType: 'Grid',
      entityId: gridId,
      before,
      after,
      note,
    });
    const reassignment = await applyConsequences(
      ctx,
      tx,
      subdistrictId,
      [gridId, ...clipped],
      what,
    );
    return {
      gridIds: [gridId, ...clipped],
      clippedGridIds: clipped,
      removedGridIds: [],
      reassignment,
    };
  });
}
