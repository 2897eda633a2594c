import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { createDemoUsers } from '../../server/src/auth/demo-users.ts';
import { liftStatementTimeout, openDatabase, type Database } from '../../server/src/db/client.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';
import { formatError } from '../../server/src/graphql/format-error.ts';
import { readLimits } from '../../server/src/limits.ts';
import { testDatabase } from '../helpers/db.ts';
import { rows } from '../../server/src/db/rows.ts';

// Issue 11, holes 2, 4 and 5: every request is bounded before it costs anything, and a bound
// answers with a status and a JSON error that names it.

let database: Database;
let server: Server;
let url: string;
const PW = 'limits-password-1';
const tokens: Record<string, string> = {};
/** The limits of this app: the defaults, read as production would (no NODE_ENV). */
const limits = readLimits({});

beforeAll(async () => {
  database = await testDatabase();
  await loadSmallDemo(database);
  await createDemoUsers(database, PW);
  const { app } = await createApp(database, limits);
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  for (const u of ['analyst', 'manager1']) {
    const r = await post({
      query: `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`,
      variables: { u, p: PW },
    });
    tokens[u] = r.body.data.signIn.token;
  }
});
afterAll(async () => {
  server.close();
  await database.close();
});

async function post(
  body: unknown,
  opts: { token?: string; accept?: string; raw?: boolean } = {},
): Promise<{ status: number; type: string | null; body: any; text: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.accept ? { accept: opts.accept } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    },
    body: opts.raw ? (body as string) : JSON.stringify(body),
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON (e.g. an HTML error page): the test asserts on `text` and `type` then
  }
  return { status: res.status, type: res.headers.get('content-type'), body: json, text, ms };
}

const SEARCH = `query($s: String!) { organizations(filter: { search: $s }, first: 5) { totalCount } }`;
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

describe('request bodies', () => {
  it('refuses a body over 1 MiB from an anonymous or read-only caller with 413, unread', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    for (const token of [undefined, tokens.analyst]) {
      const r = await post({ query: SEARCH, variables: { s: big } }, { token });
      expect(r.status).toBe(413);
      expect(r.body.errors[0].extensions).toEqual({
        code: 'BAD_REQUEST',
        reason: 'BODY_TOO_LARGE',
      });
      console.log(`[limits] 5 MB search refused with 413 in ${r.ms.toFixed(0)} ms`);
    }
  });

  it('reads up to the import limit for a writing role, whose 5 MB search is then refused by length', async () => {
    const r = await post(
      { query: SEARCH, variables: { s: 'x'.repeat(5 * 1024 * 1024) } },
      { token: tokens.manager1 },
    );
    expect(r.status).toBe(200);
    expect(r.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.search',
      reason: 'TOO_LONG',
    });
    expect(r.text.length).toBeLessThan(1000); // the value is not echoed back
    console.log(`[limits] 5 MB search by a writer refused (TOO_LONG) in ${r.ms.toFixed(0)} ms`);
  });

  it('answers unreadable JSON (a bare NaN) with a JSON error, not an HTML page with a stack', async () => {
    for (const raw of ['{"query": NaN}', '{"query": "{ __typename }"', '[1,']) {
      const r = await post(raw, { raw: true });
      expect(r.status).toBe(400);
      expect(r.type).toMatch(/^application\/json/);
      expect(r.text).not.toMatch(/<html|at JSON\.parse|node_modules/);
      expect(r.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', reason: 'INVALID_JSON' });
    }
  });
});

