import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { inject } from 'vitest';
import { createDemoUsers } from '../../server/src/auth/demo-users.ts';
import type { Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { ensureSeedProfiles, refreshCoverage } from '../../server/src/policy/index.ts';
import { testDatabase } from './db.ts';
import { pgliteTarget, serverTarget, type DataTarget } from './server-process.ts';
import { loadSmallDemo } from './small-demo.ts';
import { withDatabase } from './test-database.ts';

/** The engine of this run: a PostgreSQL server when DATABASE_URL is set, else PGlite. */
export const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/** Loads the small demo into a migrated database, with its coverage and the demo users. */
export async function fillSmallDemo(db: Database, password: string): Promise<void> {
  await loadSmallDemo(db);
  await ensureSeedProfiles(db);
  await db.db.transaction((tx) => refreshCoverage(tx, { all: true }));
  await createDemoUsers(db, password);
}

/**
 * The small demo with its coverage and demo users (signed in with `password`), on this run's
 * engine, where a child process (`pnpm start`, `pnpm backup`) can open it.
 */
export async function smallDemoTarget(password: string): Promise<DataTarget> {
  const fill = (db: Database) => fillSmallDemo(db, password);
  if (engine === 'postgres') {
    const db = await testDatabase();
    await fill(db);
    const [d] = await rows<{ name: string }>(db.db, sql`SELECT current_database() AS name`);
    return serverTarget(db, withDatabase(process.env.DATABASE_URL!, d!.name), () => db.close());
  }
  const dump = new File([readFileSync(inject('dumpPath'))], 'template.tar.gz', {
    type: 'application/x-gzip',
  });
  return pgliteTarget(fill, dump);
}
