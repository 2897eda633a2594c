import { scrypt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { needsRehash, verifyPassword } from '../../server/src/auth/password.ts';
import {
  signInThrottle,
  throttleLimits,
  withClientIp,
} from '../../server/src/auth/sign-in-throttle.ts';
import { purgeExpiredSessions } from '../../server/src/auth/users.sql.ts';
import { createTestApi } from '../helpers/graphql.ts';
import { postGraphql } from '../helpers/http-client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useDemoHttp } from '../helpers/demo-http.ts';

/** Issue 11, hole 3: sign-in throttling, password changes, hash cost, expired sessions. */
let api: Awaited<ReturnType<typeof createTestApi>>;
const PW = 'demo-password-1';
const defaults = { ...signInThrottle.limits };
const env = useDemoHttp(PW);

beforeAll(async () => {
  api = await createTestApi(env.database);
});
afterAll(async () => {
  await api.stop();
});
afterEach(() => {
  signInThrottle.reset();
  signInThrottle.limits = { ...defaults };
  signInThrottle.now = Date.now;
});

/** A request as a browser sends it; `body` is the GraphQL answer (data, errors). */
async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { status, retryAfter, ...body } = await postGraphql<any>(env.url, query, variables, token);
  return { status, retryAfter, body: body as any };
}
const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`;
const code = (b: any) => b.errors?.[0]?.extensions?.code;

describe('sign-in throttling', () => {
  it('reads its limits from the environment, 10 per username and 50 per IP in 15 min by default', () => {
    expect(throttleLimits({})).toEqual({ perUsername: 10, perIp: 50, windowMs: 900_000 });
    expect(
      throttleLimits({
        ATLAS_SIGNIN_MAX_PER_USER: '3',
        ATLAS_SIGNIN_MAX_PER_IP: '7',
        ATLAS_SIGNIN_WINDOW_MINUTES: '1',
      }),
    ).toEqual({ perUsername: 3, perIp: 7, windowMs: 60_000 });
    expect(throttleLimits({ ATLAS_SIGNIN_MAX_PER_USER: 'x' }).perUsername).toBe(10);
  });

  it('refuses a username after 10 failures with RATE_LIMITED, 429 and Retry-After, even with the right password; signs in after the window', async () => {
    let t = Date.now();
    signInThrottle.now = () => t;
    for (let i = 0; i < 10; i++) {
      const r = await gql(SIGN_IN, { u: 'planner', p: `wrong-${i}` });
      expect(code(r.body)).toBe('UNAUTHENTICATED');
    }
    const r = await gql(SIGN_IN, { u: 'planner', p: PW });
    expect(r.status).toBe(429);
    expect(code(r.body)).toBe('RATE_LIMITED');
    const retry = r.body.errors[0].extensions.retryAfterSeconds;
    expect(retry).toBeGreaterThan(800);
    expect(retry).toBeLessThanOrEqual(900);
    expect(r.retryAfter).toBe(String(retry));
    // The spelling of the username does not reset the count.
    expect(code((await gql(SIGN_IN, { u: ' Planner ', p: PW })).body)).toBe('RATE_LIMITED');
    // Another user is not affected.
    expect((await gql(SIGN_IN, { u: 'analyst', p: PW })).body.data.signIn.token).toBeTruthy();
    t += 15 * 60_000 + 1000;
    const later = await gql(SIGN_IN, { u: 'planner', p: PW });
    expect(later.status).toBe(200);
    expect(later.body.data.signIn.token).toBeTruthy();
  }, 240_000); // 13 scrypt hashes at N=2^17: ~6 s idle, a minute on a loaded CI machine

  it('refuses a client IP after its limit of failures, whatever the username', async () => {
    signInThrottle.limits = { ...defaults, perIp: 3 };
    const as = (ip: string, u: string, p: string) =>
      withClientIp(ip, () => api.exec(SIGN_IN, { u, p }, null));
    for (const u of ['nobody1', 'nobody2', 'nobody3']) {
      expect((await as('203.0.113.7', u, PW)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await as('203.0.113.7', 'admin', PW);
    expect(blocked.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(blocked.data?.signIn ?? null).toBeNull();
    const elsewhere = await as('198.51.100.2', 'admin', PW);
    expect(elsewhere.errors).toBeUndefined();
  });

  it('counts per IP over HTTP (app.ts sets the request scope before Apollo)', async () => {
    signInThrottle.limits = { ...defaults, perIp: 2 };
    const post = (u: string, p: string) => gql(SIGN_IN, { u, p });
    for (const u of ['ghost1', 'ghost2']) expect((await post(u, PW)).status).toBe(200);
    const r = await post('admin', PW);
    expect(r.status).toBe(429);
    expect(Number(r.retryAfter)).toBeGreaterThan(0);
    expect(code(r.body)).toBe('RATE_LIMITED');
    // From another address admin still signs in: the count is per IP, not global.
    const other = await withClientIp('192.0.2.7', () =>
      api.exec(SIGN_IN, { u: 'admin', p: PW }, null),
    );
    expect((other.data as any).signIn.token).toBeTruthy();
  });

  it('a success clears the username count', async () => {
    signInThrottle.limits = { ...defaults, perUsername: 2 };
    expect(code((await gql(SIGN_IN, { u: 'analyst', p: 'nope-nope' })).body)).toBe(
      'UNAUTHENTICATED',
    );
    expect((await gql(SIGN_IN, { u: 'analyst', p: PW })).body.data.signIn.token).toBeTruthy();
    expect(code((await gql(SIGN_IN, { u: 'analyst', p: 'nope-nope' })).body)).toBe(
      'UNAUTHENTICATED',
    );
    expect((await gql(SIGN_IN, { u: 'analyst', p: PW })).body.data.signIn.token).toBeTruthy();
  });
});

describe('sessions', () => {
  it('changePassword revokes every other session of the user, keeps the current one', async () => {
    const a = (await gql(SIGN_IN, { u: 'subadmin', p: PW })).body.data.signIn.token;
    const b = (await gql(SIGN_IN, { u: 'subadmin', p: PW })).body.data.signIn.token;
    const other = (await gql(SIGN_IN, { u: 'analyst', p: PW })).body.data.signIn.token;
    const r = await gql(
      `mutation { changePassword(oldPassword: "${PW}", newPassword: "brand-new-pass") }`,
      {},
      a,
    );
    expect(r.body.data.changePassword).toBe(true);
    expect((await gql('{ me { username } }', {}, a)).body.data.me.username).toBe('subadmin');
    expect(code((await gql('{ me { username } }', {}, b)).body)).toBe('UNAUTHENTICATED');
    expect((await gql('{ me { username } }', {}, other)).body.data.me.username).toBe('analyst');
    const [e] = await rows<{ after: any }>(
      env.database.db,
      sql`SELECT after FROM audit_log WHERE action = 'user.password.change' ORDER BY id DESC LIMIT 1`,
    );
    const after = typeof e!.after === 'string' ? JSON.parse(e!.after) : e!.after;
    expect(after).toEqual({ otherSessionsRevoked: 1 });
  });

  it('purges expired sessions, all at once and a user’s own at sign-in', async () => {
    const expired = async () => {
      const [r] = await rows<{ n: number }>(
        env.database.db,
        sql`SELECT count(*) AS n FROM sessions WHERE expires_at < now()`,
      );
      return Number(r!.n);
    };
    const [u] = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT id FROM users WHERE username = 'manager1'`,
    );
    await rows(
      env.database.db,
      sql`INSERT INTO sessions (id, user_id, expires_at) VALUES
        ('expired-session-1', ${u!.id}, now() - interval '1 day'),
        ('expired-session-2', ${u!.id}, now() - interval '1 hour')`,
    );
    expect(await expired()).toBe(2);
    expect((await gql(SIGN_IN, { u: 'manager1', p: PW })).body.data.signIn.token).toBeTruthy();
    expect(await expired()).toBe(0);
    await rows(
      env.database.db,
      sql`INSERT INTO sessions (id, user_id, expires_at) VALUES ('expired-session-3', ${u!.id}, now() - interval '1 day')`,
    );
    expect(await purgeExpiredSessions(env.database.db)).toBe(1);
    expect(await expired()).toBe(0);
  });
});

