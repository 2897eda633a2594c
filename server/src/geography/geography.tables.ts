import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { defaultNow, identity, refersTo, versioned, versionPositive } from '../db/columns.ts';
import { multiPolygon, point, type WithLazyGeometry } from '../db/geometry.ts';

/** 街道 / 镇 / 乡 / 功能园区 */
export const subdistrictKind = pgEnum('subdistrict_kind', ['street', 'town', 'township', 'park']);
/** Seed 003: 片区网格 > 单元网格 > 基础网格 */
export const gridKind = pgEnum('grid_kind', ['area', 'unit', 'basic']);
export const buildingKind = pgEnum('building_kind', [
  'commercial_office', // 商务楼宇
  'factory', // 厂房
  'shop', // 沿街商铺
  'residential', // 住宅
  'industrial_park', // 园区楼宇
  'mixed', // 综合体
  'other',
]);

/**
 * What every level of the hierarchy (district, subdistrict, grid) is: a code unique on its level,
 * a name and a boundary (fresh column builders per table).
 */
const hierarchyArea = () => ({
  code: text().notNull(),
  name: text().notNull(),
  boundary: multiPolygon(),
});

/** The indexes of a `hierarchyArea`: its code unique, its boundary for spatial search (GiST). */
const hierarchyIndexes = (table: string, t: { code: AnyPgColumn; boundary: AnyPgColumn }) => [
  uniqueIndex(`${table}_code_uq`).on(t.code),
  index(`${table}_boundary_gist`).using('gist', t.boundary),
];

export const districts = pgTable(
  'districts',
  {
    id: identity(),
    /** code: the 6-digit administrative division code, e.g. 110113 */
    ...hierarchyArea(),
    createdAt: defaultNow(),
  },
  (t) => hierarchyIndexes('districts', t),
);

export const subdistricts = pgTable(
  'subdistricts',
  {
    id: identity(),
    districtId: refersTo(() => districts.id),
    /** code: the 9-digit code of a street / town */
    ...hierarchyArea(),
    kind: subdistrictKind().notNull(),
    createdAt: defaultNow(),
  },
  (t) => [
    ...hierarchyIndexes('subdistricts', t),
    index('subdistricts_district_idx').on(t.districtId),
  ],
);

export const grids = pgTable(
  'grids',
  {
    id: identity(),
    subdistrictId: refersTo(() => subdistricts.id),
    /** Grids nest: area > unit > basic (seed 003). */
    parentGridId: integer().references((): AnyPgColumn => grids.id),
    /** code: a 12-digit community / village code where the grid is one, otherwise a local code */
    ...hierarchyArea(),
    kind: gridKind().notNull().default('area'),
    managerName: text(),
    /** Optimistic lock: every boundary save names the version it started from. */
    ...versioned(),
  },
  (t) => [
    ...hierarchyIndexes('grids', t),
    index('grids_subdistrict_idx').on(t.subdistrictId),
    index('grids_parent_idx').on(t.parentGridId),
    versionPositive('grids', t),
  ],
);

/**
 * The scope a row is counted in, as foreign keys: its district always, its subdistrict and grid
 * where it has them (`scopeIds` of db/columns.ts are the unchecked copies of derived tables).
 */
export const scopeRefs = () => ({
  districtId: refersTo(() => districts.id),
  subdistrictId: integer().references(() => subdistricts.id),
  gridId: integer().references(() => grids.id),
});

export const buildings = pgTable(
  'buildings',
  {
    id: identity(),
    subdistrictId: refersTo(() => subdistricts.id),
    /** The grid that contains the location; null when it lies in unmanaged area. */
    gridId: integer().references(() => grids.id),
    code: text(),
    name: text().notNull(),
    kind: buildingKind().notNull().default('other'),
    address: text(),
    floors: integer(),
    location: point().notNull(),
    footprint: multiPolygon(),
    createdAt: defaultNow(),
  },
  (t) => [
    uniqueIndex('buildings_code_uq').on(t.code),
    index('buildings_grid_idx').on(t.gridId),
    index('buildings_subdistrict_idx').on(t.subdistrictId),
    index('buildings_location_gist').using('gist', t.location),
    index('buildings_footprint_gist').using('gist', t.footprint),
    check('buildings_floors_range', sql`${t.floors} IS NULL OR ${t.floors} BETWEEN 1 AND 300`),
  ],
);

export type DistrictRow = WithLazyGeometry<typeof districts.$inferSelect, 'boundary'>;
export type SubdistrictRow = WithLazyGeometry<typeof subdistricts.$inferSelect, 'boundary'>;
export type GridRow = WithLazyGeometry<typeof grids.$inferSelect, 'boundary'>;
export type BuildingRow = WithLazyGeometry<typeof buildings.$inferSelect, 'location' | 'footprint'>;
