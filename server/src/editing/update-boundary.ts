import { beginChange } from '../audit/audit.ts';
import type { Geometry } from '../db/geojson.ts';
import type { Context } from '../graphql/context.ts';
import type { InputCrs } from './crs.ts';
import type { EditOutcome } from './edit-context.ts';
import { resolveTolerance } from './limits.ts';
import { checkSave, saveBoundariesIn, type SaveBoundaries } from './update-boundaries.ts';

export interface EditOptions {
  toleranceMeters?: number | null;
  clipNeighbours?: boolean | null;
  crs?: InputCrs | null;
}

/**
 * Saves one grid's new boundary (issue 7), as a save of one grid (issue 13): without
 * `clipNeighbours` the neighbours do not change (an overlap beyond the tolerance is refused, one
 * within it is snapped off, a gap is refused); with it they take the land the grid releases and
 * give the land it takes. One transaction, so a refused edit writes nothing.
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
  const save: SaveBoundaries = {
    changes: [{ gridId, expectedVersion, boundary }],
    neighbours: options.clipNeighbours ? 'adjust' : 'exact',
    crs: options.crs,
    toleranceMeters: options.toleranceMeters,
    action,
    note,
    field: 'boundary',
  };
  checkSave(save);
  resolveTolerance(options.toleranceMeters, 'options.toleranceMeters');
  return ctx.database.db.transaction(async (tx) => {
    const changeId = await beginChange(tx);
    const run = await saveBoundariesIn(ctx, tx, save);
    return { ...run, changeId };
  });
}
