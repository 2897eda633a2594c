import { count } from 'drizzle-orm';
import { dirname, join } from 'node:path';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { users } from './auth.tables.ts';
import { createDemoUsers, formatDemoUsers } from './demo-users.ts';
import { purgeExpiredSessions } from './users.sql.ts';
import { loadSecret, useSecret } from './token.ts';

/** Where the generated token secret is kept when `ATLAS_SECRET` is not set. */
export const secretFile = (config: Config) =>
  process.env.ATLAS_SECRET_FILE ?? join(dirname(config.dataDir), 'secret');

/**
 * Called by main.ts before serving: sets the token secret and, for the demo, creates one user per
 * role when there are no users yet, printing their passwords this once.
 */
export async function startAuth(database: Database, config: Config): Promise<void> {
  useSecret(loadSecret(process.env, secretFile(config)));
  await purgeExpiredSessions(database.db);
  schedulePurge(database);
  const [{ n } = { n: 0 }] = await database.db.select({ n: count() }).from(users);
  if (Number(n) > 0 || !config.demo) return;
  const list = await createDemoUsers(database);
  if (list.length === 0) return;
  console.log('[atlas] demo users (shown once; username  password  role  scope):');
  console.log(formatDemoUsers(list));
}

/** How often expired sessions are deleted while serving: `ATLAS_SESSION_PURGE_MINUTES`, default 60. */
export function purgeIntervalMs(env = process.env): number {
  const m = Number(env.ATLAS_SESSION_PURGE_MINUTES ?? 60);
  return (Number.isFinite(m) && m > 0 ? m : 60) * 60_000;
}

function schedulePurge(database: Database) {
  const timer = setInterval(() => {
    purgeExpiredSessions(database.db).catch((e: unknown) =>
      console.error('[atlas] purging expired sessions failed:', e),
    );
  }, purgeIntervalMs());
  // The timer must not keep a finished process (tests, tools) alive.
  timer.unref();
}
