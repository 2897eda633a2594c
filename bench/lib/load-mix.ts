import {
  firstCode,
  postGraphql,
  saveGridBoundary,
  UPDATE_ORGANIZATION,
  type HttpResult,
} from '../../tests/helpers/http-client.ts';

/**
 * What the clients of `pnpm bench:load` do (issue 17): planners read (hierarchy, a viewport of
 * the map, a coverage summary, a search), grid managers save boundaries and correct ledger facts
 * (`updateOrganization`) with the version they read. Two editors share each grid and each
 * organization, so some writes are stale and must be refused as CONFLICT.
 */

export interface LoadParams {
  url: string;
  tokens: { planner: string; editor: string };
  subdistrictIds: number[];
  bbox: { minLon: number; minLat: number; maxLon: number; maxLat: number };
  searchTerms: string[];
  /**
   * Grids the editors toggle between their original and a 20 m smaller boundary; the neighbour
   * across takes the land released and gives it back (neighbours adjusted, issue 13).
   */
  editGrids: { id: number; original: unknown; shrunk: unknown }[];
  /**
   * Organizations the ledger editors toggle between their party member count and three more
   * (which moves the roll-ups' member sums and may change coverage): `partyMembers` at
   * `version`, as read before the run.
   */
  editOrgs: { id: number; version: number; partyMembers: number }[];
}

/** One acknowledged save: the invariant check finds each exactly once in the database. */
export interface Ack {
  gridId: number;
  expected: number;
  version: number;
}

/** One acknowledged organization update, likewise. */
export interface OrgAck {
  orgId: number;
  expected: number;
  version: number;
  partyMembers: number;
}

export class Recorder {
  latencies = new Map<string, number[]>();
  errors = new Map<string, number>();
  /** The first error of each operation and code, as the server worded it. */
  firstErrors = new Map<string, unknown>();
  acks: Ack[] = [];
  orgAcks: OrgAck[] = [];
  /** Why requests failed at the socket (NETWORK), distinct causes with counts. */
  networkCauses = new Map<string, number>();

  network(op: string, e: unknown) {
    const c = (e as { cause?: { code?: string; message?: string } })?.cause;
    const why = `${op}: ${c?.code ?? ''} ${c?.message ?? (e instanceof Error ? e.message : e)}`;
    this.networkCauses.set(why, (this.networkCauses.get(why) ?? 0) + 1);
  }

  record(op: string, ms: number, r: HttpResult<unknown> | null, allowed: string[] = []) {
    const code = r ? firstCode(r) : 'NETWORK';
    if (code) {
      const key = `${op}:${code}${allowed.includes(code) ? ' (expected)' : ''}`;
      this.errors.set(key, (this.errors.get(key) ?? 0) + 1);
      if (r && !this.firstErrors.has(key)) this.firstErrors.set(key, r.errors?.[0]);
    }
    if (!code || allowed.includes(code)) {
      const list = this.latencies.get(op) ?? [];
      list.push(ms);
      this.latencies.set(op, list);
    }
  }

