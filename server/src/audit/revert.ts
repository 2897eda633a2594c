import { sql } from 'drizzle-orm';
import type { MultiPolygon } from '../db/geojson.ts';
import { badInput, notFound } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import type { EditOutcome } from '../editing/edit-context.ts';
import { EditReasons } from '../editing/limits.ts';
import { updateGridBoundary, type EditOptions } from '../editing/update-boundary.ts';
import type { GridBoundaryAction } from './audit-types.ts';
import { auditEntry } from './history.sql.ts';
import { rows } from '../db/rows.ts';

/** Changes whose `before` boundary can be restored on the same grid. */
const REVERTIBLE = new Set<string>([
  'grid.boundary.update',
  'grid.boundary.clip',
  'grid.split',
  'grid.merge',
  'grid.revert',
] satisfies GridBoundaryAction[]);

/**
 * Reverts one recorded boundary change: restores its `before` boundary on the grid's current
 * version, through the same scope check and validation as any edit, audited as `grid.revert`
 * with the reverted entry named in the note.
 */
export async function revertChange(
  ctx: Context,
  auditId: number,
  options: EditOptions = {},
): Promise<EditOutcome> {
  const entry = await auditEntry(ctx.database, auditId);
  if (!entry) throw notFound(`AuditEntry:${auditId} does not exist`);
  const before = entry.before as { boundary?: MultiPolygon | null } | null;
  if (entry.entityType !== 'Grid' || !REVERTIBLE.has(entry.action) || !before?.boundary) {
    throw badInput(
      'auditId',
      EditReasons.NOT_REVERTIBLE,
      `${entry.action} on ${entry.entityType} ${entry.entityId} cannot be reverted here`,
    );
  }
  const gridId = Number(entry.entityId);
  const [cur] = await rows<{ version: number }>(
    ctx.database.db,
    sql`SELECT version FROM grids WHERE id = ${gridId}`,
  );
  if (!cur) throw notFound(`Grid:${gridId} no longer exists (merged or deleted)`);
  return updateGridBoundary(
    ctx,
    gridId,
    before.boundary,
    Number(cur.version),
    { ...options, crs: 'wgs84' },
    'grid.revert',
    `reverts AuditEntry:${auditId} (${entry.action})`,
  );
}
