import { sql } from 'drizzle-orm';
import type { Executor } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';

/** A grid a test or bench edits: its boundary as stored and `metres` smaller (GeoJSON, 15 digits). */
export interface GridToShrink {
  id: number;
  version: number;
  original: unknown;
  shrunk: unknown;
}

/**
 * Top-level grids in id order (with `onePerSubdistrict`, the first of each subdistrict, as
 * edits in one subdistrict are serialized by its lock), each with a boundary `metres` smaller.
 * 15 digits: ST_AsGeoJSON's default 9 would not give the original back exactly (tiling).
 */
export async function gridsToShrink(
  executor: Executor,
  opts: { metres: number; limit: number; onePerSubdistrict?: boolean },
): Promise<GridToShrink[]> {
  const from = opts.onePerSubdistrict
    ? sql`(SELECT DISTINCT ON (subdistrict_id) * FROM grids WHERE parent_grid_id IS NULL
           ORDER BY subdistrict_id, id) g ORDER BY subdistrict_id`
    : sql`grids g WHERE parent_grid_id IS NULL ORDER BY id`;
  const list = await rows<{ id: number; version: number; original: string; shrunk: string }>(
    executor,
    sql`SELECT id, version, ST_AsGeoJSON(boundary, 15) AS original,
          ST_AsGeoJSON(ST_Buffer(boundary::geography, ${-opts.metres})::geometry, 15) AS shrunk
        FROM ${from} LIMIT ${opts.limit}`,
  );
  return list.map((g) => ({
    id: Number(g.id),
    version: Number(g.version),
    original: JSON.parse(g.original),
    shrunk: JSON.parse(g.shrunk),
  }));
}

/** Every grid's version by id, before a run, for gridVersionsWithoutAudit after it. */
export async function gridVersions(executor: Executor): Promise<Map<number, number>> {
  const list = await rows<{ id: number; version: number }>(
    executor,
    sql`SELECT id, version FROM grids`,
  );
  return new Map(list.map((g) => [Number(g.id), Number(g.version)]));
}

/**
 * Grids whose version did not move by exactly their audit rows since `initial` (a save that
 * wrote one grid of its group and not another, or bumped a version unaudited): 0 when it holds.
 */
export async function gridVersionsWithoutAudit(
  executor: Executor,
  initial: Map<number, number>,
): Promise<number> {
  const list = await rows<{ id: number; version: number; audits: number }>(
    executor,
    sql`SELECT g.id, g.version, (SELECT count(*) FROM audit_log a WHERE a.entity_type = 'Grid'
          AND a.entity_id = g.id::text AND a.action LIKE 'grid.%')::int AS audits
        FROM grids g`,
  );
  return list.filter(
    (g) => Number(g.version) !== (initial.get(Number(g.id)) ?? 1) + Number(g.audits),
  ).length;
}
