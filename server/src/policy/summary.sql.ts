import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { gapMaskSql } from './rules.sql.ts';
import type { StoredProfile } from './profiles.store.ts';
import { SUMS } from './refresh.sql.ts';
import { scopeSql, type Scope } from './scope.ts';
import { rows } from '../db/rows.ts';

/** Counts of one (category, sub-kind, size class) in an area. */
export interface AggRow {
  category: 'new_economic' | 'new_social';
  subKind:
    | 'non_public_enterprise'
    | 'individual_business'
    | 'social_group'
    | 'private_non_enterprise'
    | 'foundation'
    | 'social_intermediary';
  sizeClass: string | null;
  total: number;
  organizational: number;
  standalone: number;
  work: number;
  blankSpots: number;
  gaps: number;
  required: number;
  withInstructor: number;
  members: number;
  excluded: number;
}

export const COUNT_FIELDS = [
  'total',
  'organizational',
  'standalone',
  'work',
  'blankSpots',
  'gaps',
  'required',
  'withInstructor',
  'members',
  'excluded',
] as const;

type Raw = Record<string, string | number | null>;

function toAgg(r: Raw): AggRow {
  const out = {
    category: r.category,
    subKind: r.sub_kind,
    sizeClass: r.size_class ?? null,
  } as AggRow;
  for (const f of COUNT_FIELDS)
    out[f] = Number(r[f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] ?? 0);
  return out;
}

/**
 * The counts of (category, sub-kind, size class) over the org_coverage rows (aliased `c`) that
 * `from` and `where` select: what a building or a filtered area counts row by row.
 */
export async function countCoverageRows(
  executor: Executor,
  profile: StoredProfile,
  from: SQL,
  where: SQL,
): Promise<AggRow[]> {
  const active = sql`NOT c.is_excluded`;
  const found = await rows<Raw>(
    executor,
    sql`SELECT c.category, c.sub_kind, c.size_class,
          count(*) FILTER (WHERE ${active}) AS total,
          count(*) FILTER (WHERE ${active} AND c.coverage = 'organizational') AS organizational,
          count(*) FILTER (WHERE ${active} AND c.standalone) AS standalone,
          count(*) FILTER (WHERE ${active} AND c.coverage = 'work') AS work,
          count(*) FILTER (WHERE c.is_blank_spot) AS blank_spots,
          count(*) FILTER (WHERE c.is_gap) AS gaps,
          count(*) FILTER (WHERE ${active} AND (c.applicable & ${gapMaskSql(profile.document)}) <> 0) AS required,
          count(*) FILTER (WHERE ${active} AND c.has_instructor) AS with_instructor,
          COALESCE(sum(c.party_members) FILTER (WHERE ${active}), 0) AS members,
          count(*) FILTER (WHERE c.is_excluded) AS excluded
        ${from} WHERE c.profile_id = ${profile.id} AND ${where}
        GROUP BY c.category, c.sub_kind, c.size_class`,
  );
  return found.map(toAgg);
}

/**
 * The counts of an area: a sum over coverage_rollup (a few hundred rows for a whole district);
 * a building, below the roll-up's grain, counts its own org_coverage rows.
 */
export async function loadSummaryRows(
  executor: Executor,
  profile: StoredProfile,
  scope: Scope,
): Promise<AggRow[]> {
  if (scope.kind === 'building') {
    return countCoverageRows(executor, profile, sql`FROM org_coverage c`, scopeSql(scope, 'c'));
  }
  // A grid sums its rows of the grid roll-up; larger areas the subdistrict roll-up.
  const table = scope.kind === 'grid' ? sql`coverage_rollup` : sql`coverage_rollup_subdistrict`;
  const found = await rows<Raw>(
    executor,
    sql`SELECT category, sub_kind, size_class,
          ${sql.raw(SUMS.map((c) => `sum(${c}) AS ${c}`).join(', '))}
        FROM ${table} WHERE profile_id = ${profile.id} AND ${scopeSql(scope)}
        GROUP BY category, sub_kind, size_class`,
  );
  return found.map(toAgg);
}

/**
 * Party organizations in the area: for a district (or all) those registered there; below, the
 * distinct party organizations of the area's active organizations.
 */
export async function countPartyOrgs(
  executor: Executor,
  profile: StoredProfile,
  scope: Scope,
): Promise<number> {
  const live = sql`(dissolved_on IS NULL OR dissolved_on > current_date)`;
  const [row] =
    scope.kind === 'all' || scope.kind === 'district'
      ? await rows<{ n: string | number }>(
          executor,
          sql`SELECT count(*) AS n FROM party_organizations WHERE ${live} AND ${scopeSql(scope)}`,
        )
      : await rows<{ n: string | number }>(
          executor,
          sql`SELECT count(DISTINCT party_organization_id) AS n FROM org_coverage
              WHERE profile_id = ${profile.id} AND NOT is_excluded AND ${scopeSql(scope)}`,
        );
  return Number(row?.n ?? 0);
}

/**
 * Joint party organizations with units in the area and more current units than `limit`: the
 * few over the limit come from party_unit_counts (kept by triggers, issue 14), then each is
 * checked for a unit in the area (an index range over its units).
 */
export async function jointOverLimit(
  executor: Executor,
  scope: Scope,
  limit: number,
): Promise<{ partyOrganizationId: number; units: number }[]> {
  const found = await rows<{ id: number; units: string | number }>(
    executor,
    sql`SELECT po.id, k.units
        FROM party_unit_counts k
        JOIN party_organizations po ON po.id = k.party_organization_id
        WHERE k.units > ${limit} AND po.is_joint
          AND (po.dissolved_on IS NULL OR po.dissolved_on > current_date)
          AND EXISTS (SELECT 1 FROM party_org_units u2
                      JOIN organizations o ON o.id = u2.organization_id
                      WHERE u2.party_organization_id = po.id AND u2.left_on IS NULL
                        AND ${scopeSql(scope, 'o')})
        ORDER BY po.id`,
  );
  return found.map((r) => ({ partyOrganizationId: Number(r.id), units: Number(r.units) }));
}

/**
 * Distinct instructors assigned now to organizations in the area: from instructor_areas (per
 * instructor and grid, kept by triggers, issue 14) above a building, from the assignments of
 * the building's organizations below.
 */
export async function instructorsAssigned(executor: Executor, scope: Scope): Promise<number> {
  const [row] =
    scope.kind === 'building'
      ? await rows<{ n: string | number }>(
          executor,
          sql`SELECT count(DISTINCT a.instructor_id) AS n
              FROM instructor_assignments a JOIN organizations o ON o.id = a.organization_id
              WHERE a.ended_on IS NULL AND ${scopeSql(scope, 'o')}`,
        )
      : await rows<{ n: string | number }>(
          executor,
          sql`SELECT count(DISTINCT instructor_id) AS n FROM instructor_areas
              WHERE ${scopeSql(scope)}`,
        );
  return Number(row?.n ?? 0);
}
