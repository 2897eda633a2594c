import { randomBytes } from 'node:crypto';
import { cliOptions, openConfiguredDatabase } from './args.ts';
import { sql } from 'drizzle-orm';
import { audit } from '../audit/audit.ts';
import { requireManageUsers } from '../auth/authorize.ts';
import { ROLES, SYSTEM_USER, type Role, type ScopeRef } from '../auth/roles.ts';
import { passwordProblem } from '../auth/password.ts';
import { insertUser } from '../auth/users.sql.ts';
import { migrateDatabase, type Database } from '../db/client.ts';
import { rows } from '../db/rows.ts';

const USAGE = `pnpm user:create --username NAME --role ROLE [--display-name TEXT]
                 [--scope district:CODE | subdistrict:CODE | grid:CODE ...] [--password PW]
ROLE: district_admin | subdistrict_admin | grid_manager | planner | analyst
The password comes from --password, else $ATLAS_NEW_PASSWORD, else one is generated and printed.
Uses DATABASE_URL or ATLAS_DATA_DIR like \`pnpm start\`.`;

const TABLE = { district: 'districts', subdistrict: 'subdistricts', grid: 'grids' } as const;

/** `district:110113` -> the district's id, looked up by its administrative code. */
async function resolveScope(database: Database, spec: string): Promise<ScopeRef> {
  const m = /^(district|subdistrict|grid):(.+)$/.exec(spec);
  if (!m) throw new Error(`--scope ${spec}: expected district:CODE, subdistrict:CODE or grid:CODE`);
  const kind = m[1] as ScopeRef['kind'];
  const [row] = await rows<{ id: number }>(
    database.db,
    sql`SELECT id FROM ${sql.identifier(TABLE[kind])} WHERE code = ${m[2]}`,
  );
  if (!row) throw new Error(`--scope ${spec}: no ${kind} with code ${m[2]}`);
  return { kind, id: Number(row.id) };
}

/** Admin CLI (issue 7): creates a user, e.g. the first district administrator. */
async function main() {
  const values = cliOptions({
    username: { type: 'string' },
    role: { type: 'string' },
    'display-name': { type: 'string' },
    scope: { type: 'string', multiple: true },
    password: { type: 'string' },
  });
  if (values.help || !values.username || !values.role) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const role = values.role as Role;
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  const generated = !values.password && !process.env.ATLAS_NEW_PASSWORD;
  const password =
    values.password ?? process.env.ATLAS_NEW_PASSWORD ?? randomBytes(12).toString('base64url');
  const problem = passwordProblem(password);
  if (problem) throw new Error(`password ${problem}`);
  const database = await openConfiguredDatabase();
  try {
    await migrateDatabase(database);
    const scopes: ScopeRef[] = [];
    for (const spec of values.scope ?? []) scopes.push(await resolveScope(database, spec));
    const row = await database.db.transaction(async (tx) => {
      // Whoever runs this on the server acts as the system, through the same check as createUser.
      await requireManageUsers(SYSTEM_USER, tx, scopes);
      const u = await insertUser(tx, {
        username: values.username!,
        displayName: values['display-name'] ?? values.username!,
        role,
        password,
        scopes,
      });
      await audit(tx, {
        actor: `cli:${process.env.USER ?? 'unknown'}`,
        action: 'user.create',
        entityType: 'User',
        entityId: u.id,
        after: { username: u.username, role, scopes },
      });
      return u;
    });
    console.log(`created user ${row.username} (${role}, id ${row.id})`);
    if (generated) console.log(`password: ${password}`);
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  console.error(`user:create failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