  /** Errors other than the expected ones. */
  unexpected(): number {
    return [...this.errors]
      .filter(([k]) => !k.endsWith('(expected)'))
      .reduce((a, [, n]) => a + n, 0);
  }
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;

/** Times one request; a network failure is recorded as NETWORK. */
export async function timed<T>(
  rec: Recorder,
  op: string,
  send: () => Promise<HttpResult<T>>,
  allowed: string[] = [],
): Promise<HttpResult<T> | null> {
  const t0 = performance.now();
  let r: HttpResult<T> | null = null;
  try {
    r = await send();
  } catch (e) {
    r = null;
    rec.network(op, e);
  }
  rec.record(op, performance.now() - t0, r, allowed);
  return r;
}

const READS = {
  hierarchy: () => ({
    query: '{ district(code: "110113") { id name subdistricts { id name grids { id name } } } }',
    variables: {},
  }),
  viewport: (p: LoadParams) => {
    const w = (p.bbox.maxLon - p.bbox.minLon) / 6;
    const h = (p.bbox.maxLat - p.bbox.minLat) / 6;
    const minLon = p.bbox.minLon + Math.random() * (p.bbox.maxLon - p.bbox.minLon - w);
    const minLat = p.bbox.minLat + Math.random() * (p.bbox.maxLat - p.bbox.minLat - h);
    return {
      query: `query ($v: Viewport!) { mapGrids(viewport: $v) { id organizations organizational } }`,
      variables: {
        v: { bbox: { minLon, minLat, maxLon: minLon + w, maxLat: minLat + h }, zoom: 13 },
      },
    };
  },
  summary: (p: LoadParams) => ({
    query: `query ($s: ID) { coverageSummary(scope: $s) { total organizational blankSpots gaps organizationalRate } }`,
    variables: { s: `Subdistrict:${pick(p.subdistrictIds)}` },
  }),
  search: (p: LoadParams) => ({
    query: `query ($q: String!) { organizations(first: 20, filter: { search: $q }) { totalCount nodes { id name } } }`,
    variables: { q: pick(p.searchTerms) },
  }),
};

/** A planner: one read after another until `end`. */
export async function planner(p: LoadParams, rec: Recorder, end: number) {
  const ops = Object.entries(READS);
  while (performance.now() < end) {
    const [op, make] = pick(ops);
    const { query, variables } = make(p);
    await timed(rec, op, () => postGraphql(p.url, query, variables, p.tokens.planner));
  }
}

/**
 * An editor of one grid: reads its version, saves the other of its two boundaries with that
 * version (odd versions hold the original, as every save toggles), records the acknowledgement.
 */
export async function editor(
  p: LoadParams,
  rec: Recorder,
  end: number,
  grid: LoadParams['editGrids'][number],
) {
  const id = `Grid:${grid.id}`;
  while (performance.now() < end) {
    const read = await timed<{ grid: { version: number } }>(rec, 'grid version', () =>
      postGraphql(p.url, 'query ($id: ID!) { grid(id: $id) { version } }', { id }, p.tokens.editor),
    );
    const v = read?.data?.grid.version;
    if (!v) continue;
    await saveBoundary(p, rec, grid, v);
  }
}

/**
 * Ledger editor `k` (0 or 1) of one organization: reads its version, sets its party member count
 * with that version, alternately three more than at the start and back (by the version's parity
 * since the start), plus `k`: so a stale update never asks for the count that is already there
 * (that is refused as NO_CHANGE before the version is compared) and must be a CONFLICT.
 */
export async function orgEditor(
  p: LoadParams,
  rec: Recorder,
  end: number,
  org: LoadParams['editOrgs'][number],
  k: 0 | 1,
) {
  const id = `Organization:${org.id}`;
  while (performance.now() < end) {
    const read = await timed<{ organization: { version: number } }>(rec, 'org version', () =>
      postGraphql(
        p.url,
        'query ($id: ID!) { organization(id: $id) { version } }',
        { id },
        p.tokens.editor,
      ),
    );
    const v = read?.data?.organization.version;
    if (!v) continue;
    const partyMembers = org.partyMembers + k + ((v - org.version) % 2 === 0 ? 3 : 0);
    const r = await timed<{ updateOrganization: { version: number } }>(
      rec,
      'org update',
      () =>
        postGraphql(p.url, UPDATE_ORGANIZATION, { id, v, f: { partyMembers } }, p.tokens.editor),
      ['CONFLICT'],
    );
    const saved = r?.data?.updateOrganization.version;
    if (saved) rec.orgAcks.push({ orgId: org.id, expected: v, version: saved, partyMembers });
  }
}

/** One save with expected version `v`; returns whether it was acknowledged. */
export async function saveBoundary(
  p: LoadParams,
  rec: Recorder,
  grid: LoadParams['editGrids'][number],
  v: number,
  op = 'boundary save',
): Promise<boolean> {
  const b = v % 2 === 1 ? grid.shrunk : grid.original;
  const r = await timed(rec, op, () => saveGridBoundary(p.url, p.tokens.editor, grid.id, b, v), [
    'CONFLICT',
  ]);
  const saved = r?.data?.updateGridBoundary.grids.find((g) => g.id === `Grid:${grid.id}`);
  if (saved) rec.acks.push({ gridId: grid.id, expected: v, version: saved.version });
  return Boolean(saved);
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
