import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  defaultNow,
  identity,
  refersTo,
  scopeIds,
  scopeIndexes,
  versioned,
  versionPositive,
} from '../db/columns.ts';
import { orgCategory, orgSubKind } from '../orgs/orgs.tables.ts';

/** A locality's coverage rules as data (validated by policy/profile.schema.ts). */
export const policyProfiles = pgTable(
  'policy_profiles',
  {
    id: identity(),
    /** Stable key, e.g. shunyi-2017 */
    key: text().notNull(),
    name: text().notNull(),
    document: jsonb().notNull(),
    ...versioned(),
  },
  (t) => [uniqueIndex('policy_profiles_key_uq').on(t.key), versionPositive('policy_profiles', t)],
);

export type PolicyProfileRow = typeof policyProfiles.$inferSelect;

/** 组织覆盖 / 工作覆盖 / 无覆盖 */
export const coverageKind = pgEnum('coverage_kind', ['none', 'work', 'organizational']);

/**
 * The evaluation of every organization under every profile, kept by `refreshCoverage`
 * (policy/refresh.sql.ts). Rule results are bitmasks over the profile's `rules` array (bit i =
 * rules[i]); reasons are worded from them by policy/reasons.ts. Scope and category columns are
 * copied from the organization so roll-ups and scoped lists never join back.
 */
export const orgCoverage = pgTable(
  'org_coverage',
  {
    /**
     * No foreign keys on purpose: the per-row key checks cost more than the insert itself on a
     * full refresh (and would lock every organization row). Rows of deleted organizations go
     * when `refreshCoverage` is called with their ids; a profile is never deleted.
     */
    profileId: integer().notNull(),
    organizationId: integer().notNull(),
    ...scopeIds(),
    buildingId: integer(),
    category: orgCategory().notNull(),
    subKind: orgSubKind().notNull(),
    /** Key of the profile's size class the organization falls in (seed 001 survey), or null. */
    sizeClass: text(),
    partyMembers: integer().notNull(),
    /** The party organization it belongs to now (own, joint or attached), if any. */
    partyOrganizationId: integer(),
    /** Own party organization (not joint, not attached): counts as standalone (单独组建). */
    standalone: boolean().notNull(),
    hasInstructor: boolean().notNull(),
    hasMassOrgs: boolean().notNull(),
    /** Bit i set: rules[i] applies. */
    applicable: integer().notNull(),
    /** Bit i set: rules[i] applies and its requirement is not met. */
    unmet: integer().notNull(),
    ...coverageVerdict(),
    computedAt: defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.profileId, t.organizationId] }),
    index('org_coverage_grid_idx').on(t.profileId, t.gridId),
    index('org_coverage_building_idx').on(t.profileId, t.buildingId),
    index('org_coverage_blank_idx')
      .on(t.profileId, t.organizationId)
      .where(sql`${t.isBlankSpot}`),
    index('org_coverage_gap_idx')
      .on(t.profileId, t.organizationId)
      .where(sql`${t.isGap}`),
    index('org_coverage_excluded_idx')
      .on(t.profileId, t.organizationId)
      .where(sql`${t.isExcluded}`),
  ],
);

/**
 * An organization's verdict under a profile: its coverage kind and the flags lists and counts
 * filter by; kept in org_coverage and copied by a snapshot (fresh column builders per table).
 */
export function coverageVerdict() {
  return {
    coverage: coverageKind().notNull(),
    /** Zombie or deregistered (seed 000 art. 7): counted for nothing, listed for clean-up. */
    isExcluded: boolean().notNull(),
    /** Active with neither organizational nor work coverage (空白点). */
    isBlankSpot: boolean().notNull(),
    /** Active with an unmet member / party-organization requirement (未达标). */
    isGap: boolean().notNull(),
  };
}

/**
 * Active organizations per coverage verdict: with organizational and with work coverage, blank
 * spots and gaps; what the roll-ups and the snapshots count (fresh column builders per table).
 */
