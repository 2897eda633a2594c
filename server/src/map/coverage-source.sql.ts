import type { SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { badInput } from '../errors.ts';
import {
  coverageProfile,
  coverageStatusJoin,
  DEFAULT_JOINT_UNIT_LIMIT,
  DEFAULT_PROFILE_KEY,
  PROFILE_LOOKUP_REASONS,
} from '../policy/index.ts';

/**
 * Where the map reads coverage from: the materialized evaluation of one policy profile
 * (policy's org_coverage, issue 4), or - while no profile has been evaluated - only what
 * DOMAIN.md defines without a profile (policy/coverage.read.sql.ts).
 */
export interface CoverageSource {
  profileId: number | null;
  profileKey: string | null;
  /** The profile's joint-organization size limit; seed 000 art. 6's 15 when it sets none. */
  jointUnitLimit: number;
}

/** Resolves the profile a map query asks for; an unknown key is a BAD_USER_INPUT. */
export async function coverageSource(
  database: Database,
  profileKey?: string | null,
): Promise<CoverageSource> {
  const key = profileKey?.trim() || DEFAULT_PROFILE_KEY;
  const profile = await coverageProfile(database.db, key);
  if (!profile) {
    if (profileKey?.trim()) {
      throw badInput(
        'profileKey',
        PROFILE_LOOKUP_REASONS.UNKNOWN_PROFILE,
        `no policy profile "${key}"`,
      );
    }
    return { profileId: null, profileKey: null, jointUnitLimit: DEFAULT_JOINT_UNIT_LIMIT };
  }
  const jointUnitLimit = profile.jointUnitLimit ?? DEFAULT_JOINT_UNIT_LIMIT;
  return profile.evaluated
    ? { profileId: profile.id, profileKey: key, jointUnitLimit }
    : { profileId: null, profileKey: null, jointUnitLimit };
}

/** Joins each unaliased `organizations` row to its map status `cov.status` (policy's rules). */
export const covJoin = (source: CoverageSource): SQL => coverageStatusJoin(source.profileId);
