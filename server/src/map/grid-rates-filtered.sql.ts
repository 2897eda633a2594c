import { and, sql, type SQL } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import { orgFilterConditions } from '../orgs/orgs.sql.ts';
import { filteredGridCountsSql } from '../policy/index.ts';
import { covJoin, type CoverageSource } from './coverage-source.sql.ts';

/**
 * The choropleth under an OrganizationFilter (issue 15: filters that mean the same everywhere):
 * per grid of `gridIds` (a subquery) grid_id, n, org, work, blank, gap - the columns of the
 * unfiltered roll-up path - over the organizations the filter keeps. The roll-ups cannot apply
 * the ledger's filters, so the kept organizations are counted; only a filtered map pays for it.
 */
export function filteredGridCountsFor(
  source: CoverageSource,
  gridIds: SQL,
  filter: OrganizationFilter,
): SQL {
  const conds = [sql`organizations.grid_id IN (${gridIds})`, ...orgFilterConditions(filter)];
  if (source.profileId != null) return filteredGridCountsSql(source.profileId, and(...conds)!);
  // No evaluated profile: the statuses DOMAIN.md defines without one (no gaps).
  return sql`SELECT organizations.grid_id,
      count(*) FILTER (WHERE cov.status <> 'inactive') AS n,
      count(*) FILTER (WHERE cov.status = 'organizational') AS org,
      count(*) FILTER (WHERE cov.status = 'work') AS work,
      count(*) FILTER (WHERE cov.status = 'blank_spot') AS blank,
      count(*) FILTER (WHERE cov.status = 'gap') AS gap
    FROM organizations ${covJoin(source)}
    WHERE ${and(...conds)}
    GROUP BY organizations.grid_id`;
}
