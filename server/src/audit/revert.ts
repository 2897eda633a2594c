import { sql } from 'drizzle-orm';
import type { MultiPolygon } from '../db/geojson.ts';
import { badInput, notFound } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import type { EditOutcome } from '../editing/edit-context.ts';
import { EditReasons } from '../editing/limits.ts';
import { updateGridBoundary, type EditOptions } from '../editing/update-boundary.ts';
import { updateGridBoundaries } from '../editing/update-boundaries.ts';
import type { GridBoundaryAction } from './audit-types.ts';
import { auditEntry } from './history.sql.ts';
import { rows } from '../db/rows.ts';

/** Changes whose `before` boundary can be restored on the same grid. */
const REVERTIBLE = new Set<string>([
  'grid.boundary.update',
  'grid.boundary.clip',
  'grid.boundary.adjust',
  'grid.split',
  'grid.merge',
  'grid.revert',
] satisfies GridBoundaryAction[]);

/**
 * Reverts a multi-grid save (issue 13) as one change: every grid it changed gets its `before`
 * boundary back on its current version, with no neighbour adjusted (the grids tiled before, so
 * they tile again unless someone changed the land since; the tiling check refuses that). Null
 * when the group is one grid or holds a create, split, merge or delete (reverted per entry).
 */
async function revertGroup(
  ctx: Context,
  changeId: string,
  auditId: number,
  options: EditOptions,
): Promise<EditOutcome | null> {
  const entries = await rows<{ entity_id: string; action: string; before: unknown }>(
    ctx.database.db,
    sql`SELECT entity_id, action, before FROM audit_log
        WHERE change_id = ${changeId} AND entity_type = 'Grid' ORDER BY id`,
  );
  if (entries.length < 2) return null;
  if (!entries.every((e) => GROUP_REVERTIBLE.has(e.action))) return null;
  const befores = entries.map((e) => ({
    gridId: Number(e.entity_id),
    before: (typeof e.before === 'string' ? JSON.parse(e.before) : e.before) as {
      boundary?: MultiPolygon | null;
    } | null,
  }));
  const current = await rows<{ id: number; version: number }>(
    ctx.database.db,
    sql`SELECT id, version FROM grids WHERE id IN (${sql.join(
      befores.map((b) => sql`${b.gridId}`),
      sql`, `,
    )})`,
  );
  const version = new Map(current.map((c) => [Number(c.id), Number(c.version)]));
  const changes = befores.map((b) => {
    const v = version.get(b.gridId);
    if (v === undefined) throw notFound(`Grid:${b.gridId} no longer exists (merged or deleted)`);
    if (!b.before?.boundary) {
      throw badInput('auditId', EditReasons.NOT_REVERTIBLE, `Grid:${b.gridId} had no boundary`);
    }
    return { gridId: b.gridId, expectedVersion: v, boundary: b.before.boundary };
  });
  return updateGridBoundaries(ctx, {
    changes,
    neighbours: 'exact',
    toleranceMeters: options.toleranceMeters,
    action: 'grid.revert',
    note: `reverts change ${changeId} (AuditEntry:${auditId})`,
    field: 'auditId',
  });
}

/** Actions of a multi-grid save: each only changed a boundary, so restoring `before` undoes it. */
const GROUP_REVERTIBLE = new Set<string>([
  'grid.boundary.update',
  'grid.boundary.adjust',
  'grid.boundary.clip',
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
  if (entry.changeId) {
    const group = await revertGroup(ctx, entry.changeId, auditId, options);
    if (group) return group;
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
