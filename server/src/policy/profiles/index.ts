import { CHANGLE_2011 } from './changle-2011.profile.ts';
import { COUNTY_PLAN } from './county-plan.profile.ts';
import { SHUNYI_2017 } from './shunyi-2017.profile.ts';

/** The three seed profiles loaded on start (policy/profiles.store.ts `ensureSeedProfiles`). */
export const SEED_PROFILES = [SHUNYI_2017, CHANGLE_2011, COUNTY_PLAN];
export const DEFAULT_PROFILE_KEY = SHUNYI_2017.key;
export { CHANGLE_2011, COUNTY_PLAN, SHUNYI_2017 };