export const coverageCounts = () => ({
  organizational: integer().notNull(),
  work: integer().notNull(),
  blankSpots: integer().notNull(),
  gaps: integer().notNull(),
});

/** The breakdown and counts both roll-up levels keep (fresh column builders per table). */
function rollupCounts() {
  return {
    category: orgCategory().notNull(),
    subKind: orgSubKind().notNull(),
    sizeClass: text(),
    /** Active (not excluded) organizations. */
    total: integer().notNull(),
    ...coverageCounts(),
    standalone: integer().notNull(),
    /** Gaps that are not blank spots (the map draws a blank spot that is also a gap as blank). */
    gapsNotBlank: integer().notNull().default(0),
    /** Active organizations to which at least one gap-kind rule applies. */
    required: integer().notNull(),
    withInstructor: integer().notNull(),
    members: integer().notNull(),
    excluded: integer().notNull(),
  };
}

/**
 * Counts per (profile, grid, category, sub-kind, size class): a district summary sums a few
 * hundred rows instead of scanning organizations. Rows with a null grid hold organizations in
 * unmanaged area of their subdistrict. Kept by `refreshCoverage` for the grids it touches.
 */
export const coverageRollup = pgTable(
  'coverage_rollup',
  {
    profileId: refersTo(() => policyProfiles.id, { onDelete: 'cascade' }),
    ...scopeIds(),
    ...rollupCounts(),
  },
  (t) => scopeIndexes('coverage_rollup', t, t.profileId),
);

/**
 * The grid roll-up summed per subdistrict, so a whole-district summary reads ~150 rows whatever
 * the number of grids or organizations. Kept by `refreshCoverage` with coverage_rollup.
 */
export const coverageRollupSubdistrict = pgTable(
  'coverage_rollup_subdistrict',
  {
    profileId: integer().notNull(),
    districtId: integer().notNull(),
    subdistrictId: integer(),
    ...rollupCounts(),
  },
  (t) => scopeIndexes('coverage_rollup_sub', t, t.profileId),
);

/**
 * Current member units per party organization (issue 14): the summary's "joint branches over the
 * limit" reads the few above it instead of counting every unit. Kept by triggers on
 * party_org_units in the writing transaction (migration 0010_center_reach.sql).
 */
export const partyUnitCounts = pgTable(
  'party_unit_counts',
  {
    partyOrganizationId: integer().primaryKey(),
    units: integer().notNull(),
  },
  (t) => [index('party_unit_counts_units_idx').on(t.units)],
);

/**
 * Joint branches in force per grid of their record and current unit count (issue 14): the map's
 * zoomed-out joint layer reads a few rows per grid instead of every branch's seat. Kept by
 * triggers on party_organizations and party_unit_counts in the writing transaction (migration
 * 0012_joint_grid_units.sql); branches without a grid or a seat are left to the live query.
 */
export const jointGridUnits = pgTable(
  'joint_grid_units',
  {
    gridId: integer().notNull(),
    units: integer().notNull(),
    branches: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.gridId, t.units] })],
);

/**
 * Current assignments per instructor and grid of the organizations served (issue 14): distinct
 * instructors of an area without reading its organizations. Kept by triggers on
 * instructor_assignments and organizations in the writing transaction.
 */
export const instructorAreas = pgTable(
  'instructor_areas',
  {
    instructorId: integer().notNull(),
    ...scopeIds(),
    assignments: integer().notNull(),
  },
  (t) => [
    index('instructor_areas_instructor_idx').on(t.instructorId),
    ...scopeIndexes('instructor_areas', t),
  ],
);

/** Which profile version the materialized evaluation was computed from (staleness on start). */
export const coverageState = pgTable('coverage_state', {
  profileId: integer()
    .primaryKey()
    .references(() => policyProfiles.id, { onDelete: 'cascade' }),
  profileVersion: integer().notNull(),
  computedAt: defaultNow(),
});

export type OrgCoverageRow = typeof orgCoverage.$inferSelect;
export type CoverageRollupRow = typeof coverageRollup.$inferSelect;
