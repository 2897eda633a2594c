import { and, sql } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { orgFilterConditions } from '../orgs/orgs.sql.ts';
import type { StoredProfile } from './profiles.store.ts';
import { scopeSql, type Scope } from './scope.ts';
import { countCoverageRows, type AggRow } from './summary.sql.ts';

// A summary under an OrganizationFilter (issue 15: filters that mean the same everywhere): the
// roll-ups cannot apply the ledger's filters, so the area's org_coverage rows are joined to
// their organizations (unaliased, as orgFilterConditions expects) and counted one by one.

const FROM = sql`FROM org_coverage c JOIN organizations ON organizations.id = c.organization_id`;

/** The counts of the scope's organizations the filter keeps. */
export function loadFilteredSummaryRows(
  executor: Executor,
  profile: StoredProfile,
  scope: Scope,
  filter: OrganizationFilter,
): Promise<AggRow[]> {
  return countCoverageRows(
    executor,
    profile,
    FROM,
    and(scopeSql(scope, 'c'), ...orgFilterConditions(filter))!,
  );
}

/** Distinct party organizations of the kept active organizations. */
export async function countFilteredPartyOrgs(
  executor: Executor,
  profile: StoredProfile,
  scope: Scope,
  filter: OrganizationFilter,
): Promise<number> {
  const [row] = await rows<{ n: string | number }>(
    executor,
    sql`SELECT count(DISTINCT c.party_organization_id) AS n ${FROM}
        WHERE c.profile_id = ${profile.id} AND NOT c.is_excluded
          AND ${and(scopeSql(scope, 'c'), ...orgFilterConditions(filter))}`,
  );
  return Number(row?.n ?? 0);
}
