import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { idsSql } from './tiling.sql.ts';

/** Who could make a save refused for grids outside the caller's scope (issue 13). */
export interface WhoCan {
  /** The managers of each refused grid (the users with a scope on the grid itself). */
  managers: { gridId: string; gridName: string; names: string[] }[];
  /** The subdistrict's administrators: their scope holds every grid of the save. */
  administrators: string[];
}

/**
 * The people a refused save should go to: the managers of the refused grids, and the
 * administrators of their subdistrict, who may change all of them in one save. Display names
 * only (enabled users), in user id order.
 */
export async function whoCan(tx: Executor, refusedGridIds: readonly number[]): Promise<WhoCan> {
  const found = await rows<{ grid_id: number | null; grid_name: string | null; name: string }>(
    tx,
    sql`SELECT g.id AS grid_id, g.name AS grid_name, u.display_name AS name
        FROM user_scopes s JOIN users u ON u.id = s.user_id
        LEFT JOIN grids g ON s.kind = 'grid' AND g.id = s.node_id
        WHERE NOT u.disabled AND (
          (s.kind = 'grid' AND s.node_id IN (${idsSql(refusedGridIds)}))
          OR (s.kind = 'subdistrict' AND u.role = 'subdistrict_admin' AND s.node_id IN (
            SELECT subdistrict_id FROM grids WHERE id IN (${idsSql(refusedGridIds)}))))
        ORDER BY u.id`,
  );
  const managers = new Map<number, WhoCan['managers'][number]>();
  const administrators: string[] = [];
  for (const r of found) {
    if (r.grid_id === null) {
      if (!administrators.includes(r.name)) administrators.push(r.name);
      continue;
    }
    const id = Number(r.grid_id);
    const m = managers.get(id) ?? {
      gridId: toGlobalId('Grid', id),
      gridName: r.grid_name ?? '',
      names: [],
    };
    m.names.push(r.name);
    managers.set(id, m);
  }
  return { managers: [...managers.values()], administrators };
}

/** The same in English, for the error message. */
export function describeWhoCan(w: WhoCan): string {
  const parts = w.managers.map((m) => `${m.gridName} is managed by ${m.names.join(', ')}`);
  if (w.administrators.length) {
    parts.push(
      `the subdistrict administrator${w.administrators.length > 1 ? 's' : ''} ` +
        `${w.administrators.join(', ')} may change all of them in one save`,
    );
  }
  return parts.length ? ` Who can: ${parts.join('; ')}.` : '';
}
