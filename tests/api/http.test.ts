import { serverAudits } from 'graphql-http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import type { Database } from '../../server/src/db/client.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';
import { testDatabase } from '../helpers/db.ts';

let database: Database;
let server: Server;
let url: string;

beforeAll(async () => {
  database = await testDatabase();
  await loadSmallDemo(database);
  const { app } = await createApp(database);
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.close();
  await database.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('HTTP', () => {
  it('passes every MUST and SHOULD audit of graphql-http (only MAY notices remain)', async () => {
    const results = await Promise.all(serverAudits({ url: `${url}/graphql` }).map((a) => a.fn()));
    // 'error' is a failed MUST, 'warn' a failed SHOULD, 'notice' a failed MAY.
    const failed = results.filter((r) => r.status === 'error' || r.status === 'warn');
    expect(failed.map((r) => `${r.status}: ${r.name}`)).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(58);
  });

  it('sends security headers with a CSP for the map and the explorer', async () => {
    for (const path of ['/', '/healthz']) {
      const res = await fetch(`${url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it("sends GraphQL's JSON answers the API's security headers: nothing rendered, framed, sniffed or embedded", async () => {
    for (const res of [
      await fetch(`${url}/graphql?query=%7B__typename%7D`),
      await post({ query: '{ __typename }' }),
      await post({ query: '{ districts { id } }' }), // refused: 401
      await fetch(`${url}/GraphQL/?query=%7B__typename%7D`), // Express routes it to /graphql
    ]) {
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'",
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    }
  });

  it('sends a browser opening /graphql to the bundled explorer', async () => {
    const res = await fetch(`${url}/graphql`, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql.html');
  });

  it('refuses queries nested beyond the depth limit with a clear error', async () => {
    let q = 'name';
    for (let i = 0; i < 8; i++) q = `grids { subdistrict { ${q} } }`;
    const res = await post({ query: `{ districts { subdistricts { ${q} } } }` });
    const body = (await res.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toMatch(/depth/i);
  });
});
