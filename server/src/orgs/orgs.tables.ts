import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  defaultNow,
  identity,
  instant,
  scopeIndexes,
  versioned,
  versionPositive,
} from '../db/columns.ts';
import { point, type WithLazyGeometry } from '../db/geometry.ts';
import { buildings, scopeRefs } from '../geography/geography.tables.ts';

/** 新经济组织 / 新社会组织 */
export const orgCategory = pgEnum('org_category', ['new_economic', 'new_social']);
export const orgSubKind = pgEnum('org_sub_kind', [
  'non_public_enterprise', // 非公有制企业
  'individual_business', // 个体工商户
  'social_group', // 社会团体
  'private_non_enterprise', // 民办非企业单位 (private schools, hospitals ...)
  'foundation', // 基金会
  'social_intermediary', // 社会中介组织 (law, accounting, social-work firms, tax agents)
]);
/** Operating status; zombie (僵尸型) and deregistered organizations count for no coverage. */
export const orgStatus = pgEnum('org_status', ['operating', 'suspended', 'zombie', 'deregistered']);

export const organizations = pgTable(
  'organizations',
  {
    id: identity(),
    name: text().notNull(),
    /** 统一社会信用代码 (GB 32100-2015), 18 characters with a check character. */
    uscc: text(),
    category: orgCategory().notNull(),
    subKind: orgSubKind().notNull(),
    /** Industry code, see ledger/industries.ts (e.g. law, accounting, express_delivery). */
    industry: text().notNull().default('other'),
    status: orgStatus().notNull().default('operating'),
    employees: integer().notNull().default(0),
    /** Formal (正式) party members among the staff. */
    partyMembers: integer().notNull().default(0),
    /** Annual revenue in yuan. */
    revenueYuan: bigint({ mode: 'number' }),
    /** For social groups: member units (seed 001: 80+ member units). */
    memberUnits: integer(),
    ownerIsMember: boolean().notNull().default(false),
    hasTradeUnion: boolean().notNull().default(false),
    hasYouthLeague: boolean().notNull().default(false),
    hasWomensFederation: boolean().notNull().default(false),
    /** 入党积极分子 */
    activists: integer().notNull().default(0),
    /** 隶属关系 */
    affiliation: text(),
    /** 组建方向 */
    establishmentDirection: text(),
    address: text(),
    buildingId: integer().references(() => buildings.id),
    /** Denormalized from the location so scope filters hit one index; kept by boundary edits. */
    ...scopeRefs(),
    location: point(),
    createdAt: defaultNow(),
    /**
     * Optimistic lock (issue 16): every edit names the version it started from; who saved the
     * current version (a user name, `import:<user>` ...) and when.
     */
    ...versioned(),
    /** Last confirmed or corrected by a person (the semiannual check, seed 000 art. 13). */
    checkedAt: instant(),
    checkedBy: text(),
  },
  (t) => [
    uniqueIndex('organizations_uscc_uq').on(t.uscc),
    ...scopeIndexes('organizations', t),
    index('organizations_building_idx').on(t.buildingId),
    index('organizations_location_gist').using('gist', t.location),
    check('organizations_employees_range', sql`${t.employees} BETWEEN 0 AND 1000000`),
    check(
      'organizations_members_range',
      sql`${t.partyMembers} >= 0 AND ${t.partyMembers} <= GREATEST(${t.employees}, 1)`,
    ),
    check('organizations_revenue_range', sql`${t.revenueYuan} IS NULL OR ${t.revenueYuan} >= 0`),
    check(
      'organizations_member_units_range',
      sql`${t.memberUnits} IS NULL OR ${t.memberUnits} >= 0`,
    ),
    check('organizations_activists_range', sql`${t.activists} >= 0`),
    versionPositive('organizations', t),
    check('organizations_uscc_format', sql`${t.uscc} IS NULL OR length(${t.uscc}) = 18`),
    check(
      'organizations_category_kind',
      sql`(${t.category} = 'new_economic') = (${t.subKind} IN ('non_public_enterprise', 'individual_business'))`,
    ),
  ],
);

export type OrganizationRow = WithLazyGeometry<typeof organizations.$inferSelect, 'location'>;
export type NewOrganizationRow = typeof organizations.$inferInsert;
