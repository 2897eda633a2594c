import type { Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { serverAudits } from 'graphql-http';
import { pino } from 'pino';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { useDemoHttp } from '../helpers/demo-http.ts';
import { graphqlData, postGraphql, signInHttp } from '../helpers/http-client.ts';

/**
 * Issue 14: hierarchy reads compiled into one SQL statement (server/src/reads/) must answer
 * exactly what graphql-js and the resolvers answer. The same documents go to the app as it runs
 * and to an app with compiled reads turned off, over the same database; the answers must be
 * equal, and the compiled one must have taken one statement.
 */
const PW = 'demo-password-1';
const env = useDemoHttp(PW);
let plainUrl = '';
let plainServer: Server | undefined;
let token = '';
const ids = { district: '', code: '', sub: '', subCode: '', grid: '', building: '', org: '' };
const near = { lon: 0, lat: 0 };

beforeAll(async () => {
  const { app } = await createApp(env.database, undefined, { compiledReads: false });
  plainServer = app.listen(0, '127.0.0.1');
  await new Promise((r) => plainServer!.once('listening', r));
  plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/graphql`;
  token = await signInHttp(env.url, 'analyst', PW);
  const d = await graphqlData(
    plainUrl,
    `{ districts { id code subdistricts(first: 1) { id code grids(first: 1) { id
       buildings(first: 1) { id location organizations(first: 1) { nodes { id } } } } } } }`,
    {},
    token,
  );
  const district = d.districts[0];
  const sub = district.subdistricts[0];
  const building = sub.grids[0].buildings[0];
  Object.assign(ids, {
    district: district.id,
    code: district.code,
    sub: sub.id,
    subCode: sub.code,
    grid: sub.grids[0].id,
    building: building.id,
    org: building.organizations.nodes[0].id,
  });
  [near.lon, near.lat] = building.location.coordinates;
});
afterAll(() => {
  plainServer?.close();
});

const ORG_FIELDS = `id name uscc category subKind industry status employees partyMembers revenueYuan
  memberUnits ownerIsMember hasTradeUnion hasYouthLeague hasWomensFederation activists affiliation
  establishmentDirection address location updatedAt version updatedBy __typename`;

/** [name, document, variables]: every compiled field, alias, argument and connection part. */
const DOCUMENTS: [string, string, () => Record<string, unknown>][] = [
  ['every district', `{ districts { id code name __typename } __typename }`, () => ({})],
  [
    'the district hierarchy (the bench shape)',
    `query($code: String) { district(code: $code) { id name subdistricts { id name grids { id name
      buildings(first: 3) { id name organizations(first: 2) { totalCount nodes { id name status employees } } } } } } }`,
    () => ({ code: ids.code }),
  ],
  [
    'an organization with every field and its places',
    `query($id: ID!) { organization(id: $id) { ${ORG_FIELDS}
      building { id code name kind address floors location footprint grid { id code } }
      grid { id kind } subdistrict { id kind district { id name } } district { code } } }`,
    () => ({ id: ids.org }),
  ],
  [
    'a grid: children, parent, paged buildings and a connection with edges and page info',
    `query($id: ID, $after: ID) { grid(id: $id) { id code name kind managerName version updatedAt
      updatedBy boundary parent { id } children(first: 2) { id }
      subdistrict { id code } buildings(first: 2, after: $after) { id }
      organizations(first: 3) { totalCount edges { cursor node { id name } __typename }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename } __typename } } }`,
    () => ({ id: ids.grid, after: ids.building }),
  ],
  [
    'a subdistrict by code: top-level grids, buildings with geometry',
    `query($code: String) { subdistrict(code: $code) { id kind boundary district { id }
      grids(topLevelOnly: true) { id parent { id } } all: grids { id }
      buildings(first: 4) { id code kind address floors location footprint } } }`,
    () => ({ code: ` ${ids.subCode} ` }),
  ],
  [
    'a building: its organizations filtered and after a cursor',
    `query($id: ID!) { building(id: $id) { id grid { id } subdistrict { id }
      operating: organizations(first: 2, filter: { statuses: [OPERATING, SUSPENDED] }) {
        totalCount nodes { id status } pageInfo { hasNextPage endCursor } }
      later: organizations(first: 2, after: "YzoxMA") { totalCount nodes { id } pageInfo { hasPreviousPage startCursor } } } }`,
    () => ({ id: ids.building }),
  ],
  [
    'organizations near a point with filters (the bench shape)',
    `query($lon: Float!, $lat: Float!) { organizations(first: 5, filter: { near: { lon: $lon, lat: $lat, meters: 800 },
      employeesMin: 1, hasPartyOrganization: false }) { totalCount nodes { id name status employees } } }`,
    () => ({ ...near }),
  ],
  [
    'an empty page and a page of organizations of a district',
    `query($d: ID) { none: organizations(first: 0) { totalCount nodes { id } pageInfo { hasNextPage startCursor endCursor } }
      district(id: $d) { organizations(first: 3, filter: { category: NEW_SOCIAL }) { nodes { id category subKind } } } }`,
    () => ({ d: ids.district }),
  ],
  [
    'a count alone, a search, and page info without the page',
    `{ all: organizations(filter: { search: "律" }) { totalCount }
       none: organizations(filter: { search: "%" }) { totalCount __typename }
       prev: organizations(first: 3, after: "YzoxMA") { pageInfo { hasPreviousPage } }
       empty: organizations(first: 3, filter: { search: "%" }) { pageInfo { hasPreviousPage } edges { cursor } } }`,
    () => ({}),
  ],
  [
    'unknown ids and codes are null',
    `{ a: organization(id: "Organization:2147483647") { id } b: district(code: "000000") { id }
       c: grid(id: "Grid:2147483647") { id } d: building(id: "Building:2147483647") { id } }`,
    () => ({}),
  ],
];

/** Statements the database received while `fn` ran. */
async function statements<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const before = env.database.stats.queries;
  const out = await fn();
  return [out, env.database.stats.queries - before];
}

describe('compiled reads', () => {
  it.each(DOCUMENTS)('answers %s as the resolvers do, in one statement', async (_, doc, vars) => {
    const variables = vars();
    const expected = await postGraphql(plainUrl, doc, variables, token);
    expect(expected.errors).toBeUndefined();
    await postGraphql(env.url, doc, variables, token); // the first one compiles the document
    const [got, n] = await statements(() => postGraphql(env.url, doc, variables, token));
    expect(got).toEqual(expected);
    expect(n).toBe(1);
  });

  it('leaves what it does not compile, and every error, to graphql-js', async () => {
    const cases: [string, Record<string, unknown>, string | undefined][] = [
      // a field resolved elsewhere (party organization, coverage)
      [
        `query($id: ID!) { organization(id: $id) { id partyOrganization { id } } }`,
        { id: ids.org },
        undefined,
      ],
      // a fragment
      [
        `query($id: ID!) { organization(id: $id) { ...F } } fragment F on Organization { id name }`,
        { id: ids.org },
        undefined,
      ],
      // arguments the resolvers refuse
      [`{ grid(id: "Grid:x") { id } }`, {}, 'BAD_USER_INPUT'],
      [`{ grid(id: "Building:1") { id } }`, {}, 'BAD_USER_INPUT'],
      [`{ grid { id } }`, {}, 'BAD_USER_INPUT'],
      [
        `query($n: Int) { organizations(first: $n) { nodes { id } } }`,
        { n: 5000 },
        'BAD_USER_INPUT',
      ],
      [`{ organizations(after: "bm9wZQ") { nodes { id } } }`, {}, 'BAD_USER_INPUT'],
      [
        `query($n: Int) { districts { subdistricts(first: $n) { id } } }`,
        { n: -1 },
        'BAD_USER_INPUT',
      ],
      [`query($id: ID!) { organization(id: $id) { id } }`, {}, 'BAD_USER_INPUT'],
      [
        `{ organizations(filter: { employeesMin: 5, employeesMax: 1 }) { nodes { id } } }`,
        {},
        'BAD_USER_INPUT',
      ],
      [`{ districts { nope } }`, {}, 'GRAPHQL_VALIDATION_FAILED'],
    ];
    for (const [doc, variables, code] of cases) {
      const expected = await postGraphql(plainUrl, doc, variables, token);
      const got = await postGraphql(env.url, doc, variables, token);
      expect(got, doc).toEqual(expected);
      expect(got.errors?.[0]?.extensions?.code, doc).toBe(code);
    }
    // Anonymous: refused, not answered from SQL.
    const anonymous = await postGraphql(env.url, '{ districts { id } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.data).toBeUndefined();
  });

  it('answers over HTTP as Express does: headers, and every body it refuses or leaves', async () => {
    const doc = `query($id: ID!) { organization(id: $id) { id name } }`;
    const json = JSON.stringify({ query: doc, variables: { id: ids.org } });
    const send = (url: string, body: string | Buffer, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...headers,
        },
        body: typeof body === 'string' ? body : new Uint8Array(body),
      });
    const headersOf = (res: Response) =>
      [...res.headers].filter(([k]) => !['date', 'content-length', 'x-request-id'].includes(k));
    /** JSON compared as values (PostgreSQL writes `"id" : 1`), anything else as text. */
    const bodyOf = (text: string): unknown => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    };
    // A compiled read (one statement: only the Node path compiles): the Express path's headers.
    const [fast, n] = await statements(() => send(env.url, json));
    const plain = await send(plainUrl, json);
    expect(n).toBe(1);
    expect(headersOf(fast)).toEqual(headersOf(plain));
    expect(await fast.json()).toEqual(await plain.json());
    // Bodies the Node path refuses or hands to Express (read or unread): the same status,
    // answer and content type both ways.
    const cases: [string, string | Buffer, Record<string, string>, number][] = [
      ['not JSON', '{"query": ', {}, 400],
      ['JSON but not an object', '"{ districts { id } }"', {}, 400],
      ['a byte-order mark', `\uFEFF${json}`, {}, 200],
      ['UTF-8 named', json, { 'content-type': 'application/json; charset=UTF-8' }, 200],
      ['UTF-8 misnamed', json, { 'content-type': 'application/json; charset=utf8' }, 415],
      ['another charset', json, { 'content-type': 'application/json; charset=latin1' }, 415],
      ['gzip', gzipSync(json), { 'content-encoding': 'gzip' }, 200],
      ['an unknown encoding', json, { 'content-encoding': 'br2' }, 415],
      ['the GraphQL response type', json, { accept: 'application/graphql-response+json' }, 200],
      ['any type', json, { accept: 'text/html, */*;q=0.1' }, 200],
      ['HTML only', json, { accept: 'text/html' }, 406],
      [
        'a document over the length bound',
        JSON.stringify({ query: `{ districts { id } }${' '.repeat(100_001)}` }),
        {},
        400,
      ],
      ['a forged token', json, { authorization: 'Bearer forged' }, 401],
    ];
    for (const [what, body, headers, status] of cases) {
      const [a, b] = [await send(env.url, body, headers), await send(plainUrl, body, headers)];
      expect([a.status, b.status], what).toEqual([status, status]);
      expect(a.headers.get('content-type'), what).toBe(b.headers.get('content-type'));
      expect(bodyOf(await a.text()), what).toEqual(bodyOf(await b.text()));
    }
  });

  it('passes every MUST and SHOULD audit of graphql-http signed in, where reads are compiled', async () => {
    const signedIn: typeof fetch = (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    const before = env.database.stats.queries;
    const results = await Promise.all(
      serverAudits({ url: env.url, fetchFn: signedIn }).map((a) => a.fn()),
    );
    const failed = results.filter((r) => r.status === 'error' || r.status === 'warn');
    expect(failed.map((r) => `${r.status}: ${r.name}`)).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(58);
    // The audits' `{ __typename }` compiles: some were answered by the Node path.
    expect(env.database.stats.queries - before).toBeGreaterThan(0);
  });

  it('logs each request once from its arrival, by whichever path answers it', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'debug' },
      { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    );
    const { app, apollo } = await createApp(env.database, undefined, { logger });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const send = (reqId: string, query: string) =>
        fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'x-request-id': reqId,
          },
          body: JSON.stringify({ query, variables: { id: ids.org } }),
        });
      // Compiled (one statement), then one the Node path reads and hands to Express.
      const [compiled, n] = await statements(() =>
        send('read-1', `query One($id: ID!) { organization(id: $id) { id } }`),
      );
      expect(n).toBe(1);
      const handed = await send(
        'read-2',
        `query Two($id: ID!) { organization(id: $id) { id partyOrganization { id } } }`,
      );
      for (const [res, reqId, operation] of [
        [compiled, 'read-1', 'One'],
        [handed, 'read-2', 'Two'],
      ] as const) {
        expect(res.status).toBe(200);
        expect(res.headers.get('x-request-id')).toBe(reqId);
        await res.text();
        await vi.waitFor(() => expect(lines.filter((l) => l.reqId === reqId)).toHaveLength(2));
        const mine = lines.filter((l) => l.reqId === reqId);
        expect(mine.map((l) => l.msg)).toEqual(['request received', 'request']);
        expect(mine[1]).toMatchObject({
          method: 'POST',
          path: '/graphql',
          status: 200,
          operation,
          user: 'analyst',
        });
      }
    } finally {
      await new Promise((r) => server.close(r));
      await apollo.stop();
    }
  });
});
