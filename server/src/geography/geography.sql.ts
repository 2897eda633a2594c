import { asc, eq } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import { districts, grids, subdistricts } from '../db/schema.ts';
import { COLUMNS } from './geography.loaders.ts';
import type { DistrictRow, GridRow, SubdistrictRow } from './geography.tables.ts';

/** Every district, without boundaries (loaded by the field when asked). */
export function listDistricts(database: Database): Promise<DistrictRow[]> {
  return database.db.select(COLUMNS.districts).from(districts).orderBy(asc(districts.id));
}

/** The row of an area table with this administrative (or local) code; null when unknown. */
async function byCode<R>(
  database: Database,
  table: typeof districts | typeof subdistricts | typeof grids,
  columns: Record<string, PgColumn>,
  code: string,
): Promise<R | null> {
  const [row] = await database.db
    .select(columns)
    .from(table as typeof districts)
    .where(eq(table.code, code.trim()))
    .limit(1);
  return (row as R | undefined) ?? null;
}

/** Lookups by administrative (or local) code; null when unknown. */
export const districtByCode = (database: Database, code: string) =>
  byCode<DistrictRow>(database, districts, COLUMNS.districts, code);
export const subdistrictByCode = (database: Database, code: string) =>
  byCode<SubdistrictRow>(database, subdistricts, COLUMNS.subdistricts, code);
export const gridByCode = (database: Database, code: string) =>
  byCode<GridRow>(database, grids, COLUMNS.grids, code);
