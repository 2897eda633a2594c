import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { authenticate } from '../../server/src/auth/authenticate.ts';
import { createDemoUsers } from '../../server/src/auth/demo-users.ts';
import type { SessionUser } from '../../server/src/auth/guards.ts';
import type { Database } from '../../server/src/db/client.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';
import { testDatabase } from '../helpers/db.ts';
import { createTestApi, type Result } from '../helpers/graphql.ts';
import {
  anyJson,
  badId,
  badNumber,
  invalidFilter,
  invalidGeometry,
  limits,
  wrongTypeId,
} from './fuzz-arbitraries.ts';
import { rows } from '../../server/src/db/rows.ts';

// Issue 11: thousands of generated invalid inputs at the API. Every answer must be a clear error
// whose `extensions.code` is one of the schema's ErrorCode values (never an internal error), the
// server must keep answering, and nothing may change. Seeds are printed on failure by fast-check
// (rerun one with `fc.assert(..., { seed })`).

let database: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let server: Server;
let url: string;
let manager: SessionUser;
let managerToken: string;
let analyst: SessionUser;
let ownGrid: { id: string; version: number; subdistrictId: string };
let otherGrid: { id: string; version: number };
let errorCodes: Set<string>;
const PW = 'fuzz-password-1';

/** Counts and digests of what the fuzzing must not change. */
const fingerprint = async () =>
  (
    await rows<Record<string, string>>(
      database.db,
      sql`SELECT
      (SELECT count(*) FROM organizations)::text AS orgs,
      (SELECT md5(coalesce(string_agg(id || ':' || updated_at::text || ':' || coalesce(grid_id, 0)
        || ':' || coalesce(ST_AsEWKT(location), ''), ',' ORDER BY id), '')) FROM organizations) AS org_digest,
      (SELECT count(*) FROM grids)::text AS grids,
      (SELECT md5(coalesce(string_agg(id || ':' || version || ':' || coalesce(ST_AsEWKT(boundary), ''),
        ',' ORDER BY id), '')) FROM grids) AS grid_digest,
      (SELECT count(*) || ':' || coalesce(max(id), 0) FROM audit_log) AS audit`,
    )
  )[0]!;
let before: Record<string, string>;

beforeAll(async () => {
  database = await testDatabase();
  await loadSmallDemo(database);
  await createDemoUsers(database, PW);
  api = await createTestApi(database);
  const { app } = await createApp(database, limits);
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const signIn = async (u: string) => {
    const r = await api.exec<any>(
      `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`,
      { u, p: PW },
      null,
    );
    const token = r.data!.signIn.token as string;
    return { token, user: (await authenticate(database, `Bearer ${token}`))!.user };
  };
  ({ token: managerToken, user: manager } = await signIn('manager1'));
  ({ user: analyst } = await signIn('analyst'));
  const scope = manager.scopes === 'all' ? null : manager.scopes[0]!;
  expect(scope?.kind).toBe('grid');
  const grids = await api.exec<any>(
    `{ districts { subdistricts { grids { id version subdistrict { id } } } } }`,
  );
  const all = grids.data!.districts.flatMap((d: any) =>
    d.subdistricts.flatMap((s: any) => s.grids),
  );
  const own = all.find((g: any) => g.id === `Grid:${scope!.id}`);
  ownGrid = { id: own.id, version: own.version, subdistrictId: own.subdistrict.id };
  otherGrid = all.find((g: any) => g.id !== own.id);
  const codes = await api.exec<any>(`{ __type(name: "ErrorCode") { enumValues { name } } }`);
  errorCodes = new Set(codes.data!.__type.enumValues.map((v: any) => v.name));
  before = await fingerprint();
}, 180_000);
afterAll(async () => {
  server?.close();
  await api?.stop();
  await database?.close();
});

/** Every error carries a code of the closed union, and none is an internal error. */
function expectClearErrors(r: Result, input: unknown) {
  expect(r.errors?.length, JSON.stringify(input).slice(0, 300)).toBeGreaterThan(0);
  for (const e of r.errors!) {
    const code = String(e.extensions?.code);
    expect(errorCodes.has(code), `${code}: ${e.message}`).toBe(true);
    expect(code, e.message).not.toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(e)).not.toMatch(/stacktrace|node_modules/);
  }
}

// ---- properties --------------------------------------------------------------------------

