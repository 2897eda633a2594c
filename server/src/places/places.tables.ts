import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { day, identity, refersTo, versioned, versionPositive } from '../db/columns.ts';
import { point, type WithLazyGeometry } from '../db/geometry.ts';
import { buildings, districts, subdistricts } from '../geography/geography.tables.ts';

/** 党群服务中心 levels; floor-area standards of seed 000 art. 25. */
export const serviceCenterLevel = pgEnum('service_center_level', [
  'district',
  'town',
  'street',
  'community',
]);

export const serviceCenters = pgTable(
  'service_centers',
  {
    id: identity(),
    name: text().notNull(),
    level: serviceCenterLevel().notNull(),
    floorAreaM2: real(),
    /** Service radius in metres on the ground (a 5-minute walk is about 400 m). */
    serviceRadiusM: integer().notNull().default(400),
    address: text(),
    location: point().notNull(),
    districtId: refersTo(() => districts.id),
    subdistrictId: integer().references(() => subdistricts.id),
    /** Optimistic lock (issue 16): every edit names the version it started from. */
    ...versioned(),
  },
  (t) => [
    index('service_centers_location_gist').using('gist', t.location),
    index('service_centers_district_idx').on(t.districtId),
    check('service_centers_radius_range', sql`${t.serviceRadiusM} BETWEEN 1 AND 50000`),
    check('service_centers_area_range', sql`${t.floorAreaM2} IS NULL OR ${t.floorAreaM2} > 0`),
    versionPositive('service_centers', t),
  ],
);

/** 商务楼宇工作站: a workstation serves the organizations in its building. */
export const buildingWorkstations = pgTable(
  'building_workstations',
  {
    id: identity(),
    buildingId: refersTo(() => buildings.id),
    name: text().notNull(),
    openedOn: day(),
    staff: integer(),
    /** Optimistic lock (issue 16): every edit names the version it started from. */
    ...versioned(),
  },
  (t) => [
    uniqueIndex('building_workstations_building_uq').on(t.buildingId),
    check('building_workstations_staff_range', sql`${t.staff} IS NULL OR ${t.staff} >= 0`),
    versionPositive('building_workstations', t),
  ],
);

/**
 * How far an organization is from the service centers (fresh column builders per table): what a
 * reach row records and what the roll-up groups by.
 */
const centerReach = () => ({
  /**
   * Walking minutes (80 m/min, map/viewport.ts) to the nearest center, rounded up; 61 when
   * none is within an hour or the organization has no location: outside a k-minute walk iff
   * walkMinutes > k.
   */
  walkMinutes: smallint().notNull(),
  /** No center's own service radius reaches it. */
  outsideOwn: boolean().notNull(),
});

/**
 * How far each organization is from the service centers (issue 14), so "outside every circle"
 * is a lookup instead of a distance join per request. Kept by triggers on organizations and
 * service_centers in the writing transaction (migration 0010_center_reach.sql); the distance is
 * the one the map has always used: metres in a local frame at the center's latitude.
 */
export const orgCenterReach = pgTable(
  'org_center_reach',
  {
    organizationId: integer().primaryKey(),
    gridId: integer(),
    /** Operating or suspended (not zombie or deregistered): only these count as outside. */
    active: boolean().notNull(),
    ...centerReach(),
  },
  (t) => [index('org_center_reach_grid_idx').on(t.gridId)],
);

/**
 * Active organizations per grid and reach (walk minutes, outside own radii): the low-zoom
 * counts of the OUTSIDE_CENTERS layer sum a few rows per grid. Kept with org_center_reach.
 */
export const centerReachRollup = pgTable(
  'center_reach_rollup',
  {
    gridId: integer().notNull(),
    ...centerReach(),
    organizations: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.gridId, t.walkMinutes, t.outsideOwn] })],
);

export type ServiceCenterRow = WithLazyGeometry<typeof serviceCenters.$inferSelect, 'location'>;
export type BuildingWorkstationRow = typeof buildingWorkstations.$inferSelect;
