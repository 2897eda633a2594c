import DataLoader from 'dataloader';
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import type { Geometry } from '../db/geojson.ts';
import * as t from '../db/schema.ts';
import { anyOf, intArray, intArrayText } from '../db/sql-arrays.ts';
import type { Context } from '../graphql/context.ts';
import type { OrganizationRow } from '../orgs/orgs.tables.ts';
import type { InstructorRow, PartyOrganizationRow } from '../party/party.tables.ts';
import type { ServiceCenterRow } from '../places/places.tables.ts';
import type { BuildingRow, DistrictRow, GridRow, SubdistrictRow } from './geography.tables.ts';
import { rows } from '../db/rows.ts';

/** A table's columns without the named (geometry) ones. */
function without<T extends PgTable, K extends keyof T['_']['columns']>(table: T, ...drop: K[]) {
  const cols = { ...getTableColumns(table) } as Record<string, PgColumn>;
  for (const k of drop) delete cols[k as string];
  return cols as Omit<T['_']['columns'], K>;
}

/**
 * Columns the hierarchy loaders read: every column but the geometry. Geometry is sent only when
 * a query asks for it, serialized by PostGIS (`geometryOf`), instead of decoding hex EWKB of
 * every boundary, location and footprint in JavaScript (issue 14).
 */
export const COLUMNS = {
  districts: without(t.districts, 'boundary'),
  subdistricts: without(t.subdistricts, 'boundary'),
  grids: without(t.grids, 'boundary'),
  buildings: without(t.buildings, 'location', 'footprint'),
  organizations: without(t.organizations, 'location'),
  partyOrganizations: without(t.partyOrganizations, 'seat'),
  serviceCenters: without(t.serviceCenters, 'location'),
};

/**
 * "Rows by id" of a table, built once per database and kept: drizzle builds a query's SQL anew
 * each time it runs (a third of drizzle's CPU for "one organization by id", issue 14); a prepared
 * query keeps the text and the row mapping, and takes the ids as one array parameter.
 */
function byIdQuery(database: Database, table: PgTable & { id: PgColumn }, cols: object) {
  let queries = preparedById.get(database);
  if (!queries) preparedById.set(database, (queries = new Map()));
  const name = getTableName(table);
  let query = queries.get(name);
  if (!query) {
    query = database.db
      .select(cols as Record<string, PgColumn>)
      .from(table)
      .where(sql`${table.id} = ANY(${sql.placeholder('ids')}::int[])`)
      .prepare(`by_id_${name}`);
    queries.set(name, query);
  }
  return query;
}

/** A prepared query's surface as used here (drizzle's own type is generic per table). */
interface ByIdQuery {
  execute(placeholders: { ids: string }): Promise<unknown>;
}
const preparedById = new WeakMap<Database, Map<string, ByIdQuery>>();

/** One child page request: `first` null means every child; `after` is the last id seen (0: start). */
export interface ChildKey {
  parentId: number;
  first?: number | null;
  after?: number;
}

const childKey = (k: ChildKey) => `${k.parentId}|${k.first ?? ''}|${k.after ?? 0}`;

/**
 * One loader set for the hierarchy and its neighbours (wired into graphql/loaders.ts). Keys go to
 * the database as one array parameter, so no batch reaches the driver's parameter limit.
 */