const ORGS = `query($f: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $f, first: $first, after: $after) { totalCount nodes { id } } }`;
const NESTED = `query($f: OrganizationFilter) { districts { subdistricts { grids {
  organizations(filter: $f, first: 2) { totalCount } } } } }`;

describe('fuzzing the API with invalid input', () => {
  it('refuses every invalid organization filter with a clear error (top level and nested)', async () => {
    await fc.assert(
      fc.asyncProperty(invalidFilter, fc.boolean(), async (f, nested) => {
        const r = await api.exec(nested ? NESTED : ORGS, { f }, analyst);
        expectClearErrors(r, f);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses bad ids, cursors and page sizes', async () => {
    const ops = [
      ['query($v: ID!) { organization(id: $v) { id } }', badId],
      ['query($v: ID!) { grid(id: $v) { id } }', fc.oneof(badId, wrongTypeId)],
      ['query($v: ID!) { node(id: $v) { id } }', badId],
      // (an empty cursor means "from the start", as null does)
      [
        'query($v: String) { organizations(after: $v) { totalCount } }',
        badId.filter((v) => v !== ''),
      ],
      [
        'query($v: Int) { organizations(first: $v) { totalCount } }',
        fc.oneof(badNumber, fc.integer({ min: limits.maxPageSize + 1 })),
      ],
    ] as const;
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...ops)
          .chain(([q, gen]) => fc.tuple(fc.constant(q), gen as fc.Arbitrary<unknown>)),
        async ([q, v]) => expectClearErrors(await api.exec(q, { v }, analyst), { q, v }),
      ),
      { numRuns: 800 },
    );
  });

  it('answers random variables of any JSON type with data or clear errors, never an internal error', async () => {
    const queries = [ORGS, NESTED, 'query($v: ID!) { node(id: $v) { id } }'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queries),
        fc.dictionary(fc.constantFrom('f', 'first', 'after', 'v', 'x'), anyJson),
        async (q, vars) => {
          const r = await api.exec(q, vars, analyst);
          for (const e of r.errors ?? []) {
            expect(errorCodes.has(String(e.extensions?.code)), e.message).toBe(true);
            expect(e.extensions?.code, e.message).not.toBe('INTERNAL_SERVER_ERROR');
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it('refuses invalid geometries to updateGridBoundary and createGrid by a grid manager', async () => {
    const update = `mutation($g: ID!, $b: GeoJSON!, $v: Int!) {
      updateGridBoundary(gridId: $g, boundary: $b, expectedVersion: $v) { grid { id } } }`;
    const create = `mutation($s: ID!, $b: GeoJSON!, $n: String!) {
      createGrid(input: { subdistrictId: $s, name: $n, boundary: $b }) { grid { id } } }`;
    await fc.assert(
      fc.asyncProperty(
        invalidGeometry,
        fc.constantFrom('update-own', 'update-other', 'create'),
        async (b, op) => {
          const r =
            op === 'create'
              ? await api.exec(create, { s: ownGrid.subdistrictId, n: 'fuzz', b }, manager)
              : await api.exec(
                  update,
                  {
                    g: op === 'update-own' ? ownGrid.id : otherGrid.id,
                    v: op === 'update-own' ? ownGrid.version : otherGrid.version,
                    b,
                  },
                  manager,
                );
          expectClearErrors(r, { op, b });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('answers arbitrary HTTP bodies with a JSON error of the closed union', async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .record(
          { query: fc.oneof(fc.string({ maxLength: 100 }), anyJson), variables: anyJson },
          { requiredKeys: [] },
        )
        .map((v) => JSON.stringify(v)),
      fc.constantFrom(
        '{"query": NaN}',
        '{"query": "{ __typename }", "variables": Infinity}',
        '\u0000',
        '{',
      ),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (raw, signedIn) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(signedIn ? { authorization: `Bearer ${managerToken}` } : {}),
          },
          body: raw,
        });
        const text = await res.text();
        expect(res.status, text).toBeLessThan(500);
        expect(res.headers.get('content-type')).toMatch(/json/);
        const parsed = JSON.parse(text) as Result;
        if (parsed.errors) {
          for (const e of parsed.errors) {
            expect(errorCodes.has(String(e.extensions?.code)), `${raw} -> ${text}`).toBe(true);
          }
        }
        expect(text).not.toMatch(/stacktrace|node_modules|<html/);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps answering, and nothing changed', async () => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${managerToken}` },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(((await res.json()) as any).data.me.username).toBe('manager1');
    expect(await fingerprint()).toEqual(before);
  });
});
