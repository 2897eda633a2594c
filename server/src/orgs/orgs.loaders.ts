import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { organizations as o } from '../db/schema.ts';
import { anyOf } from '../db/sql-arrays.ts';
import { badInput, Reasons } from '../errors.ts';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { parseCursor } from '../graphql/ids.ts';
import { limits } from '../limits.ts';
import { pickOrgColumns, type OrgColumnKey } from './orgs.columns.ts';
import { orgFilterConditions } from './orgs.sql.ts';
import type { OrganizationRow } from './orgs.tables.ts';
import { rows } from '../db/rows.ts';

/** Which column a nested `organizations` connection is scoped by. */
export type OrgScopeColumn = 'district_id' | 'subdistrict_id' | 'grid_id' | 'building_id';

export interface OrgPageKey {
  scope: OrgScopeColumn;
  scopeId: number;
  filter?: OrganizationFilter | null;
  first: number;
  after?: string | null;
  /** Columns the query's selection needs; null: every column but the geometry. */
  columns?: OrgColumnKey[] | null;
}

/** One page of organizations, with the total that matches the filter (ignoring `after`). */
export interface OrgPage {
  /** Every column but the geometry, read by the page statement itself. */
  rows: OrganizationRow[];
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
        const g = `${k.scope}|${k.filter ? JSON.stringify(k.filter) : ''}|${k.first}|${k.after ?? ''}|${k.columns?.join(',') ?? '*'}`;
        // push, not a spread copy: copying made grouping quadratic (19 s for 44k keys, issue 14)
        const list = groups.get(g);
        if (list) list.push(k);
        else groups.set(g, [k]);
      }
      const results = new Map<string, OrgPage>();
      for (const group of groups.values()) {
        const { scope, filter, first, after, columns } = group[0]!;
        const picked = orgColumns(columns ?? null);
        const afterId = after ? parseCursor(after) : 0;
        const conds = orgFilterConditions(filter);
        const scopeIds = [...new Set(group.map((k) => k.scopeId))];
        const col = sql.identifier(scope);
        // One array parameter whatever the number of parents (the driver allows 65,534).
        const where = sql.join([anyOf(col, scopeIds), ...conds], sql` AND `);
        // The page statement reads the rows themselves (every column but the geometry): one
        // statement per level instead of a page of ids and then the rows by id.
        const result = await rows<
          Record<string, unknown> & {
            scope_id: number;
            rn: string | number;
            total: string | number;
          }
        >(
          database.db,
          sql`
          SELECT * FROM (
            SELECT ${col} AS scope_id, ${picked.list},
              count(*) FILTER (WHERE ${o.id} > ${afterId}) OVER (PARTITION BY ${col} ORDER BY ${o.id}) AS rn,
              count(*) OVER (PARTITION BY ${col}) AS total
            FROM ${o} WHERE ${where}
          ) t
          WHERE id > ${afterId} AND rn <= ${first + 1}
          ORDER BY scope_id, id`,
        );
        const byScope = new Map<number, { rows: OrganizationRow[]; total: number }>();
        for (const r of result) {
          const s = Number(r.scope_id);
          let e = byScope.get(s);
          if (!e) byScope.set(s, (e = { rows: [], total: Number(r.total) }));
          e.rows.push(decodeOrganization(r, picked.cols));
        }
        // A parent whose page after the cursor is empty still needs its total.
        const missing = afterId > 0 ? scopeIds.filter((id) => !byScope.has(id)) : [];
        const totals = missing.length ? await countScopes(database, scope, missing, conds) : null;
        for (const k of group) {
          const e = byScope.get(k.scopeId);
          const page = (e?.rows ?? []).slice(0, first);
          results.set(cacheKey(k), {
            rows: page,
            hasNextPage: (e?.rows.length ?? 0) > first,
            totalCount: e?.total ?? totals?.get(k.scopeId) ?? 0,
          });
        }
      }
      return keys.map((k) => results.get(cacheKey(k))!);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** [key, column, database name]: the schema uses drizzle's snake_case casing. */
type OrgColumn = readonly [string, PgColumn, string];

export function orgColumns(keys: OrgColumnKey[] | null) {
  const cols: OrgColumn[] = Object.entries(pickOrgColumns(keys)).map(
    ([key, col]) => [key, col, key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`)] as const,
  );
  return {
    cols,
    list: sql.join(
      cols.map(([, col]) => sql`${col}`),
      sql`, `,
    ),
  };
}

/** A raw (snake_case) row into an OrganizationRow, with drizzle's own decoding per column. */
export function decodeOrganization(
  raw: Record<string, unknown>,
  cols: OrgColumn[],
): OrganizationRow {
  const row: Record<string, unknown> = {};
  for (const [key, col, name] of cols) {
    const v = raw[name];
    row[key] = v == null ? null : col.mapFromDriverValue(v);
  }
  return row as unknown as OrganizationRow;
}

/** Called for every parent (12,000 buildings in one request): plain concatenation, no JSON. */
function cacheKey(k: OrgPageKey): string {
  const filter = k.filter ? JSON.stringify(k.filter) : '';
  return `${k.scope}|${k.scopeId}|${k.first}|${k.after ?? ''}|${k.columns?.join(',') ?? '*'}|${filter}`;
}

/** Totals of several parents in one statement. */
async function countScopes(
  database: Database,
  scope: OrgScopeColumn,
  scopeIds: number[],
  conds: ReturnType<typeof orgFilterConditions>,
) {
  const col = sql.identifier(scope);
  const where = sql.join([anyOf(col, scopeIds), ...conds], sql` AND `);
  const result = await rows<{ s: number; n: string | number }>(
    database.db,
    sql`SELECT ${col} AS s, count(*) AS n FROM ${o} WHERE ${where} GROUP BY 1`,
  );
  return new Map(result.map((r) => [Number(r.s), Number(r.n)]));
}
