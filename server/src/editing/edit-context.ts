import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { badInput } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { refreshCoverage } from '../policy/index.ts';
import { audit } from '../audit/audit.ts';
import { requireWriteGrid } from '../auth/authorize.ts';
import { gridState, writeBoundary } from './grids.sql.ts';
import { EditReasons, LIMITS } from './limits.ts';
import { reassignBuildings, type Reassignment } from './reassign.sql.ts';
import type { Overlap } from './validate.sql.ts';
import { rows } from '../db/rows.ts';

/** What every edit returns (schema/editing.graphql `GridEditResult`). */
export interface EditOutcome {
  gridIds: number[];
  clippedGridIds: number[];
  removedGridIds: number[];
  reassignment: Reassignment;
  /** Neighbours a multi-grid save adjusted (NeighbourMode.ADJUST); also in `gridIds`. */
  adjustedGridIds?: number[];
  /** The audit group of the save (audit_log.change_id). */
  changeId?: string | null;
}

/**
 * Clips the given neighbours by the new boundary (`options.clipNeighbours`): each needs the
 * caller's write permission, keeps at least the minimum area, gets a new version and an audit
 * entry naming the edit that clipped it.
 */
export async function clipNeighbours(
  ctx: Context,
  tx: Executor,
  overlaps: Overlap[],
  newBoundary: SQL,
  field: string,
  note: string,
): Promise<number[]> {
  const database: Database = ctx.database;
  const out: number[] = [];
  for (const o of overlaps) {
    await requireWriteGrid(ctx, tx, o.id);
    const before = (await gridState(database, tx, o.id))!;
    const clipped = sql`ST_Multi(ST_CollectionExtract(ST_Difference(
      (SELECT boundary FROM grids WHERE id = ${o.id}), ${newBoundary}), 3))`;
    const [a] = await rows<{ area: number }>(
      tx,
      sql`SELECT coalesce(ST_Area(${clipped}::geography), 0) AS area`,
    );
    if (Number(a?.area ?? 0) < LIMITS.minAreaM2) {
      throw badInput(
        field,
        EditReasons.CLIP_EMPTIES_NEIGHBOUR,
        `clipping would leave nothing of ${o.name} (${o.code}); merge the grids instead`,
        { where: o.where },
      );
    }
    const after = await writeBoundary(database, tx, o.id, before.version, clipped, ctx.actor);
    await audit(tx, {
      actor: ctx.actor,
      action: 'grid.boundary.clip',
      entityType: 'Grid',
      entityId: o.id,
      before,
      after,
      note,
    });
    out.push(o.id);
  }
  return out;
}

/**
 * The consequences, in the edit's transaction: buildings and organizations move to the grid now
 * containing them, and the coverage evaluation of the moved organizations and the roll-ups of
 * every affected grid are recomputed at once (policy `refreshCoverage`), so no summary is stale.
 */
export async function applyConsequences(
  ctx: Context,
  tx: Executor,
  subdistrictId: number,
  affectedGridIds: number[],
  note: string,
  opts: { preview?: boolean } = {},
): Promise<Reassignment> {
  const reassignment = await reassignBuildings(
    ctx.database,
    tx,
    subdistrictId,
    affectedGridIds,
    ctx.actor,
    note,
  );
  // A preview's transaction is rolled back: the coverage it would compute is never read.
  if (opts.preview) return reassignment;
  await refreshCoverage(tx, {
    organizationIds: reassignment.organizationIds,
    gridIds: affectedGridIds,
  });
  return reassignment;
}
