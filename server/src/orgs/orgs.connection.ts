import { asc, count, gt } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Context } from '../graphql/context.ts';
import { parseCursor, toCursor } from '../graphql/ids.ts';
import { organizations as o } from '../db/schema.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { orgColumnsOf, pickOrgColumns } from './orgs.columns.ts';
import type { OrganizationRow } from './orgs.tables.ts';
import { checkFirst, type OrgPage, type OrgScopeColumn } from './orgs.loaders.ts';
import { orgFilterConditions, whereAll } from './orgs.sql.ts';

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

/** The top-level `organizations` query. */
export async function allOrganizations(args: ConnArgs, ctx: Context, info?: GraphQLResolveInfo) {
  const first = checkFirst(args.first);
  const afterId = args.after ? parseCursor(args.after) : 0;
  const conds = orgFilterConditions(args.filter);
  const { db } = ctx.database;
  const [rows, [total]] = await Promise.all([
    db
      .select(pickOrgColumns(orgColumnsOf(info)))
      .from(o)
      .where(whereAll([...conds, gt(o.id, afterId)]))
      .orderBy(asc(o.id))
      .limit(first + 1),
    db.select({ n: count() }).from(o).where(whereAll(conds)),
  ]);
  const pageRows: OrganizationRow[] = rows.slice(0, first);
  const page: OrgPage = {
    rows: pageRows,
    hasNextPage: rows.length > first,
    totalCount: Number(total?.n ?? 0),
  };
  return pageToConnection(page, args.after);
}
