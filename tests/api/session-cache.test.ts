import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SessionCache, sessionCacheOf } from '../../server/src/auth/session-cache.ts';
import { openDatabase } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useDemoHttp } from '../helpers/demo-http.ts';
import { firstCode, postGraphql, signInHttp } from '../helpers/http-client.ts';

/**
 * Issue 14: who is behind a session is read once and kept a few seconds, so a request sends only
 * its own statements. Any change to sessions, users or scopes clears the cache of every server
 * listening (migration 0016), whoever made it.
 */
const PW = 'demo-password-1';
const env = useDemoHttp(PW);

const ME = '{ me { username role } }';
/** Statements the database received while `fn` ran. */
async function statements(fn: () => Promise<unknown>) {
  const before = env.database.stats.queries;
  await fn();
  return env.database.stats.queries - before;
}
/** Waits (at most 3 s) until the token is refused: a notification takes a moment to arrive. */
async function refusedSoon(token: string) {
  const t0 = performance.now();
  for (;;) {
    const r = await postGraphql(env.url, ME, {}, token);
    if (firstCode(r) === 'UNAUTHENTICATED') return performance.now() - t0;
    if (performance.now() - t0 > 3000) throw new Error(`still accepted: ${JSON.stringify(r)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the session cache', () => {
  it('reads a session once: later requests send no session statement', async () => {
    const token = await signInHttp(env.url, 'planner', PW);
    // The first request reads the session (and starts listening for changes).
    await postGraphql(env.url, ME, {}, token);
    await expect.poll(() => sessionCacheOf(env.database).live).toBe(true);
    await postGraphql(env.url, ME, {}, token);
    // `me` itself reads nothing: a cached session means no statement at all.
    const n = await statements(async () => {
      const r = await postGraphql(env.url, ME, {}, token);
      expect(r.data).toEqual({ me: { username: 'planner', role: 'PLANNER' } });
    });
    expect(n).toBe(0);
    // An unknown session is never cached: it is read each time, and refused.
    const stranger = token.replace(/^[^.]+/, 'AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(firstCode(await postGraphql(env.url, ME, {}, stranger))).toBe('UNAUTHENTICATED');
  });

  it('lets a sign-out take effect at the very next request', async () => {
    const token = await signInHttp(env.url, 'manager1', PW);
    await postGraphql(env.url, ME, {}, token);
    await postGraphql(env.url, ME, {}, token);
    expect((await postGraphql(env.url, 'mutation { signOut }', {}, token)).data).toEqual({
      signOut: true,
    });
    expect(firstCode(await postGraphql(env.url, ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('drops a session revoked or a user disabled by another process (a CLI)', async () => {
    // On the server engine, a second connection pool stands for the CLI; PGlite's data
    // directory belongs to one process, so there a change comes from the server's own pool.
    const other = process.env.DATABASE_URL
      ? await openDatabase({
          databaseUrl: process.env.DATABASE_URL.replace(/\/[^/]*$/, '') + '/' + (await currentDb()),
        })
      : env.database;
    try {
      const a = await signInHttp(env.url, 'analyst', PW);
      await postGraphql(env.url, ME, {}, a);
      expect((await postGraphql(env.url, ME, {}, a)).data).toBeTruthy();
      await rows(
        other.db,
        sql`UPDATE sessions SET revoked_at = now() WHERE revoked_at IS NULL
        AND user_id = (SELECT id FROM users WHERE username = 'analyst')`,
      );
      const revokedMs = await refusedSoon(a);

      const b = await signInHttp(env.url, 'subadmin', PW);
      await postGraphql(env.url, ME, {}, b);
      await rows(other.db, sql`UPDATE users SET disabled = true WHERE username = 'subadmin'`);
      const disabledMs = await refusedSoon(b);
      await rows(other.db, sql`UPDATE users SET disabled = false WHERE username = 'subadmin'`);
      console.log(
        `[session cache] refused ${revokedMs.toFixed(0)} ms after a revocation, ${disabledMs.toFixed(0)} ms after disabling`,
      );
      // Well within the cache's own lifetime (10 s): the notification cleared it.
      expect(revokedMs).toBeLessThan(2000);
      expect(disabledMs).toBeLessThan(2000);
    } finally {
      if (other !== env.database) await other.close();
    }
  });

  it('keeps nothing while it hears no changes, and voids a read that a change overtook', () => {
    const cache = new SessionCache();
    const user = { id: 1, username: 'u', displayName: 'u', role: 'planner' as const, scopes: [] };
    cache.put('s1', user, cache.ticket());
    expect(cache.get('s1')).toBeNull();
    cache.live = true;
    const ticket = cache.ticket();
    cache.clear(); // a change arrived while the session was being read
    cache.put('s1', user, ticket);
    expect(cache.get('s1')).toBeNull();
    cache.put('s1', user, cache.ticket(), 1_000);
    expect(cache.get('s1', 1_500)).toMatchObject({ username: 'u' });
    expect(cache.get('s1', 1_000 + 10_001)).toBeNull(); // past its lifetime
    expect(Object.isFrozen(user)).toBe(true); // shared between requests: nobody may change it
  });
});

async function currentDb() {
  const [r] = await rows<{ d: string }>(env.database.db, sql`SELECT current_database() AS d`);
  return r!.d;
}
