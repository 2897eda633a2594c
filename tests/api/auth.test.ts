import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useDemoHttp } from '../helpers/demo-http.ts';
import { hashPassword, verifyPassword } from '../../server/src/auth/password.ts';
import { issueToken, readToken, useSecret } from '../../server/src/auth/token.ts';
import { randomBytes } from 'node:crypto';
import { createTestApi } from '../helpers/graphql.ts';
import { postGraphql } from '../helpers/http-client.ts';
import { rows } from '../../server/src/db/rows.ts';

const PW = 'demo-password-1';
const env = useDemoHttp(PW);

/** A request as a browser sends it; `body` is the GraphQL answer (data, errors). */
async function gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
  const { status, ...body } = await postGraphql<any>(env.url, query, variables, token);
  return { status, body: body as any };
}
const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) {
  token expiresAt user { username role canEdit scopes { kind id name } } } }`;
const signIn = async (u: string, p = PW) => (await gql(SIGN_IN, { u, p })).body.data?.signIn;
const code = (b: any) => b.errors?.[0]?.extensions?.code;

describe('passwords and tokens', () => {
  it('stores scrypt hashes that verify only the right password', async () => {
    const h = await hashPassword('correct horse');
    expect(h).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(h).not.toContain('correct');
    expect(await verifyPassword('correct horse', h)).toBe(true);
    expect(await verifyPassword('correct horsE', h)).toBe(false);
  });
  it('rejects altered and expired tokens', () => {
    const t = issueToken('abcdefghijklmnop', new Date(Date.now() + 60_000));
    expect(readToken(t)).toBe('abcdefghijklmnop');
    expect(readToken(t.replace('abcdefghijklmnop', 'abcdefghijklmnoq'))).toBeNull();
    expect(readToken(issueToken('abcdefghijklmnop', new Date(Date.now() - 1000)))).toBeNull();
    expect(readToken('garbage')).toBeNull();
  });
  it('keeps a verified token only while it is valid: not past its expiry, not under a new secret', () => {
    const expires = Date.now() + 60_000;
    const t = issueToken('abcdefghijklmnop', new Date(expires));
    expect(readToken(t)).toBe('abcdefghijklmnop');
    expect(readToken(t, expires - 2000)).toBe('abcdefghijklmnop'); // from the cache (expiry in whole seconds)
    expect(readToken(t, expires + 1)).toBeNull(); // expired, cached or not
    const saved = issueToken('qrstuvwxyzabcdef', new Date(expires));
    useSecret('another secret of sixteen+ chars');
    try {
      expect(readToken(t)).toBeNull(); // signed with the old secret
      expect(readToken(saved)).toBeNull();
    } finally {
      useSecret(randomBytes(32));
    }
  });
});

describe('sign-in over HTTP', () => {
  it('creates one demo user per role, scoped to the district, subdistrict and grids', () => {
    expect(env.users.map((u) => u.role).sort()).toEqual(
      [
        'analyst',
        'district_admin',
        'grid_manager',
        'grid_manager',
        'planner',
        'subdistrict_admin',
      ].sort(),
    );
  });

  it('lets anonymous callers reach only signIn and introspection', async () => {
    const r = await gql('{ districts { name } }');
    expect(code(r.body)).toBe('UNAUTHENTICATED');
    expect(r.body.data ?? null).toBeNull();
    const intro = await gql('{ __schema { queryType { name } } }');
    expect(intro.body.errors).toBeUndefined();
    const mix = await gql('mutation { signOut }');
    expect(code(mix.body)).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const a = await gql(SIGN_IN, { u: 'planner', p: 'wrong-password' });
    const b = await gql(SIGN_IN, { u: 'nobody', p: PW });
    expect(code(a.body)).toBe('UNAUTHENTICATED');
    expect(code(b.body)).toBe('UNAUTHENTICATED');
    expect(a.body.errors[0].message).toBe(b.body.errors[0].message);
  });

  it('signs in, answers me and reads with the token; sign-out revokes it at once', async () => {
    const s = await signIn('manager1');
    expect(s.user).toMatchObject({ username: 'manager1', role: 'GRID_MANAGER', canEdit: true });
    expect(s.user.scopes[0]).toMatchObject({ kind: 'GRID', name: expect.any(String) });
    expect(new Date(s.expiresAt).getTime()).toBeGreaterThan(Date.now() + 3600_000);
    const me = await gql('{ me { username } districts { code } }', {}, s.token);
    expect(me.body.data).toEqual({ me: { username: 'manager1' }, districts: [{ code: '110113' }] });
    expect((await gql('mutation { signOut }', {}, s.token)).body.data.signOut).toBe(true);
    const after = await gql('{ me { username } }', {}, s.token);
    expect(code(after.body)).toBe('UNAUTHENTICATED');
  });

  it('stops a disabled user at once', async () => {
    const s = await signIn('analyst');
    await rows(env.database.db, sql`UPDATE users SET disabled = true WHERE username = 'analyst'`);
    // Written beside the server, as the CLI does: the change reaches the server's session cache
    // by NOTIFY, within milliseconds (session-cache.test.ts measures it), so allow it 2 s.
    await expect
      .poll(async () => code((await gql('{ me { username } }', {}, s.token)).body), {
        timeout: 2000,
        interval: 20,
      })
      .toBe('UNAUTHENTICATED');
    expect(code((await gql(SIGN_IN, { u: 'analyst', p: PW })).body)).toBe('UNAUTHENTICATED');
    await rows(env.database.db, sql`UPDATE users SET disabled = false WHERE username = 'analyst'`);
  });

  it('lets planners read but not write', async () => {
    const s = await signIn('planner');
    expect(s.user.canEdit).toBe(false);
    const w = await gql(
      `mutation { createUser(input: { username: "x1", displayName: "x", role: PLANNER, password: "12345678", scopes: [] }) { id } }`,
      {},
      s.token,
    );
    expect(code(w.body)).toBe('FORBIDDEN');
    const pw = await gql(
      `mutation { changePassword(oldPassword: "${PW}", newPassword: "another-pass") }`,
      {},
      s.token,
    );
    expect(pw.body.data.changePassword).toBe(true);
    expect(await signIn('planner', 'another-pass')).toBeTruthy();
  });
});

describe('createUser', () => {
  it('lets the district administrator create a scoped user, audited; others may not', async () => {
    const api = await createTestApi(env.database);
    const admin = await signIn('admin');
    const { body } = await gql(
      `mutation($g: ID!) { createUser(input: { username: "gm9", displayName: "九号网格长", role: GRID_MANAGER,
         password: "secret-123", scopes: [{ kind: GRID, id: $g }] }) { username role scopes { kind id } } }`,
      { g: admin.user.scopes[0].id.replace('District', 'Grid') },
      admin.token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.createUser).toMatchObject({ username: 'gm9', role: 'GRID_MANAGER' });
    const audit = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*) AS n FROM audit_log WHERE action = 'user.create'`,
    );
    expect(Number(audit[0]!.n)).toBe(1);
    const sub = await signIn('subadmin');
    const r = await gql(
      `mutation { createUser(input: { username: "gm10", displayName: "x", role: PLANNER, password: "secret-123", scopes: [] }) { id } }`,
      {},
      sub.token,
    );
    expect(code(r.body)).toBe('FORBIDDEN');
    await api.stop();
  });
});
