import DataLoader from 'dataloader';
import { and, asc, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import * as t from '../db/schema.ts';
import { anyOf } from '../db/sql-arrays.ts';
import { createGridManagersLoader } from '../auth/grid-managers.ts';
import { createHierarchyLoaders } from '../geography/geography.loaders.ts';
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
        .where(anyOf(table.id, ids))) as (T['$inferSelect'] & { id: number })[];
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
        .where(and(anyOf(fk, parentIds), extra))
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
    // Hierarchy rows without their geometry, children paged (geography/geography.loaders.ts).
    ...createHierarchyLoaders(database),
    instructor: byId(t.instructors),
    workstation: byId(t.buildingWorkstations),
    workstationByBuilding: byParent(t.buildingWorkstations, t.buildingWorkstations.buildingId),
    orgConnection: createOrgConnectionLoader(database),
    gridManagers: createGridManagersLoader(database),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Column names come back snake_case from drizzle's casing; rows use camelCase keys. */
function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
