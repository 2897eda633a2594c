import postgres from 'postgres';
import { migrateDatabase, openDatabase, type Database } from '../../server/src/db/client.ts';
import { withDatabase } from '../../tests/helpers/test-database.ts';

/**
 * Runs `fn` on a migrated database: in-memory PGlite without `url`, otherwise a scratch database
 * `<db>_<suffix>` on that server (its URL is passed to `fn`), dropped afterwards.
 */
export async function withBenchDatabase(
  url: string | undefined,
  suffix: string,
  fn: (database: Database, databaseUrl?: string) => Promise<void>,
): Promise<void> {
  if (!url) {
    const database = await openDatabase();
    try {
      await migrateDatabase(database);
      await fn(database);
    } finally {
      await database.close();
    }
    return;
  }
  const name = `${new URL(url).pathname.slice(1) || 'postgres'}_${suffix}`.replace(/\W/g, '_');
  const admin = postgres(url, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const databaseUrl = withDatabase(url, name);
  const database = await openDatabase({ databaseUrl });
  try {
    await migrateDatabase(database);
    await fn(database, databaseUrl);
  } finally {
    await database.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
