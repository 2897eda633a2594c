import { sql } from 'drizzle-orm';
import type { SessionUser } from '../../server/src/auth/guards.ts';
import type { Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';

/** The small demo's ids (tests/helpers/small-demo.ts), in insertion order. */
export interface Ids {
  districtId: number;
  subs: number[];
  /** grids[subIndex][gridIndex] */
  grids: number[][];
}

export async function demoIds(database: Database): Promise<Ids> {
  const [d] = await rows<{ id: number }>(
    database.db,
    sql`SELECT id FROM districts ORDER BY id LIMIT 1`,
  );
  const subs = (
    await rows<{ id: number }>(database.db, sql`SELECT id FROM subdistricts ORDER BY id`)
  ).map((r) => Number(r.id));
  const grids: number[][] = [];
  for (const s of subs) {
    grids.push(
      (
        await rows<{ id: number }>(
          database.db,
          sql`SELECT id FROM grids WHERE subdistrict_id = ${s} ORDER BY id`,
        )
      ).map((r) => Number(r.id)),
    );
  }
  return { districtId: Number(d!.id), subs, grids };
}

/** Users of every role for in-process tests (the guards read scopes from the session user). */
export function usersFor(ids: Ids) {
  const u = (
    id: number,
    role: SessionUser['role'],
    scopes: SessionUser['scopes'],
  ): SessionUser => ({
    id,
    username: `${role}-${id}`,
    displayName: role,
    role,
    scopes,
  });
  return {
    districtAdmin: u(101, 'district_admin', [{ kind: 'district', id: ids.districtId }]),
    otherDistrictAdmin: u(102, 'district_admin', [{ kind: 'district', id: 999999 }]),
    subAdmin: u(103, 'subdistrict_admin', [{ kind: 'subdistrict', id: ids.subs[0]! }]),
    otherSubAdmin: u(104, 'subdistrict_admin', [{ kind: 'subdistrict', id: ids.subs[1]! }]),
    manager: u(105, 'grid_manager', [{ kind: 'grid', id: ids.grids[0]![0]! }]),
    otherManager: u(106, 'grid_manager', [{ kind: 'grid', id: ids.grids[1]![0]! }]),
    planner: u(107, 'planner', []),
    analyst: u(108, 'analyst', []),
  };
}

export type DemoUsers = ReturnType<typeof usersFor>;
