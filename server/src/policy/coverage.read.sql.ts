import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { EXCLUDED_STATUSES } from './evaluate.ts';
import { scopeSql, type Scope } from './scope.ts';

// How other concepts (the map) read policy's materialized coverage (issue 4): SQL fragments over
// org_coverage and the roll-ups, so no reader names policy's tables or restates its rules.

/** A profile as a coverage reader needs it; `evaluated` once its org_coverage rows exist. */
export interface CoverageProfile {
  id: number;
  evaluated: boolean;
  /** The profile's own joint-organization size limit, or null when it sets none. */
  jointUnitLimit: number | null;
}

/** The profile with this key, whether it has been evaluated, and its joint limit. */
export async function coverageProfile(
  executor: Executor,
  key: string,
): Promise<CoverageProfile | null> {
  const [row] = await rows<{ id: unknown; evaluated: unknown; lim: unknown }>(
    executor,
    sql`SELECT p.id, EXISTS (SELECT 1 FROM coverage_state s WHERE s.profile_id = p.id) AS evaluated,
          (p.document->>'jointUnitLimit')::int AS lim
        FROM policy_profiles p WHERE p.key = ${key}`,
  );
  if (!row) return null;
  return {
    id: Number(row.id),
    evaluated: row.evaluated === true || row.evaluated === 't',
    jointUnitLimit: row.lim == null ? null : Number(row.lim),
  };
}

const EXCLUDED = sql.raw(EXCLUDED_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * Joins each row of `organizations` (unaliased) to its status `cov.status`: 'inactive' |
 * 'blank_spot' | 'gap' | 'organizational' | 'work'. A blank spot that is also a gap shows as a
 * blank spot (the worse). With `profileId` null (no evaluated profile), only what DOMAIN.md
 * defines without a profile: a blank spot has no party organization, no instructor and no mass
 * organization; no gaps. LATERAL, so each organization is one primary-key lookup: a join against
 * the whole profile's coverage would hash a million rows for a street-sized viewport.
 */
export function coverageStatusJoin(profileId: number | null): SQL {
  if (profileId != null) {
    return sql`CROSS JOIN LATERAL (
      SELECT CASE
          WHEN c.is_excluded THEN 'inactive'
          WHEN c.is_blank_spot THEN 'blank_spot'
          WHEN c.is_gap THEN 'gap'
          WHEN c.coverage = 'organizational' THEN 'organizational'
          WHEN c.coverage = 'work' THEN 'work'
          ELSE 'blank_spot'
        END AS status
      FROM org_coverage c
      WHERE c.profile_id = ${profileId} AND c.organization_id = organizations.id) cov`;
  }
  return sql`CROSS JOIN LATERAL (
    SELECT CASE
        WHEN organizations.status IN (${EXCLUDED}) THEN 'inactive'
        WHEN EXISTS (SELECT 1 FROM party_org_units u
                     WHERE u.organization_id = organizations.id AND u.left_on IS NULL)
          THEN 'organizational'
        WHEN organizations.has_trade_union OR organizations.has_youth_league
          OR organizations.has_womens_federation
          OR EXISTS (SELECT 1 FROM instructor_assignments a
                     WHERE a.organization_id = organizations.id AND a.ended_on IS NULL)
          THEN 'work'
        ELSE 'blank_spot'
      END AS status) cov`;
}

/**
 * Per grid of `gridIds` (a subquery): grid_id, n, org, work, blank, gap from the grid roll-up (a
 * few rows per grid, one grouped scan for all of them).
 */
export const gridRollupCountsSql = (profileId: number, gridIds: SQL): SQL =>
  sql`SELECT r.grid_id, sum(r.total) AS n, sum(r.organizational) AS org, sum(r.work) AS work,
        sum(r.blank_spots) AS blank, sum(r.gaps) AS gap
      FROM coverage_rollup r
      WHERE r.profile_id = ${profileId} AND r.grid_id IN (${gridIds})
      GROUP BY r.grid_id`;

/**
 * Per grid: grid_id, n, org, work, blank, gap as gridRollupCountsSql counts them, but over the
 * organizations (unaliased `organizations`, joined to their coverage rows) that `where` keeps:
 * how a filtered choropleth counts.
 */
export const filteredGridCountsSql = (profileId: number, where: SQL): SQL =>
  sql`SELECT organizations.grid_id,
        count(*) FILTER (WHERE NOT c.is_excluded) AS n,
        count(*) FILTER (WHERE NOT c.is_excluded AND c.coverage = 'organizational') AS org,
        count(*) FILTER (WHERE NOT c.is_excluded AND c.coverage = 'work') AS work,
        count(*) FILTER (WHERE c.is_blank_spot) AS blank,
        count(*) FILTER (WHERE c.is_gap) AS gap
      FROM organizations
      JOIN org_coverage c ON c.profile_id = ${profileId} AND c.organization_id = organizations.id
      WHERE ${where}
      GROUP BY organizations.grid_id`;

/**
 * Per grid of `gridIds` (a subquery): grid_id, n, blank, gap of its blank spots and gaps (a blank
 * spot that is also a gap counts as a blank spot), from the grid roll-up: a few rows per grid.
 */
export const gridGapCountsSql = (profileId: number, gridIds: SQL): SQL =>
  sql`SELECT r.grid_id, sum(r.blank_spots + r.gaps_not_blank) AS n,
        sum(r.blank_spots) AS blank, sum(r.gaps_not_blank) AS gap
      FROM coverage_rollup r
      WHERE r.profile_id = ${profileId} AND r.grid_id IN (${gridIds})
      GROUP BY r.grid_id`;

/** One building's active organizations (n) and blank spots (blank), one index range. */
export const buildingCountsSql = (profileId: number, buildingId: SQL): SQL =>
  sql`SELECT count(*) FILTER (WHERE NOT c.is_excluded) AS n,
        count(*) FILTER (WHERE c.is_blank_spot) AS blank
      FROM org_coverage c WHERE c.profile_id = ${profileId} AND c.building_id = ${buildingId}`;

/** Which organizations of a scope a list reads (issue 15's planner lists). */
export type ScopedKind = 'blank_spot' | 'gap' | 'active' | 'unorganized';

const SCOPED_KIND: Record<ScopedKind, SQL> = {
  blank_spot: sql`c.is_blank_spot`,
  gap: sql`c.is_gap`,
  active: sql`NOT c.is_excluded`,
  // Active and in no party organization (own, joint or attached): who could still join one.
  unorganized: sql`NOT c.is_excluded AND c.party_organization_id IS NULL`,
};

/** Ids (`id`) of the profile's organizations of one kind in a scope, from the coverage rows. */
export const scopedCoverageIdsSql = (profileId: number, scope: Scope, kind: ScopedKind): SQL =>
  sql`SELECT c.organization_id AS id FROM org_coverage c
      WHERE c.profile_id = ${profileId} AND ${SCOPED_KIND[kind]} AND ${scopeSql(scope, 'c')}`;
