import { asc, eq, getTableColumns } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { buildings, buildingWorkstations, subdistricts } from '../db/schema.ts';

/** The building workstations of a district, in one statement. */
export function workstationsOfDistrict(database: Database, districtId: number) {
  return database.db
    .select(getTableColumns(buildingWorkstations))
    .from(buildingWorkstations)
    .innerJoin(buildings, eq(buildings.id, buildingWorkstations.buildingId))
    .innerJoin(subdistricts, eq(subdistricts.id, buildings.subdistrictId))
    .where(eq(subdistricts.districtId, districtId))
    .orderBy(asc(buildingWorkstations.id));
}
