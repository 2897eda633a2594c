import DataLoader from 'dataloader';
import { and, asc, inArray, isNull, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { createOrgConnectionLoader } from '../orgs/orgs.loaders.ts';

/**
 * One loader set per request (DataLoader): nested levels load in one statement per level, so the
 * number of SQL statements grows with the depth of a query, not with the number of rows.
 */
export function createLoaders(database: Database) {
  const { db } = database;

  /** Rows by primary key. */
  function byId<T extends PgTable & { id: PgColumn }>(table: T) {
    return new DataLoader<number, T['$inferSelect'] | null>(async (ids) => {
      const rows = (await db
        .select()
        .from(table as PgTable)
        .where(inArray(table.id, [...ids]))) as (T['$inferSelect'] & { id: number })[];
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /** Child rows grouped by a foreign key, ordered by id. */
  function byParent<T extends PgTable & { id: PgColumn }>(table: T, fk: PgColumn, extra?: SQL) {
    return new DataLoader<number, T['$inferSelect'][]>(async (parentIds) => {
      const rows = (await db
        .select()
        .from(table as PgTable)
        .where(and(inArray(fk, [...parentIds]), extra))
        .orderBy(asc(table.id))) as Record<string, unknown>[];
      const groups = new Map<number, T['$inferSelect'][]>();
      for (const r of rows) {
        const key = r[fk.name === 'id' ? 'id' : camel(fk.name)] as number;
        const list = groups.get(key) ?? [];
        list.push(r as T['$inferSelect']);
        groups.set(key, list);
      }
      return parentIds.map((id) => groups.get(id) ?? []);
    });
  }

  return {
    district: byId(t.districts),
    subdistrict: byId(t.subdistricts),
    grid: byId(t.grids),
    building: byId(t.buildings),
    organization: byId(t.organizations),
    partyOrganization: byId(t.partyOrganizations),
    instructor: byId(t.instructors),
    serviceCenter: byId(t.serviceCenters),
    workstation: byId(t.buildingWorkstations),
    subdistrictsByDistrict: byParent(t.subdistricts, t.subdistricts.districtId),
    gridsBySubdistrict: byParent(t.grids, t.grids.subdistrictId),
    topGridsBySubdistrict: byParent(t.grids, t.grids.subdistrictId, isNull(t.grids.parentGridId)),
    gridsByParent: byParent(t.grids, t.grids.parentGridId),
    buildingsByGrid: byParent(t.buildings, t.buildings.gridId),
    buildingsBySubdistrict: byParent(t.buildings, t.buildings.subdistrictId),
    workstationByBuilding: byParent(t.buildingWorkstations, t.buildingWorkstations.buildingId),
    serviceCentersByDistrict: byParent(t.serviceCenters, t.serviceCenters.districtId),
    instructorsByDistrict: byParent(t.instructors, t.instructors.districtId),
    partyOrgsByDistrict: byParent(t.partyOrganizations, t.partyOrganizations.districtId),
    orgConnection: createOrgConnectionLoader(database),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Column names come back snake_case from drizzle's casing; rows use camelCase keys. */
function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
