import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';

export async function instructorName(tx: Executor, id: number): Promise<string | null> {
  const [r] = await rows<{ name: string }>(tx, sql`SELECT name FROM instructors WHERE id = ${id}`);
  return r?.name ?? null;
}

/** Is the instructor assigned to the organization now? */
export async function isAssigned(tx: Executor, instructorId: number, orgId: number) {
  const [r] = await rows<{ n: number }>(
    tx,
    sql`SELECT count(*) AS n FROM instructor_assignments
        WHERE instructor_id = ${instructorId} AND organization_id = ${orgId} AND ended_on IS NULL`,
  );
  return Number(r!.n) > 0;
}

export async function assign(tx: Executor, instructorId: number, orgId: number): Promise<void> {
  await rows(
    tx,
    sql`INSERT INTO instructor_assignments (instructor_id, organization_id, assigned_on)
        VALUES (${instructorId}, ${orgId}, current_date)`,
  );
}

/** Ends the current assignment today; the row stays as history. */
export async function release(tx: Executor, instructorId: number, orgId: number): Promise<void> {
  await rows(
    tx,
    sql`UPDATE instructor_assignments SET ended_on = GREATEST(current_date,
          coalesce(assigned_on, '-infinity'::date))
        WHERE instructor_id = ${instructorId} AND organization_id = ${orgId} AND ended_on IS NULL`,
  );
}

/** Organizations the instructor looks after now. */
export async function instructorLoad(tx: Executor, instructorId: number): Promise<number> {
  const [r] = await rows<{ n: number }>(
    tx,
    sql`SELECT count(*) AS n FROM instructor_assignments
        WHERE instructor_id = ${instructorId} AND ended_on IS NULL`,
  );
  return Number(r!.n);
}

/** The district of a subdistrict (null: no such subdistrict). */
export async function subdistrictDistrict(tx: Executor, id: number): Promise<number | null> {
  const [r] = await rows<{ d: unknown }>(
    tx,
    sql`SELECT district_id AS d FROM subdistricts WHERE id = ${id}`,
  );
  return r ? Number(r.d) : null;
}

export interface InstructorRow {
  id: number;
  name: string;
  phone: string | null;
  isPartTime: boolean;
  districtId: number;
  subdistrictId: number | null;
}

export async function insertInstructor(
  tx: Executor,
  name: string,
  districtId: number,
  subdistrictId: number,
): Promise<InstructorRow> {
  const [r] = await rows<{ id: unknown }>(
    tx,
    sql`INSERT INTO instructors (name, district_id, subdistrict_id)
        VALUES (${name}, ${districtId}, ${subdistrictId}) RETURNING id`,
  );
  return { id: Number(r!.id), name, phone: null, isPartTime: true, districtId, subdistrictId };
}
