import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { createDemoUsers, type DemoUser } from '../../server/src/auth/demo-users.ts';
import type { Database } from '../../server/src/db/client.ts';
import { testDatabase } from './db.ts';
import { loadSmallDemo } from './small-demo.ts';

/** What an HTTP test file works on; the fields are set in beforeAll. */
export interface DemoHttp {
  database: Database;
  /** The GraphQL endpoint of the app on 127.0.0.1. */
  url: string;
  /** The demo users (one per role), all with `password`. */
  users: DemoUser[];
}

/**
 * The scaffold of a test file that talks HTTP as a browser does: a fresh database with the small
 * demo and its demo users, the whole app listening on a free port; both closed after the file.
 */
export function useDemoHttp(password: string): DemoHttp {
  const env = {} as DemoHttp;
  let server: Server | undefined;
  beforeAll(async () => {
    env.database = await testDatabase();
    await loadSmallDemo(env.database);
    env.users = await createDemoUsers(env.database, password);
    const { app } = await createApp(env.database);
    server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server!.once('listening', r));
    env.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server?.close();
    await env.database?.close();
  });
  return env;
}
