import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as t from '../db/schema.ts';

/**
 * How each field of the hierarchy types is read in SQL when a whole query is compiled into one
 * statement (reads/compile.ts): the fields below, and every field named as a column of the
 * type's table (its drizzle key), serialized by its GraphQL type. Any other field is not
 * compiled: the query goes through graphql-js and the resolvers as before. So a resolver that
 * answers a column-named field with anything but the column must list the field in `RESOLVED`.
 */
export type FieldSpec =
  /** The global id `Type:id`. */
  | { k: 'id' }
  /** The row a foreign key of this row names (null when the key is null). */
  | { k: 'one'; type: HierarchyType; fk: PgColumn }
  /** The rows of `type` whose `fk` is this row's id, ordered by id, paged by `first`/`after`. */
  | { k: 'many'; type: HierarchyType; fk: PgColumn; topLevel?: PgColumn }
  /** The `organizations` connection of an area or building (`scope`: the organization's column). */
  | { k: 'orgs'; scope: PgColumn };

export type HierarchyType = 'District' | 'Subdistrict' | 'Grid' | 'Building' | 'Organization';

export interface TypeSpec {
  table: PgTable & { id: PgColumn };
  fields: Record<string, FieldSpec>;
}

const d = t.districts;
const s = t.subdistricts;
const g = t.grids;
const b = t.buildings;
const o = t.organizations;

const one = (type: HierarchyType, fk: PgColumn): FieldSpec => ({ k: 'one', type, fk });
const many = (type: HierarchyType, fk: PgColumn, topLevel?: PgColumn): FieldSpec => ({
  k: 'many',
  type,
  fk,
  topLevel,
});
/** A node type: its global id and `fields`. */
const node = (table: TypeSpec['table'], fields: Record<string, FieldSpec>): TypeSpec => ({
  table,
  fields: { id: { k: 'id' }, ...fields },
});
/** An area or a building: a node with the organizations whose `scope` column is its id. */
const area = (table: TypeSpec['table'], scope: PgColumn, fields: Record<string, FieldSpec>) =>
  node(table, { ...fields, organizations: { k: 'orgs', scope } });

export const TYPES: Record<HierarchyType, TypeSpec> = {
  District: area(d, o.districtId, { subdistricts: many('Subdistrict', s.districtId) }),
  Subdistrict: area(s, o.subdistrictId, {
    district: one('District', s.districtId),
    grids: many('Grid', g.subdistrictId, g.parentGridId),
    buildings: many('Building', b.subdistrictId),
  }),
  Grid: area(g, o.gridId, {
    subdistrict: one('Subdistrict', g.subdistrictId),
    parent: one('Grid', g.parentGridId),
    children: many('Grid', g.parentGridId),
    buildings: many('Building', b.gridId),
  }),
  Building: area(b, o.buildingId, {
    grid: one('Grid', b.gridId),
    subdistrict: one('Subdistrict', b.subdistrictId),
  }),
  Organization: node(o, {
    building: one('Building', o.buildingId),
    grid: one('Grid', o.gridId),
    subdistrict: one('Subdistrict', o.subdistrictId),
    district: one('District', o.districtId),
  }),
};

/** Root fields compiled, and the type each returns. */
export const ROOTS: Record<
  string,
  { type: HierarchyType; by: 'idOrCode' | 'id' | 'all' | 'orgs' }
> = {
  districts: { type: 'District', by: 'all' },
  district: { type: 'District', by: 'idOrCode' },
  subdistrict: { type: 'Subdistrict', by: 'idOrCode' },
  grid: { type: 'Grid', by: 'idOrCode' },
  building: { type: 'Building', by: 'id' },
  organization: { type: 'Organization', by: 'id' },
  organizations: { type: 'Organization', by: 'orgs' },
};

/** Fields named as a column whose resolver answers something else (none today). */
export const RESOLVED: Partial<Record<HierarchyType, readonly string[]>> = {};
