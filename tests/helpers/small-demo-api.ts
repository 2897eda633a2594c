import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { ensureSeedProfiles, refreshCoverage } from '../../server/src/policy/index.ts';
import { testDatabase } from './db.ts';
import { demoIds, usersFor, type DemoUsers, type Ids } from './demo-users.ts';
import { createTestApi } from './graphql.ts';
import { loadSmallDemo } from './small-demo.ts';

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/** What an API test file works on; the fields are set in beforeAll. */
export interface SmallDemoApi {
  database: Database;
  api: TestApi;
  districtId: number;
  orgIds: number[];
  /** The demo's subdistrict and grid ids. */
  ids: Ids;
  /** A user of every role, scoped to the demo (demo-users.ts). */
  users: DemoUsers;
}

export interface SmallDemoOptions {
  /** Insert the seed policy profiles. */
  seedProfiles?: boolean;
  /** Insert the seed profiles and evaluate coverage for every grid. */
  evaluate?: boolean;
}

/**
 * The scaffold of an API test file: a fresh database (helpers/db.ts) holding the small demo,
 * with the seed policy profiles inserted (and evaluated when `evaluate` is set), and the
 * in-process API; both closed after the file. Call it at the top level of the test file, or of
 * a describe block.
 */
export function useSmallDemoApi(opts: SmallDemoOptions = {}): SmallDemoApi {
  const env = {} as SmallDemoApi;
  beforeAll(async () => {
    env.database = await testDatabase();
    Object.assign(env, await loadSmallDemo(env.database));
    if (opts.seedProfiles || opts.evaluate) await ensureSeedProfiles(env.database);
    if (opts.evaluate) {
      await env.database.db.transaction((tx) => refreshCoverage(tx, { all: true }));
    }
    env.api = await createTestApi(env.database);
    env.ids = await demoIds(env.database);
    env.users = usersFor(env.ids);
  });
  afterAll(async () => {
    await env.api?.stop();
    await env.database?.close();
  });
  return env;
}