describe('documents', () => {
  it('refuses a document over maxQueryChars before parsing it', async () => {
    const query = `{ __typename ${' '.repeat(limits.maxQueryChars)}}`;
    const r = await post({ query });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', reason: 'QUERY_TOO_LONG' });
  });

  it('answers a document over the token limit with a parse failure: 400, not 500', async () => {
    const query = `{ ${'__typename '.repeat(limits.maxTokens)} }`;
    const r = await post({ query }, { accept: GRAPHQL_RESPONSE });
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.body.errors[0].message).toMatch(/more th\w+ 8000 tokens/i);
    // application/json clients get 200 with the same error (GraphQL over HTTP, legacy media type)
    const legacy = await post({ query }, { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers 1,000 aliases with a validation failure: 400, not 500 or data', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const r = await post({ query }, { accept: GRAPHQL_RESPONSE });
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors[0].message).toMatch(/aliases/i);
  });

  it('never sends stack traces unless NODE_ENV=development', async () => {
    const saved = process.env.NODE_ENV;
    delete process.env.NODE_ENV; // as `pnpm start` ran before: Apollo then defaulted to traces
    try {
      const r = await post({ query: '{ nope }' });
      expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.text).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
      const bad = await post({ query: SEARCH, variables: { s: 42 } });
      expect(bad.text).not.toMatch(/stacktrace/);
    } finally {
      process.env.NODE_ENV = saved;
    }
    expect(readLimits({}).includeStacktraces).toBe(false);
    expect(readLimits({ NODE_ENV: 'production' }).includeStacktraces).toBe(false);
    expect(readLimits({ NODE_ENV: 'development' }).includeStacktraces).toBe(true);
  });
});

describe('filters', () => {
  const q = `query($f: OrganizationFilter, $first: Int) { organizations(filter: $f, first: $first) { totalCount } }`;
  const exec = (f: unknown, first?: number) =>
    post({ query: q, variables: { f, first } }, { token: tokens.analyst });
  const max = limits.maxFilterStringLength;

  it('accepts a search of exactly the limit and refuses one character more', async () => {
    const at = await exec({ search: '律'.repeat(max) });
    expect(at.body.errors).toBeUndefined();
    expect(at.body.data.organizations.totalCount).toBe(0);
    const over = await exec({ search: '律'.repeat(max + 1) });
    expect(over.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.search',
      reason: 'TOO_LONG',
    });
  });

  it('bounds every string and list of the filter', async () => {
    const long = 'G'.repeat(max + 1);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ industries: ['law', long] }, 'filter.industries', 'TOO_LONG'],
      [
        { industries: Array(limits.maxFilterListLength + 1).fill('law') },
        'filter.industries',
        'TOO_MANY',
      ],
      [
        { statuses: Array(limits.maxFilterListLength + 1).fill('OPERATING') },
        'filter.statuses',
        'TOO_MANY',
      ],
      [{ gridId: `Grid:${'1'.repeat(max)}` }, 'filter.gridId', 'TOO_LONG'],
      [{ districtId: long }, 'filter.districtId', 'TOO_LONG'],
    ];
    for (const [f, field, reason] of cases) {
      const r = await exec(f);
      expect(r.body.errors?.[0]?.extensions, field).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    }
  });

  it('searches names as plain substrings, case-insensitively, % and _ included', async () => {
    const count = async (search: string) =>
      (await exec({ search })).body.data.organizations.totalCount as number;
    const all = await count('律师');
    expect(all).toBeGreaterThan(0);
    expect(await count('%')).toBe(0);
    expect(await count('_')).toBe(0);
  });

  it('bounds the page size', async () => {
    const over = await exec(null, limits.maxPageSize + 1);
    expect(over.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const at = await exec(null, limits.maxPageSize);
    expect(at.body.errors).toBeUndefined();
  });

  it('does not echo an overlong id back', async () => {
    const r = await exec({ gridId: 'x'.repeat(max) });
    expect(r.body.errors[0].extensions).toMatchObject({ reason: 'MALFORMED_ID' });
    expect(r.body.errors[0].message.length).toBeLessThan(150);
  });
});

describe('configuration', () => {
  it('has documented defaults and names the variable of an invalid value', () => {
    expect(limits).toMatchObject({
      maxBodyBytes: 1024 * 1024,
      maxImportBodyBytes: 28 * 1024 * 1024,
      maxFilterStringLength: 100,
      maxPageSize: 1000,
      statementTimeoutMs: 15_000,
      lockTimeoutMs: 10_000,
    });
    expect(readLimits({ ATLAS_LOCK_TIMEOUT_MS: '500' }).lockTimeoutMs).toBe(500);
    expect(() => readLimits({ ATLAS_LOCK_TIMEOUT_MS: '-1' })).toThrow(/ATLAS_LOCK_TIMEOUT_MS/);
    expect(readLimits({ ATLAS_STATEMENT_TIMEOUT_MS: '2500' }).statementTimeoutMs).toBe(2500);
    expect(() => readLimits({ ATLAS_MAX_BODY_BYTES: 'lots' })).toThrow(/ATLAS_MAX_BODY_BYTES/);
    expect(() => readLimits({ ATLAS_MAX_FILTER_STRING: '0' })).toThrow(/ATLAS_MAX_FILTER_STRING/);
  });
});

