import { sql } from 'drizzle-orm';
import { audit, type AuditEntry } from '../audit/audit.ts';
import type { Database, Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';

export interface BuildingMoveRow {
  buildingId: number;
  fromGridId: number | null;
  toGridId: number | null;
  organizationIds: number[];
}

export interface Reassignment {
  moves: BuildingMoveRow[];
  /** Every organization whose grid changed (with or without a building). */
  organizationIds: number[];
}

const ids = (list: number[]) =>
  sql.join(
    (list.length ? list : [-1]).map((i) => sql`${i}`),
    sql`, `,
  );

/** The audit entry of a building or an organization that a change moved from one grid to another. */
export const gridReassigned = (
  kind: 'Building' | 'Organization',
  id: number,
  fromGridId: number | null,
  toGridId: number | null,
  actor: string,
  note?: string,
): AuditEntry => ({
  ...(kind === 'Building'
    ? { action: 'building.grid.reassign' as const, entityType: 'Building' as const }
    : { action: 'organization.grid.reassign' as const, entityType: 'Organization' as const }),
  actor,
  entityId: id,
  before: { gridId: fromGridId },
  after: { gridId: toGridId },
  note,
});
/**
 * After boundaries changed, puts every building of the subdistrict that the change can affect (in
 * an affected grid, in no grid, or inside an affected grid's new boundary) into the grid that now
 * contains its location: the smallest (deepest nested) one. Organizations follow their building
 * (`organizations.grid_id` is denormalized); organizations without a building follow their own
 * location. Audited per building and organization. Same transaction as the edit.
 */
export async function reassignBuildings(
  database: Database,
  tx: Executor,
  subdistrictId: number,
  affectedGridIds: number[],
  actor: string,
  note: string,
): Promise<Reassignment> {
  const affected = ids(affectedGridIds);
  const containing = (loc: ReturnType<typeof sql>) => sql`(SELECT g.id FROM grids g
      WHERE g.subdistrict_id = ${subdistrictId} AND g.boundary IS NOT NULL
        AND g.boundary && ${loc} AND ST_Covers(g.boundary, ${loc})
      ORDER BY ST_Area(g.boundary), g.id LIMIT 1)`;
  const moved = await rows<{
    id: number;
    old_grid: number | null;
    new_grid: number | null;
  }>(
    tx,
    sql`WITH cand AS (
        SELECT b.id, b.grid_id AS old_grid, ${containing(sql`b.location`)} AS new_grid
        FROM buildings b
        WHERE b.subdistrict_id = ${subdistrictId}
          AND (b.grid_id IN (${affected}) OR b.grid_id IS NULL
               OR EXISTS (SELECT 1 FROM grids a WHERE a.id IN (${affected})
                            AND a.boundary && b.location AND ST_Covers(a.boundary, b.location))))
      UPDATE buildings b SET grid_id = c.new_grid FROM cand c
      WHERE b.id = c.id AND c.new_grid IS DISTINCT FROM c.old_grid
      RETURNING b.id, c.old_grid, c.new_grid`,
  );
  const movedIds = moved.map((m) => Number(m.id));
  const orgs = await rows<{
    id: number;
    building_id: number | null;
    old_grid: number | null;
    new_grid: number | null;
  }>(
    tx,
    sql`WITH cand AS (
        SELECT o.id, o.building_id, o.grid_id AS old_grid,
          CASE WHEN o.building_id IS NOT NULL THEN b.grid_id ELSE ${containing(sql`o.location`)} END AS new_grid
        FROM organizations o LEFT JOIN buildings b ON b.id = o.building_id
        WHERE (o.building_id IN (${ids(movedIds)}))
           OR (o.building_id IS NULL AND o.location IS NOT NULL AND o.subdistrict_id = ${subdistrictId}
               AND (o.grid_id IN (${affected}) OR o.grid_id IS NULL
                    OR EXISTS (SELECT 1 FROM grids a WHERE a.id IN (${affected})
                                 AND a.boundary && o.location AND ST_Covers(a.boundary, o.location)))))
      UPDATE organizations o SET grid_id = c.new_grid, updated_at = now() FROM cand c
      WHERE o.id = c.id AND c.new_grid IS DISTINCT FROM c.old_grid
      RETURNING o.id, c.building_id, c.old_grid, c.new_grid`,
  );
  const byBuilding = new Map<number, number[]>();
  for (const o of orgs) {
    if (o.building_id === null) continue;
    const list = byBuilding.get(Number(o.building_id)) ?? [];
    list.push(Number(o.id));
    byBuilding.set(Number(o.building_id), list);
  }
  const num = (v: number | null) => (v === null ? null : Number(v));
  const moves = moved
    .map((m) => ({
      buildingId: Number(m.id),
      fromGridId: num(m.old_grid),
      toGridId: num(m.new_grid),
      organizationIds: (byBuilding.get(Number(m.id)) ?? []).sort((a, b) => a - b),
    }))
    .sort((a, b) => a.buildingId - b.buildingId);
  await audit(tx, [
    ...moves.map((m) =>
      gridReassigned('Building', m.buildingId, m.fromGridId, m.toGridId, actor, note),
    ),
    ...orgs.map((o) =>
      gridReassigned('Organization', Number(o.id), num(o.old_grid), num(o.new_grid), actor, note),
    ),
  ]);
  return { moves, organizationIds: orgs.map((o) => Number(o.id)).sort((a, b) => a - b) };
}
