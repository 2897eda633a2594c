import { isNull, sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { day, defaultNow, identity, refersTo, versioned, versionPositive } from '../db/columns.ts';
import { point, type WithLazyGeometry } from '../db/geometry.ts';
import { districts, scopeRefs, subdistricts } from '../geography/geography.tables.ts';
import { organizations } from '../orgs/orgs.tables.ts';

/** 党委 / 党总支 / 党支部 */
export const partyOrgKind = pgEnum('party_org_kind', ['committee', 'general_branch', 'branch']);
/** Founding modes of seed 001. */
export const foundingMode = pgEnum('founding_mode', [
  'standalone', // 单独组建
  'dispatched', // 派员帮建
  'park_joint', // 园区联建
  'industry_wide', // 行业统建
  'leading_enterprise', // 龙头领建
  'regional', // 区域合建
  'village_enterprise', // 村企联建
]);

export const partyOrganizations = pgTable(
  'party_organizations',
  {
    id: identity(),
    name: text().notNull(),
    kind: partyOrgKind().notNull(),
    foundingMode: foundingMode().notNull(),
    /** A joint (联合) organization covers several member units (seed 000 art. 6: generally <= 15). */
    isJoint: boolean().notNull().default(false),
    /** Attached (挂靠) to a village / community party organization. */
    isAttached: boolean().notNull().default(false),
    secretary: text(),
    /** Party members enrolled in this party organization. */
    memberCount: integer().notNull().default(0),
    foundedOn: day(),
    dissolvedOn: day(),
    /** The seat (where it meets); for a joint one, usually its lead unit's location. */
    seat: point(),
    ...scopeRefs(),
    createdAt: defaultNow(),
    /** Optimistic lock (issue 16): unit changes and dissolving name the version they started from. */
    ...versioned(),
  },
  (t) => [
    index('party_orgs_district_idx').on(t.districtId),
    index('party_orgs_grid_idx').on(t.gridId),
    index('party_orgs_seat_gist').using('gist', t.seat),
    check('party_orgs_member_count_range', sql`${t.memberCount} >= 0`),
    versionPositive('party_orgs', t),
    check(
      'party_orgs_dates_order',
      sql`${t.dissolvedOn} IS NULL OR ${t.foundedOn} IS NULL OR ${t.dissolvedOn} >= ${t.foundedOn}`,
    ),
  ],
);

/** Member units: an organization belongs to at most one party organization at a time. */
export const partyOrgUnits = pgTable(
  'party_org_units',
  {
    id: identity(),
    partyOrganizationId: refersTo(() => partyOrganizations.id),
    organizationId: refersTo(() => organizations.id),
    joinedOn: day(),
    leftOn: day(),
  },
  (t) => [
    uniqueIndex('party_org_units_current_uq')
      .on(t.organizationId)
      .where(sql`${t.leftOn} IS NULL`),
    index('party_org_units_party_org_idx').on(t.partyOrganizationId),
  ],
);

/** 党建工作指导员 */
export const instructors = pgTable(
  'instructors',
  {
    id: identity(),
    name: text().notNull(),
    phone: text(),
    isPartTime: boolean().notNull().default(true),
    districtId: refersTo(() => districts.id),
    subdistrictId: integer().references(() => subdistricts.id),
  },
  (t) => [index('instructors_district_idx').on(t.districtId)],
);

export const instructorAssignments = pgTable(
  'instructor_assignments',
  {
    id: identity(),
    instructorId: refersTo(() => instructors.id),
    organizationId: refersTo(() => organizations.id),
    assignedOn: day(),
    endedOn: day(),
  },
  (t) => [
    uniqueIndex('instructor_assignments_current_uq')
      .on(t.instructorId, t.organizationId)
      .where(sql`${t.endedOn} IS NULL`),
    index('instructor_assignments_org_idx').on(t.organizationId),
  ],
);

/** The condition of the member units that have not left (a party organization's members now). */
export const currentUnits = isNull(partyOrgUnits.leftOn);
/** The condition of the instructor assignments that have not ended. */
export const currentAssignments = isNull(instructorAssignments.endedOn);

export type PartyOrganizationRow = WithLazyGeometry<typeof partyOrganizations.$inferSelect, 'seat'>;
export type InstructorRow = typeof instructors.$inferSelect;