describe('password hashes', () => {
  /** A hash as issue 7 stored them (N = 2^14). */
  const legacyHash = (password: string) =>
    new Promise<string>((resolve, reject) => {
      const salt = Buffer.from('0123456789abcdef');
      scrypt(password, salt, 32, { N: 16384, r: 8, p: 1 }, (err, key) =>
        err
          ? reject(err)
          : resolve(
              ['scrypt', 16384, 8, 1, salt.toString('base64url'), key.toString('base64url')].join(
                '$',
              ),
            ),
      );
    });

  it('verifies a hash of the old cost and replaces it at the next successful sign-in', async () => {
    const old = await legacyHash('legacy-pass-1');
    expect(await verifyPassword('legacy-pass-1', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    await rows(
      env.database.db,
      sql`UPDATE users SET password_hash = ${old} WHERE username = 'manager2'`,
    );
    expect(code((await gql(SIGN_IN, { u: 'manager2', p: 'wrong-pass' })).body)).toBe(
      'UNAUTHENTICATED',
    );
    const [still] = await rows<{ h: string }>(
      env.database.db,
      sql`SELECT password_hash AS h FROM users WHERE username = 'manager2'`,
    );
    expect(still!.h).toBe(old);
    expect(
      (await gql(SIGN_IN, { u: 'manager2', p: 'legacy-pass-1' })).body.data.signIn.token,
    ).toBeTruthy();
    const [now] = await rows<{ h: string }>(
      env.database.db,
      sql`SELECT password_hash AS h FROM users WHERE username = 'manager2'`,
    );
    expect(now!.h).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(needsRehash(now!.h)).toBe(false);
    expect(
      (await gql(SIGN_IN, { u: 'manager2', p: 'legacy-pass-1' })).body.data.signIn.token,
    ).toBeTruthy();
  });

  it('refuses a stored hash whose cost would exhaust memory instead of running it', async () => {
    expect(await verifyPassword('x', 'scrypt$1073741824$8$1$AAAA$AAAA')).toBe(false);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
  });
});
