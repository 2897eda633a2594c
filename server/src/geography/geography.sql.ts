import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { districts, grids, subdistricts } from '../db/schema.ts';
import type { DistrictRow, GridRow, SubdistrictRow } from './geography.tables.ts';

/** Lookups by administrative (or local) code; null when unknown. */
export async function districtByCode(
  database: Database,
  code: string,
): Promise<DistrictRow | null> {
  const [row] = await database.db
    .select()
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
    .select()
    .from(subdistricts)
    .where(eq(subdistricts.code, code.trim()))
    .limit(1);
  return row ?? null;
}

export async function gridByCode(database: Database, code: string): Promise<GridRow | null> {
  const [row] = await database.db.select().from(grids).where(eq(grids.code, code.trim())).limit(1);
  return row ?? null;
}
