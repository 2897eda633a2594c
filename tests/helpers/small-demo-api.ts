import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { ensureSeedProfiles, refreshCoverage } from '../../server/src/policy/index.ts';
import { testDatabase } from './db.ts';
import { createTestApi } from './graphql.ts';
import { loadSmallDemo } from './small-demo.ts';

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/** What an API test file works on; the fields are set in beforeAll. */
export interface SmallDemoApi {
  database: Database;
  api: TestApi;
  districtId: number;
  orgIds: number[];
}

/**
 * The scaffold of an API test file: a fresh database (helpers/db.ts) holding the small demo,
 * with the seed policy profiles evaluated when `evaluate` is set, and the in-process API; both
 * closed after the file. Call it at the top level of the test file.
 */
export function useSmallDemoApi(opts: { evaluate?: boolean } = {}): SmallDemoApi {
  const env = {} as SmallDemoApi;
  beforeAll(async () => {
    env.database = await testDatabase();
    Object.assign(env, await loadSmallDemo(env.database));
    if (opts.evaluate) {
      await ensureSeedProfiles(env.database);
      await env.database.db.transaction((tx) => refreshCoverage(tx, { all: true }));
    }
    env.api = await createTestApi(env.database);
  });
  afterAll(async () => {
    await env.api?.stop();
    await env.database?.close();
  });
  return env;
}
