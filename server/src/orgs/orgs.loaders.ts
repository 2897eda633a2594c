import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { organizations as o } from '../db/schema.ts';
import { badInput, Reasons } from '../errors.ts';
import { parseCursor } from '../graphql/ids.ts';
import { limits } from '../limits.ts';
import { orgFilterConditions } from './orgs.sql.ts';

/** Which column a nested `organizations` connection is scoped by. */
export type OrgScopeColumn = 'district_id' | 'subdistrict_id' | 'grid_id' | 'building_id';

export interface OrgPageKey {
  scope: OrgScopeColumn;
  scopeId: number;
  filter?: OrganizationFilter | null;
  first: number;
  after?: string | null;
}

/** One page of organization ids, with the total that matches the filter (ignoring `after`). */
export interface OrgPage {
  ids: number[];
  hasNextPage: boolean;
  totalCount: number;
}

/** `first` of a connection: 0..maxPageSize (limits.ts, 1,000 by default). */
export function checkFirst(first: number | null | undefined): number {
  const n = first ?? 50;
  const max = limits().maxPageSize;
  if (!Number.isInteger(n) || n < 0 || n > max) {
    throw badInput('first', Reasons.OUT_OF_RANGE, `must be between 0 and ${max}`);
  }
  return n;
}

/**
 * Batches the `organizations` connections of many parents (e.g. every grid of a subdistrict) into
 * one statement per distinct (scope, filter, first, after): a window per parent keeps the first
 * N rows and counts them all.
 */
export function createOrgConnectionLoader(database: Database) {
  return new DataLoader<OrgPageKey, OrgPage, string>(
    async (keys) => {
      const groups = new Map<string, OrgPageKey[]>();
      for (const k of keys) {
        const g = `${k.scope}|${JSON.stringify(k.filter ?? null)}|${k.first}|${k.after ?? ''}`;
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const results = new Map<string, OrgPage>();
      for (const group of groups.values()) {
        const { scope, filter, first, after } = group[0]!;
        const afterId = after ? parseCursor(after) : 0;
        const conds = orgFilterConditions(filter);
        const scopeIds = [...new Set(group.map((k) => k.scopeId))];
        const col = sql.identifier(scope);
        const where = sql.join(
          [
            sql`${col} IN (${sql.join(
              scopeIds.map((id) => sql`${id}`),
              sql`, `,
            )})`,
            ...conds,
          ],
          sql` AND `,
        );
        const rows = await database.rows<{
          scope_id: number;
          id: number;
          rn: string | number;
          total: string | number;
        }>(sql`
          SELECT scope_id, id, rn, total FROM (
            SELECT ${col} AS scope_id, ${o.id} AS id,
              count(*) FILTER (WHERE ${o.id} > ${afterId}) OVER (PARTITION BY ${col} ORDER BY ${o.id}) AS rn,
              count(*) OVER (PARTITION BY ${col}) AS total
            FROM ${o} WHERE ${where}
          ) t
          WHERE id > ${afterId} AND rn <= ${first + 1}
          ORDER BY scope_id, id`);
        const byScope = new Map<number, { ids: number[]; total: number }>();
        for (const r of rows) {
          const e = byScope.get(Number(r.scope_id)) ?? { ids: [], total: Number(r.total) };
          e.ids.push(Number(r.id));
          byScope.set(Number(r.scope_id), e);
        }
        for (const k of group) {
          const e = byScope.get(k.scopeId);
          const ids = e?.ids ?? [];
          let totalCount = e?.total ?? 0;
          if (!e && afterId > 0) totalCount = await countScope(database, k, conds);
          results.set(cacheKey(k), {
            ids: ids.slice(0, first),
            hasNextPage: ids.length > first,
            totalCount,
          });
        }
      }
      return keys.map((k) => results.get(cacheKey(k))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(k: OrgPageKey): string {
  return JSON.stringify([k.scope, k.scopeId, k.filter ?? null, k.first, k.after ?? null]);
}

/** A parent whose page after the cursor is empty still needs its total. */
async function countScope(
  database: Database,
  k: OrgPageKey,
  conds: ReturnType<typeof orgFilterConditions>,
) {
  const where = sql.join([sql`${sql.identifier(k.scope)} = ${k.scopeId}`, ...conds], sql` AND `);
  const [row] = await database.rows<{ n: string | number }>(
    sql`SELECT count(*) AS n FROM ${o} WHERE ${where}`,
  );
  return Number(row?.n ?? 0);
}
