// Public surface of the policy concept (issue 4): profiles as data, the materialized evaluation
// of every organization, roll-ups and the reference evaluator.
export {
  ensureSeedProfiles,
  loadProfiles,
  profileByKey,
  validateProfile,
} from './profiles.store.ts';
export type { StoredProfile } from './profiles.store.ts';
export { refreshCoverage, type RefreshOptions } from './refresh.sql.ts';
export { ensureCoverageFresh } from './freshness.ts';
export { factColumns, loadOrgFacts } from './facts.sql.ts';
export { parseScope, scopeSql, type Scope } from './scope.ts';
export { coverageFields, loadCoverage, type CoverageModel } from './coverage.model.ts';
export {
  evaluateOrganization,
  EXCLUDED_STATUSES,
  type Evaluation,
  type LedgerFacts,
  type OrgFacts,
} from './evaluate.ts';
export { parseProfile, profileDocument, type ProfileDocument } from './profile.schema.ts';
export {
  CHANGLE_2011,
  COUNTY_PLAN,
  DEFAULT_PROFILE_KEY,
  SEED_PROFILES,
  SHUNYI_2017,
} from './profiles/index.ts';
export { orgCoverage, coverageRollup, coverageState, policyProfiles } from './policy.tables.ts';
export { DEFAULT_JOINT_UNIT_LIMIT } from './policy.constants.ts';
export { PROFILE_LOOKUP_REASONS, requireProfile } from './profile-lookup.ts';
// How other concepts read the materialized coverage without naming policy's tables.
export {
  buildingCountsSql,
  coverageProfile,
  coverageStatusJoin,
  filteredGridCountsSql,
  gridGapCountsSql,
  gridRollupCountsSql,
  scopedCoverageIdsSql,
  type CoverageProfile,
  type ScopedKind,
} from './coverage.read.sql.ts';
