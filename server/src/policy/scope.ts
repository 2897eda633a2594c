import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { badInput, Reasons } from '../errors.ts';
import { parseGlobalId } from '../graphql/ids.ts';
import { rows } from '../db/rows.ts';
import { anyOf } from '../db/int-array.ts';

/** A node of the hierarchy a summary or list covers; a grid includes its nested grids. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'district'; id: number }
  | { kind: 'subdistrict'; id: number }
  | { kind: 'grid'; id: number; gridIds: number[] }
  | { kind: 'building'; id: number };

const KINDS = {
  District: 'district',
  Subdistrict: 'subdistrict',
  Grid: 'grid',
  Building: 'building',
} as const;

/** The grid and every grid nested under it (seed 003: area > unit > basic). */
export async function gridWithDescendants(executor: Executor, gridId: number): Promise<number[]> {
  const found = await rows<{ id: number }>(
    executor,
    sql`WITH RECURSIVE t(id) AS (SELECT ${gridId}::int
          UNION SELECT g.id FROM grids g JOIN t ON g.parent_grid_id = t.id)
        SELECT id FROM t`,
  );
  return found.map((r) => Number(r.id));
}

export async function makeScope(
  executor: Executor,
  kind: Scope['kind'],
  id: number,
): Promise<Scope> {
  if (kind === 'all') return { kind };
  if (kind === 'grid') return { kind, id, gridIds: await gridWithDescendants(executor, id) };
  return { kind, id };
}

/** `scope: ID` of a query: a District, Subdistrict, Grid or Building id, or null for all. */
export async function parseScope(
  executor: Executor,
  globalId: string | null | undefined,
  field = 'scope',
): Promise<Scope> {
  if (!globalId) return { kind: 'all' };
  const { type, id } = parseGlobalId(globalId, field);
  const kind = KINDS[type as keyof typeof KINDS];
  if (!kind) {
    throw badInput(
      field,
      Reasons.WRONG_ID_TYPE,
      `expected a District, Subdistrict, Grid or Building id, got a ${type} id`,
    );
  }
  return makeScope(executor, kind, id);
}

/** The scope as a condition on a table with district_id / subdistrict_id / grid_id / building_id. */
export function scopeSql(scope: Scope, alias?: string): SQL {
  const col = (c: string) => (alias ? sql.raw(`${alias}.${c}`) : sql.identifier(c));
  switch (scope.kind) {
    case 'all':
      return sql`TRUE`;
    case 'district':
      return sql`${col('district_id')} = ${scope.id}`;
    case 'subdistrict':
      return sql`${col('subdistrict_id')} = ${scope.id}`;
    case 'grid':
      return anyOf(col('grid_id'), scope.gridIds);
    case 'building':
      return sql`${col('building_id')} = ${scope.id}`;
  }
}
