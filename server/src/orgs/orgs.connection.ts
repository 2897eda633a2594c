import { sql, type SQL } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Context } from '../graphql/context.ts';
import { parseCursor, toCursor } from '../graphql/ids.ts';
import { organizations as o } from '../db/schema.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { asksTotalCount, orgColumnsOf } from './orgs.columns.ts';
import type { OrganizationRow } from './orgs.tables.ts';
import {
  checkFirst,
  decodeOrganization,
  orgColumns,
  type OrgPage,
  type OrgScopeColumn,
} from './orgs.loaders.ts';
import { orgFilterConditions } from './orgs.sql.ts';
import { rows } from '../db/rows.ts';

export interface OrgConnection {
  edges: { cursor: string; node: OrganizationRow }[];
  nodes: OrganizationRow[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/**
 * The page carries its rows (read by the page statement itself), so there is no second batch by
 * id whose failures could be dropped: a failed batch rejects, and GraphQL reports the error
 * (issue 14: errors had turned into empty lists).
 */
function pageToConnection(page: OrgPage, after?: string | null): OrgConnection {
  const rows = page.rows;
  const first = rows[0];
  const last = rows.at(-1);
  // Getters: computed only when the query reads them (a cursor costs a Buffer per row).
  return {
    get edges() {
      return rows.map((node) => ({ cursor: toCursor(node.id), node }));
    },
    nodes: rows,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      get startCursor() {
        return first ? toCursor(first.id) : null;
      },
      get endCursor() {
        return last ? toCursor(last.id) : null;
      },
    },
    totalCount: page.totalCount,
  };
}

export interface ConnArgs {
  filter?: OrganizationFilter | null;
  first?: number | null;
  after?: string | null;
}

/** The `organizations` connection of a hierarchy node, batched across siblings. */
export async function scopedOrganizations(
  scope: OrgScopeColumn,
  scopeId: number,
  args: ConnArgs,
  ctx: Context,
  info?: GraphQLResolveInfo,
) {
  const first = checkFirst(args.first);
  if (args.after) parseCursor(args.after);
  orgFilterConditions(args.filter); // validate before batching so errors name this field
  const page = await ctx.loaders.orgConnection.load({
    scope,
    scopeId,
    filter: args.filter,
    first,
    after: args.after,
    columns: orgColumnsOf(info),
  });
  return pageToConnection(page, args.after);
}

/**
 * The top-level `organizations` query, in ONE statement: the page (after the cursor) joined
 * laterally to the count of every match when the query asks `totalCount` (issue 14: PostGraphile
 * answers "within 500 m" with one statement; this sent a page and a count beside the session).
 */
export async function allOrganizations(args: ConnArgs, ctx: Context, info?: GraphQLResolveInfo) {
  const first = checkFirst(args.first);
  const afterId = args.after ? parseCursor(args.after) : 0;
  const conds = orgFilterConditions(args.filter);
  const picked = orgColumns(orgColumnsOf(info));
  const where = (extra: SQL[]) => {
    const all = [...conds, ...extra];
    return all.length ? sql`WHERE ${sql.join(all, sql` AND `)}` : sql``;
  };
  const page = sql`SELECT ${picked.list} FROM ${o} ${where([sql`${o.id} > ${afterId}`])}
    ORDER BY ${o.id} LIMIT ${first + 1}`;
  const counted = asksTotalCount(info);
  const result = await rows<Record<string, unknown> & { total?: string | number }>(
    ctx.database.db,
    counted
      ? sql`SELECT p.*, t.total FROM (SELECT count(*) AS total FROM ${o} ${where([])}) t
          LEFT JOIN LATERAL (${page}) p ON true`
      : page,
  );
  // With the count, an empty page is one row of nulls beside the total.
  const found = result.filter((r) => r.id != null);
  const pageRows = found.slice(0, first).map((r) => decodeOrganization(r, picked.cols));
  return pageToConnection(
    {
      rows: pageRows,
      hasNextPage: found.length > first,
      totalCount: counted ? Number(result[0]?.total ?? 0) : 0,
    },
    args.after,
  );
}
