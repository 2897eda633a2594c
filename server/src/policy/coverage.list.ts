import { sql, type SQL } from 'drizzle-orm';
import type { CoverageListKind, OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Context } from '../graphql/context.ts';
import { parseCursor, toCursor } from '../graphql/ids.ts';
import { checkFirst } from '../orgs/orgs.loaders.ts';
import { orgFilterConditions } from '../orgs/orgs.sql.ts';
import type { OrganizationRow } from '../orgs/orgs.tables.ts';
import { coverageLoader, type CoverageModel } from './coverage.model.ts';
import type { StoredProfile } from './profiles.store.ts';
import { scopeSql, type Scope } from './scope.ts';
import { rows } from '../db/rows.ts';

export interface CoverageListArgs {
  kind: CoverageListKind;
  filter?: OrganizationFilter | null;
  first?: number | null;
  after?: string | null;
}

const KIND_SQL: Record<CoverageListKind, SQL> = {
  blank_spot: sql`c.is_blank_spot`,
  gap: sql`c.is_gap`,
  blank_spot_or_gap: sql`(c.is_blank_spot OR c.is_gap)`,
  excluded: sql`c.is_excluded`,
};

/**
 * Blank spots, gaps or excluded organizations of an area, by id with keyset cursors, from the
 * materialized org_coverage rows; `filter` is the organizations filter (orgs/orgs.sql.ts).
 */
export async function coverageList(
  ctx: Context,
  profile: StoredProfile,
  scope: Scope,
  args: CoverageListArgs,
) {
  const first = checkFirst(args.first);
  const afterId = args.after ? parseCursor(args.after) : 0;
  const conds = orgFilterConditions(args.filter);
  const where = sql.join(
    [sql`c.profile_id = ${profile.id}`, KIND_SQL[args.kind], scopeSql(scope, 'c'), ...conds],
    sql` AND `,
  );
  const from = sql`org_coverage c JOIN organizations ON organizations.id = c.organization_id`;
  const db = ctx.database.db;
  const [ids, [total]] = await Promise.all([
    rows<{ id: number }>(
      db,
      sql`SELECT c.organization_id AS id FROM ${from} WHERE ${where} AND c.organization_id > ${afterId}
          ORDER BY c.organization_id LIMIT ${first + 1}`,
    ),
    rows<{ n: string | number }>(db, sql`SELECT count(*) AS n FROM ${from} WHERE ${where}`),
  ]);
  const pageIds = ids.slice(0, first).map((r) => Number(r.id));
  const [orgs, coverages] = await Promise.all([
    ctx.loaders.organization.loadMany(pageIds),
    coverageLoader(ctx, profile).loadMany(pageIds),
  ]);
  const edges: { cursor: string; node: OrganizationRow; coverage: CoverageModel }[] = [];
  pageIds.forEach((id, i) => {
    const node = orgs[i];
    const coverage = coverages[i];
    if (!node || node instanceof Error || !coverage || coverage instanceof Error) return;
    edges.push({ cursor: toCursor(id), node, coverage });
  });
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: ids.length > first,
      hasPreviousPage: afterId > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: Number(total?.n ?? 0),
  };
}
