import { inject } from 'vitest';
import { freshDatabase } from './test-database.ts';
import type { Database } from '../../server/src/db/client.ts';

/** A fresh migrated database for one test file, on the engine this run uses. */
export function testDatabase(): Promise<Database> {
  return freshDatabase({ databaseUrl: process.env.DATABASE_URL, dumpPath: inject('dumpPath') });
}