export function createHierarchyLoaders(database: Database) {
  const { db } = database;

  function byId<R extends { id: number }>(table: PgTable & { id: PgColumn }, cols: object) {
    const query = byIdQuery(database, table, cols);
    return new DataLoader<number, R | null>(async (ids) => {
      const rows = (await query.execute({ ids: intArrayText(ids) })) as unknown as R[];
      const map = new Map<number, R>();
      for (const r of rows) map.set(r.id, r);
      return ids.map((id) => map.get(id) ?? null);
    });
  }

  /**
   * Children of many parents, ordered by id. Keys that share (first, after) go in one statement:
   * with `first`, a LATERAL top-N per parent (index on the foreign key), else all children.
   */
  function children<R extends { id: number }>(
    table: PgTable & { id: PgColumn },
    cols: object,
    fk: PgColumn,
    fkKey: keyof R & string,
    extra?: SQL,
  ) {
    return new DataLoader<ChildKey, R[], string>(
      async (keys) => {
        const groups = new Map<string, ChildKey[]>();
        for (const k of keys) {
          const g = `${k.first ?? ''}|${k.after ?? 0}`;
          const list = groups.get(g);
          if (list) list.push(k);
          else groups.set(g, [k]);
        }
        const results = new Map<string, R[]>();
        for (const group of groups.values()) {
          const { first, after = 0 } = group[0]!;
          const parents = [...new Set(group.map((k) => k.parentId))];
          const conds = [sql`${table.id} > ${after}`, ...(extra ? [extra] : [])];
          const where =
            first == null
              ? sql.join([anyOf(fk, parents), ...conds], sql` AND `)
              : sql`${table.id} IN (SELECT c.id FROM unnest(${intArray(parents)}) AS p(pid)
                  CROSS JOIN LATERAL (SELECT ${table.id} AS id FROM ${table}
                    WHERE ${fk} = p.pid AND ${sql.join(conds, sql` AND `)}
                    ORDER BY ${table.id} LIMIT ${first}) c)`;
          const rows = (await db
            .select(cols as Record<string, PgColumn>)
            .from(table)
            .where(where)
            .orderBy(table.id)) as unknown as R[];
          const byParent = new Map<number, R[]>();
          for (const r of rows) {
            const p = r[fkKey] as unknown as number;
            const list = byParent.get(p);
            if (list) list.push(r);
            else byParent.set(p, [r]);
          }
          for (const k of group) results.set(childKey(k), byParent.get(k.parentId) ?? []);
        }
        return keys.map((k) => results.get(childKey(k)) ?? []);
      },
      { cacheKeyFn: childKey },
    );
  }

  const c = COLUMNS;
  return {
    district: byId<DistrictRow>(t.districts, c.districts),
    subdistrict: byId<SubdistrictRow>(t.subdistricts, c.subdistricts),
    grid: byId<GridRow>(t.grids, c.grids),
    building: byId<BuildingRow>(t.buildings, c.buildings),
    organization: byId<OrganizationRow>(t.organizations, c.organizations),
    partyOrganization: byId<PartyOrganizationRow>(t.partyOrganizations, c.partyOrganizations),
    serviceCenter: byId<ServiceCenterRow>(t.serviceCenters, c.serviceCenters),
    subdistrictsByDistrict: children<SubdistrictRow>(
      t.subdistricts,
      c.subdistricts,
      t.subdistricts.districtId,
      'districtId',
    ),
    gridsBySubdistrict: children<GridRow>(t.grids, c.grids, t.grids.subdistrictId, 'subdistrictId'),
    topGridsBySubdistrict: children<GridRow>(
      t.grids,
      c.grids,
      t.grids.subdistrictId,
      'subdistrictId',
      sql`${t.grids.parentGridId} IS NULL`,
    ),
    gridsByParent: children<GridRow>(t.grids, c.grids, t.grids.parentGridId, 'parentGridId'),
    buildingsByGrid: children<BuildingRow>(t.buildings, c.buildings, t.buildings.gridId, 'gridId'),
    buildingsBySubdistrict: children<BuildingRow>(
      t.buildings,
      c.buildings,
      t.buildings.subdistrictId,
      'subdistrictId',
    ),
    serviceCentersByDistrict: children<ServiceCenterRow>(
      t.serviceCenters,
      c.serviceCenters,
      t.serviceCenters.districtId,
      'districtId',
    ),
    partyOrgsByDistrict: children<PartyOrganizationRow>(
      t.partyOrganizations,
      c.partyOrganizations,
      t.partyOrganizations.districtId,
      'districtId',
    ),
    jointPartyOrgsByDistrict: children<PartyOrganizationRow>(
      t.partyOrganizations,
      c.partyOrganizations,
      t.partyOrganizations.districtId,
      'districtId',
      sql`${t.partyOrganizations.isJoint}`,
    ),
    instructorsByDistrict: children<InstructorRow>(
      t.instructors,
      getTableColumns(t.instructors),
      t.instructors.districtId,
      'districtId',
    ),
  };
}

/** Geometry loaders, created lazily once per request and per (table, column). */
const geometryLoaders = new WeakMap<Context, Map<string, DataLoader<number, Geometry | null>>>();

/**
 * A row's geometry column as GeoJSON, serialized by PostGIS for every row of one level in one
 * statement. 15 decimal digits keep coordinates as stored (PostGIS prints the shortest form).
 */
export function geometryOf(
  ctx: Context,
  table: PgTable & { id: PgColumn },
  column: PgColumn,
): DataLoader<number, Geometry | null> {
  let perCtx = geometryLoaders.get(ctx);
  if (!perCtx) geometryLoaders.set(ctx, (perCtx = new Map()));
  const key = `${getTableName(table)}.${column.name}`;
  let loader = perCtx.get(key);
  if (!loader) {
    loader = new DataLoader<number, Geometry | null>(async (ids) => {
      const result = await rows<{ id: number; g: string | null }>(
        ctx.database.db,
        sql`SELECT ${table.id} AS id, ST_AsGeoJSON(${column}, 15) AS g FROM ${table}
            WHERE ${anyOf(table.id, ids)}`,
      );
      const map = new Map<number, string | null>();
      for (const r of result) map.set(Number(r.id), r.g);
      return ids.map((id) => {
        const g = map.get(id);
        return g ? (JSON.parse(g) as Geometry) : null;
      });
    });
    perCtx.set(key, loader);
  }
  return loader;
}

/** A geometry field: the row's own value when it was read with the row, else loaded by id. */
export function lazyGeometry<R extends { id: number }>(
  table: PgTable & { id: PgColumn },
  column: PgColumn,
  key: keyof R & string,
) {
  return (row: R, _args: unknown, ctx: Context) => {
    const own = row[key] as Geometry | null | undefined;
    return own !== undefined ? own : geometryOf(ctx, table, column).load(row.id);
  };
}

/**
 * `lazyGeometry` of a NOT NULL column, for a non-null GraphQL field (a building's location): a
 * missing value (the row was deleted meanwhile) is an error, as GraphQL would make it anyway.
 */
export function lazyRequiredGeometry<R extends { id: number }>(
  table: PgTable & { id: PgColumn },
  column: PgColumn,
  key: keyof R & string,
) {
  const lazy = lazyGeometry<R>(table, column, key);
  const present = (g: Geometry | null): Geometry => {
    if (!g) throw new Error(`${getTableName(table)}.${column.name} is missing`);
    return g;
  };
  return (row: R, args: unknown, ctx: Context): Geometry | Promise<Geometry> => {
    const g = lazy(row, args, ctx);
    return g instanceof Promise ? g.then(present) : present(g);
  };
}
