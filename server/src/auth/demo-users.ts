import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { Role, ScopeRef } from './roles.ts';
import { insertUser } from './users.sql.ts';
import { rows } from '../db/rows.ts';

export interface DemoUser {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  scopes: ScopeRef[];
  /** Where the scope points, for the start banner. */
  scopeLabel: string;
}

/**
 * One user per role for `pnpm start` (issue 7), scoped to the first district, its first
 * subdistrict and that subdistrict's first grid. Passwords are random unless
 * `ATLAS_DEMO_PASSWORD` is set (browser tests set it); main.ts prints them once.
 */
export async function createDemoUsers(
  database: Database,
  password = process.env.ATLAS_DEMO_PASSWORD,
): Promise<DemoUser[]> {
  const [d] = await rows<{ id: number; name: string }>(
    database.db,
    sql`SELECT id, name FROM districts ORDER BY id LIMIT 1`,
  );
  if (!d) return [];
  const [s] = await rows<{ id: number; name: string }>(
    database.db,
    sql`SELECT id, name FROM subdistricts WHERE district_id = ${d.id} ORDER BY id LIMIT 1`,
  );
  const gridRows = s
    ? await rows<{ id: number; name: string }>(
        database.db,
        sql`SELECT id, name FROM grids WHERE subdistrict_id = ${s.id} AND parent_grid_id IS NULL ORDER BY id LIMIT 2`,
      )
    : [];
  const pw = () => password ?? randomBytes(9).toString('base64url');
  const list: DemoUser[] = [
    {
      username: 'admin',
      displayName: '区级管理员',
      role: 'district_admin',
      scopes: [{ kind: 'district', id: Number(d.id) }],
      scopeLabel: d.name,
      password: pw(),
    },
    {
      username: 'planner',
      displayName: '规划人员',
      role: 'planner',
      scopes: [],
      scopeLabel: '只读 (read only)',
      password: pw(),
    },
    {
      username: 'analyst',
      displayName: '分析人员',
      role: 'analyst',
      scopes: [],
      scopeLabel: '只读 (read only)',
      password: pw(),
    },
  ];
  if (s) {
    list.splice(1, 0, {
      username: 'subadmin',
      displayName: `${s.name}管理员`,
      role: 'subdistrict_admin',
      scopes: [{ kind: 'subdistrict', id: Number(s.id) }],
      scopeLabel: s.name,
      password: pw(),
    });
  }
  for (const [i, g] of gridRows.entries()) {
    list.splice(2 + i, 0, {
      username: `manager${i + 1}`,
      displayName: `${g.name}网格长`,
      role: 'grid_manager',
      scopes: [{ kind: 'grid', id: Number(g.id) }],
      scopeLabel: g.name,
      password: pw(),
    });
  }
  await database.db.transaction(async (tx) => {
    for (const u of list) await insertUser(tx, u);
  });
  return list;
}

/** The start banner: one line per demo user. */
export function formatDemoUsers(list: DemoUser[]): string {
  return list
    .map(
      (u) =>
        `  ${u.username.padEnd(10)} ${u.password.padEnd(14)} ${u.role.padEnd(18)} ${u.scopeLabel}`,
    )
    .join('\n');
}
