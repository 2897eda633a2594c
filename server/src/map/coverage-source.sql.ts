import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { badInput } from '../errors.ts';
import { rows } from '../db/rows.ts';

/** policy/profiles: the profile the map shows when none is chosen (Shunyi 2017, seed 000). */
export const MAP_DEFAULT_PROFILE_KEY = 'shunyi-2017';

/**
 * Where the map reads coverage from: the materialized evaluation of one policy profile
 * (policy/policy.tables.ts `org_coverage`, issue 4), or - while no profile has been evaluated -
 * only what DOMAIN.md defines without a profile (a blank spot has no party organization, no
 * instructor and no mass organization; no gaps, which need a profile's rules).
 */
export interface CoverageSource {
  profileId: number | null;
  profileKey: string | null;
  /** The profile's joint-organization size limit; seed 000 art. 6's 15 when it sets none. */
  jointUnitLimit: number;
}

/** Seed 000 art. 6: a joint organization "generally no more than 15 member units". */
export const DEFAULT_JOINT_UNIT_LIMIT = 15;

/** Resolves the profile a map query asks for; an unknown key is a BAD_USER_INPUT. */
export async function coverageSource(
  database: Database,
  profileKey?: string | null,
): Promise<CoverageSource> {
  const key = profileKey?.trim() || MAP_DEFAULT_PROFILE_KEY;
  const [row] = await rows<{ id: unknown; evaluated: unknown; lim: unknown }>(
    database.db,
    sql`
    SELECT p.id, EXISTS (SELECT 1 FROM coverage_state s WHERE s.profile_id = p.id) AS evaluated,
      (p.document->>'jointUnitLimit')::int AS lim
    FROM policy_profiles p WHERE p.key = ${key}`,
  );
  if (!row) {
    if (profileKey?.trim()) {
      throw badInput('profileKey', 'UNKNOWN_PROFILE', `no policy profile "${key}"`);
    }
    return { profileId: null, profileKey: null, jointUnitLimit: DEFAULT_JOINT_UNIT_LIMIT };
  }
  const jointUnitLimit = row.lim == null ? DEFAULT_JOINT_UNIT_LIMIT : Number(row.lim);
  const evaluated = row.evaluated === true || row.evaluated === 't';
  return evaluated
    ? { profileId: Number(row.id), profileKey: key, jointUnitLimit }
    : { profileId: null, profileKey: null, jointUnitLimit };
}

/**
 * Joins each row of `organizations` (unaliased) to its status `cov.status`: 'inactive' |
 * 'blank_spot' | 'gap' | 'organizational' | 'work'. A blank spot that is also a gap shows as a
 * blank spot (the worse). LATERAL, so each organization is one primary-key lookup: a join
 * against the whole profile's coverage would hash a million rows for a street-sized viewport.
 */
export function covJoin(source: CoverageSource): SQL {
  if (source.profileId != null) {
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
      WHERE c.profile_id = ${source.profileId} AND c.organization_id = organizations.id) cov`;
  }
  return sql`CROSS JOIN LATERAL (
    SELECT CASE
        WHEN organizations.status IN ('zombie', 'deregistered') THEN 'inactive'
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
