import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { districts, grids, subdistricts } from '../db/schema.ts';
import { COLUMNS } from './geography.loaders.ts';
import type { DistrictRow, GridRow, SubdistrictRow } from './geography.tables.ts';

/** Every district, without boundaries (loaded by the field when asked). */
export function listDistricts(database: Database): Promise<DistrictRow[]> {
  return database.db.select(COLUMNS.districts).from(districts).orderBy(asc(districts.id));
}

/** Lookups by administrative (or local) code; null when unknown. */
export async function districtByCode(
  database: Database,
  code: string,
): Promise<DistrictRow | null> {
  const [row] = await database.db
    .select(COLUMNS.districts)
    .from(districts)
    .where(eq(districts.code, code.trim()))
    .limit(1);
  return row ?? null;
}

export async function subdistrictByCode(
  database: Database,
  code: string,
): Promise<SubdistrictRow | null> {
  const [row] = await database.db
    .select(COLUMNS.subdistricts)
    .from(subdistricts)
    .where(eq(subdistricts.code, code.trim()))
    .limit(1);
  return row ?? null;
}

export async function gridByCode(database: Database, code: string): Promise<GridRow | null> {
  const [row] = await database.db
    .select(COLUMNS.grids)
    .from(grids)
    .where(eq(grids.code, code.trim()))
    .limit(1);
  return row ?? null;
}