describe.runIf(process.env.DATABASE_URL)('statement timeout (server engine)', () => {
  it('sets statement_timeout on every pooled connection', async () => {
    const [row] = await rows<{ statement_timeout: string }>(
      database.db,
      sql`SHOW statement_timeout`,
    );
    expect(row!.statement_timeout).toBe('15s');
    const [l] = await rows<{ lock_timeout: string }>(database.db, sql`SHOW lock_timeout`);
    expect(l!.lock_timeout).toBe('10s');
    const [i] = await rows<{ t: string }>(
      database.db,
      sql`SELECT current_setting('idle_in_transaction_session_timeout') AS t`,
    );
    expect(i!.t).toBe('2min');
  });

  it('a lock waited on past lock_timeout is a retryable CONFLICT, nothing saved', async () => {
    const dbUrl = new URL(process.env.DATABASE_URL!);
    dbUrl.pathname = `/${(await rows<{ d: string }>(database.db, sql`SELECT current_database() AS d`))[0]!.d}`;
    const short = await openDatabase({ databaseUrl: dbUrl.href, lockTimeoutMs: 200 });
    const locker = postgres(dbUrl.href, { max: 1, onnotice: () => {} });
    try {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let done!: Promise<unknown>;
      await new Promise<void>((ready) => {
        done = locker.begin(async (tx) => {
          await tx`LOCK TABLE organizations IN ACCESS EXCLUSIVE MODE`;
          ready();
          await held;
        });
      });
      const t0 = performance.now();
      const err = await short.db
        .transaction((tx) => tx.execute(sql`UPDATE organizations SET name = name WHERE id = 1`))
        .catch((e: unknown) => e);
      release();
      await done;
      expect(performance.now() - t0).toBeLessThan(10_000);
      const f = formatError({ message: 'x' }, err);
      expect(f.extensions).toEqual({ code: 'CONFLICT', reason: undefined });
      expect(f.message).toMatch(/retry/);
    } finally {
      await locker.end();
      await short.close();
    }
  });

  it('answers a statement stopped by the timeout with QUERY_TIMEOUT; bulk work may lift it', async () => {
    const dbUrl = new URL(process.env.DATABASE_URL!);
    dbUrl.pathname = `/${(await rows<{ d: string }>(database.db, sql`SELECT current_database() AS d`))[0]!.d}`;
    const short = await openDatabase({ databaseUrl: dbUrl.href, statementTimeoutMs: 300 });
    const locker = postgres(dbUrl.href, { max: 1, onnotice: () => {} });
    const { app } = await createApp(short, limits);
    const s = app.listen(0, '127.0.0.1');
    await new Promise((r) => s.once('listening', r));
    const shortUrl = `http://127.0.0.1:${(s.address() as AddressInfo).port}/graphql`;
    try {
      // A lock held elsewhere makes any read of organizations wait past the timeout.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const locked = new Promise<void>((ready) => {
        void locker.begin(async (tx) => {
          await tx`LOCK TABLE organizations IN ACCESS EXCLUSIVE MODE`;
          ready();
          await held;
        });
      });
      await locked;
      const res = await fetch(shortUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.analyst}` },
        body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
      });
      const body = (await res.json()) as any;
      release();
      expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TIMEOUT' });
      expect(body.errors[0].message).toMatch(/statement timeout/);

      const err = await rows(short.db, sql`SELECT pg_sleep(0.6)`).catch((e: unknown) => e);
      expect(formatError({ message: 'x' }, err).extensions).toEqual({ code: 'QUERY_TIMEOUT' });
      await short.db.transaction(async (tx) => {
        await liftStatementTimeout(tx);
        await tx.execute(sql`SELECT pg_sleep(0.6)`);
      });
    } finally {
      s.close();
      await locker.end();
      await short.close();
    }
  });
});
