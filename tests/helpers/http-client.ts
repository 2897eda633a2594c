import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';
import { makeUscc } from '../../server/src/ledger/uscc.ts';

/** One GraphQL request over HTTP as a browser sends it; never throws for a GraphQL error. */
export interface HttpResult<T = Record<string, any>> {
  status: number;
  retryAfter: string | null;
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export async function postGraphql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<HttpResult<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<HttpResult<T>, 'status' | 'retryAfter'>;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), ...body };
}

/** The data of a GraphQL request that must succeed; throws with the errors otherwise. */
export async function graphqlData<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const body = await postGraphql<T>(url, query, variables, token);
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The first error's `extensions.code`, or undefined when the request succeeded. */
export const firstCode = (r: HttpResult<unknown>) =>
  r.errors?.[0]?.extensions?.code as string | undefined;

export async function signInHttp(url: string, username: string, password: string) {
  const r = await postGraphql<{ signIn: { token: string } }>(
    url,
    'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
    { u: username, p: password },
  );
  if (!r.data) throw new Error(`sign-in as ${username} failed: ${JSON.stringify(r.errors)}`);
  return r.data.signIn.token;
}

export const IMPORT_LEDGER = `mutation ($f: LedgerFileInput!) {
  importLedger(file: $f) { inserted updated unchanged applied rejectedRows } }`;
export const UPDATE_BOUNDARY = `mutation ($id: ID!, $b: GeoJSON!, $v: Int!) {
  updateGridBoundary(gridId: $id, boundary: $b, expectedVersion: $v) { grids { id version } } }`;
/**
 * The same save with neighbours adjusted (NeighbourMode.ADJUST): grids tile their subdistrict
 * (issue 13), so a grid shrunk alone is refused as a gap; here the land it releases goes to the
 * neighbour across, and growing back takes it again. `grids` lists the neighbours too.
 */
export const UPDATE_BOUNDARY_ADJUST = `mutation ($id: ID!, $b: GeoJSON!, $v: Int!) {
  updateGridBoundary(gridId: $id, boundary: $b, expectedVersion: $v,
    options: { clipNeighbours: true }) { grids { id version } } }`;
/** A boundary save with neighbours adjusted (UPDATE_BOUNDARY_ADJUST): `boundary` at `version`. */
export const saveGridBoundary = (
  url: string,
  token: string,
  gridId: number,
  boundary: unknown,
  version: number,
) =>
  postGraphql<{ updateGridBoundary: { grids: { id: string; version: number }[] } }>(
    url,
    UPDATE_BOUNDARY_ADJUST,
    { id: `Grid:${gridId}`, b: boundary, v: version },
    token,
  );

/** A ledger correction (schema/orgs.graphql): `facts` at `expectedVersion`, stale is CONFLICT. */
export const UPDATE_ORGANIZATION = `mutation ($id: ID!, $v: Int!, $f: OrganizationFactsInput!) {
  updateOrganization(id: $id, expectedVersion: $v, facts: $f) { version } }`;

/**
 * A CSV ledger of `count` new organizations spread over the given buildings, credit codes
 * numbered from `serial` (distinct serials give distinct organizations; the same file again
 * changes nothing), named `<prefix><i>有限公司` so a test can count them.
 */
export function newOrganizationsCsv(
  count: number,
  opts: { buildingCodes: string[]; serial: number; prefix: string },
): Buffer {
  const lines = ['名称,统一社会信用代码,类型,行业,从业人员数,党员数,所在楼宇'];
  for (let i = 0; i < count; i++) {
    const b = opts.buildingCodes[i % opts.buildingCodes.length];
    const uscc = makeUscc('91', '110113', opts.serial + i);
    lines.push(`${opts.prefix}${i}有限公司,${uscc},非公有制企业,信息技术,${10 + (i % 50)},0,${b}`);
  }
  return Buffer.from(lines.join('\n'));
}

/** The `file` argument of importLedger for a CSV buffer. */
export const ledgerFile = (name: string, csv: Buffer) => ({
  name,
  contentBase64: csv.toString('base64'),
});

/** What importLedger answers (IMPORT_LEDGER). */
export interface ImportAnswer {
  importLedger: {
    inserted: number;
    updated: number;
    unchanged: number;
    applied: boolean;
    rejectedRows: number;
  };
}

/** Imports `count` new organizations (newOrganizationsCsv) as `<prefix>.csv`. */
export const importNewOrganizations = (
  url: string,
  token: string,
  count: number,
  opts: { buildingCodes: string[]; serial: number; prefix: string },
) =>
  postGraphql<ImportAnswer>(
    url,
    IMPORT_LEDGER,
    { f: ledgerFile(`${opts.prefix}.csv`, newOrganizationsCsv(count, opts)) },
    token,
  );

/** Runs `use` with the base URL of the app listening on a free local port, closed afterwards. */
export async function withListeningApp<T>(
  app: { listen(port: number, host: string): Server },
  use: (base: string) => Promise<T>,
): Promise<T> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}
