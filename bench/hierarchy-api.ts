/**
 * The hierarchy API under concurrent load, side by side with PostGraphile 5 (issue 14).
 * Generates the demo district with N organizations, forks our HTTP app and (on the server engine)
 * PostGraphile 5 (amber preset + simplify-inflection, no tuning; bench/lib/peer-server.ts) over
 * the same database, each in a process of its own, checks both return the same rows for each
 * shape, then sends each shape from 10 and 50 concurrent clients for a bounded time, interleaved
 * ours / peer / ours / peer. Prints req/s, p50 / p95 latency, server RSS, server CPU per request,
 * SQL statements per request (ours) and the ratio ours / peer per shape, and writes the table
 * to bench/RESULTS.md.
 *
 *   pnpm --filter @atlas/bench exec tsx hierarchy-api.ts                  # PGlite, 30k, ours only
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm ...           # server, 100k, + peer
 *   HIER_BENCH_PEER=0 skips the peer; HIER_BENCH_ROUNDS=2 rounds of ours / peer;
 *   HIER_BENCH_ORGS=50000 HIER_BENCH_SECONDS=12 HIER_BENCH_SHAPES='by id,500 m' to choose;
 *   HIER_BENCH_REUSE=1 keeps and reuses the database named by DATABASE_URL;
 *   PEER_NODE=/path/to/node: the peer's Node (PostGraphile 5 needs >= 22; default: lib/peer-node.ts);
 *   OURS_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' passes flags to our server's Node.
 *
 * On PGlite our app runs in this process (PGlite is in-memory, one connection) and the figures
 * include the load generator; there is no peer then.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { createApp } from '../server/src/app.ts';
import { createDemoUsers } from '../server/src/auth/demo-users.ts';
import { migrateDatabase, openDatabase, type Database } from '../server/src/db/client.ts';
import { generateDistrict } from '../server/src/demo/index.ts';
import { rows } from '../server/src/db/rows.ts';
import type { BenchServerMessage, ServerStats } from './lib/bench-server.ts';
import { withBenchDatabase } from './lib/bench-database.ts';
import { machine } from './lib/machine.ts';
import { peerNode } from './lib/peer-node.ts';
import { writeResultsSection } from './lib/results-section.ts';

const SECONDS = Number(process.env.HIER_BENCH_SECONDS ?? 12);
const ROUNDS = Number(process.env.HIER_BENCH_ROUNDS ?? 2);
/** A request still running this long after its window closed is abandoned (counted as failed). */
const GRACE_MS = 20_000;
const PASSWORD = 'bench-password-1';

/** One side's GraphQL text and variables for a shape. */
interface Side {
  query: string;
  variables: (r: Record<string, number>) => Record<string, unknown>;
  /** Top-level fields that answer a one-row list where the other side answers the row. */
  unwrap?: string[];
}

interface Shape {
  name: string;
  /** Random inputs for one request (the same for both sides when checking rows). */
  inputs: (rand: () => number) => Record<string, number>;
  ours: Side;
  peer: Side;
  clients: number[];
}

/** Our organization fields, and the peer's with the same names (`id: rowId`). */
const ORG = `id name status employees`;
const PEER_ORG = `id: rowId name status employees`;

async function shapes(database: Database): Promise<Shape[]> {
  const grids = await rows<{ id: number }>(
    database.db,
    sql`SELECT grid_id AS id FROM buildings WHERE grid_id IS NOT NULL GROUP BY 1 ORDER BY 1 LIMIT 10`,
  );
  const [range] = await rows<{ lo: number; hi: number }>(
    database.db,
    sql`SELECT min(id) AS lo, max(id) AS hi FROM organizations`,
  );
  const [center] = await rows<{ x: number; y: number }>(
    database.db,
    sql`SELECT ST_X(b.location) x, ST_Y(b.location) y FROM buildings b
        WHERE b.id = (SELECT building_id FROM organizations WHERE building_id IS NOT NULL
                      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)`,
  );
  const lo = Number(range!.lo);
  const hi = Number(range!.hi);
  const none = () => ({});
  const tenGrids = (peer: boolean) =>
    grids
      .map((g, i) =>
        peer
          ? `g${i}: grid(rowId: ${g.id}) { id: rowId name buildings { nodes { id: rowId name
              organizations(first: 10) { totalCount nodes { ${PEER_ORG} } } } } }`
          : `g${i}: grid(id: "Grid:${g.id}") { id name buildings { id name
              organizations(first: 10) { totalCount nodes { ${ORG} } } } }`,
      )
      .join('\n');
  return [
    {
      name: 'district > subdistricts > grids > 20 buildings > 10 orgs',
      inputs: none,
      ours: {
        query: `{ district(code: "110113") { id name subdistricts { id name grids { id name
          buildings(first: 20) { id name organizations(first: 10) { totalCount nodes { ${ORG} } } } } } } }`,
        variables: none,
      },
      peer: {
        // districts.code has a unique index, not a constraint: no districtByCode, a condition.
        query: `{ district: districts(condition: { code: "110113" }) { nodes { id: rowId name
          subdistricts { nodes { id: rowId name grids { nodes { id: rowId name
          buildings(first: 20) { nodes { id: rowId name
          organizations(first: 10) { totalCount nodes { ${PEER_ORG} } } } } } } } } } } }`,
        variables: none,
        unwrap: ['district'],
      },
      clients: [10, 50],
    },
    {
      name: '10 grids > buildings > orgs',
      inputs: none,
      ours: { query: `{ ${tenGrids(false)} }`, variables: none },
      peer: { query: `{ ${tenGrids(true)} }`, variables: none },
      clients: [10, 50],
    },
    {
      name: 'one organization by id',
      inputs: (rand) => ({ id: lo + Math.floor(rand() * (hi - lo + 1)) }),
      ours: {
        query: `query($id: ID!) { organization(id: $id) { ${ORG} uscc industry address updatedAt } }`,
        variables: (r) => ({ id: `Organization:${r.id}` }),
      },
      peer: {
        query: `query($id: Int!) { organization(rowId: $id) { ${PEER_ORG} uscc industry address updatedAt } }`,
        variables: (r) => ({ id: r.id }),
      },
      clients: [10, 50],
    },
    {
      name: 'organizations within 500 m of a point',
      inputs: (rand) => ({
        lon: Number(center!.x) + (rand() - 0.5) * 0.01,
        lat: Number(center!.y) + (rand() - 0.5) * 0.01,
      }),
      ours: {
        query: `query($lon: Float!, $lat: Float!) { organizations(first: 100,
          filter: { near: { lon: $lon, lat: $lat, meters: 500 } }) { totalCount nodes { ${ORG} } } }`,
        variables: (r) => r,
      },
      peer: {
        query: `query($lon: Float!, $lat: Float!) { organizations: peerBenchOrganizationsNear(lon: $lon,
          lat: $lat, meters: 500, first: 100) { totalCount nodes { ${PEER_ORG} } } }`,
        variables: (r) => r,
      },
      clients: [10, 50],
    },
  ];
}

/**
 * The peer's "within 500 m": PostGraphile has no distance filter without plugins, so a SQL
 * function in a bench-only schema, written as ours filters (bbox prefilter on the GiST index,
 * then the exact distance on the spheroid), ordered by id as our connection is.
 */
async function createPeerSchema(database: Database) {
  await database.db.execute(sql.raw(`CREATE SCHEMA IF NOT EXISTS peer_bench`));
  await database.db.execute(
    sql.raw(`CREATE OR REPLACE FUNCTION peer_bench.organizations_near(lon float8, lat float8, meters float8)
      RETURNS SETOF public.organizations LANGUAGE sql STABLE AS $$
        SELECT o.* FROM public.organizations o
        WHERE o.location && ST_Expand(ST_SetSRID(ST_MakePoint(lon, lat), 4326),
                meters / (110000 * cos(radians(least(abs(lat) + 1, 89)))))
          AND ST_DWithin(o.location::geography, ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography, meters)
        ORDER BY o.id
      $$`),
  );
}

/** A forked server (ours or the peer) and its IPC stats. */
interface Served {
  name: 'ours' | 'peer';
  url: string;
  token?: string;
  child?: ChildProcess;
  /** The server's stderr so far (the peer's, shown when it fails). */
  log?: () => string;
  /** In-process (PGlite): stats of this process. */
  local?: Database;
}

async function forkServer(
  name: 'ours' | 'peer',
  script: string,
  databaseUrl: string,
  execPath?: string,
  execArgv: string[] = [],
): Promise<Served> {
  const child = fork(new URL(script, import.meta.url), [], {
    execPath,
    execArgv: ['--import', 'tsx', ...execArgv],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  child.setMaxListeners(100); // one per `stats` request in flight
  // PostGraphile logs every PostGIS type it skips: stderr is shown only if the server fails.
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    if (stderr.length < 100_000) stderr += d.toString();
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`${name} server exited with ${code}: ${stderr.slice(-4000)}`)),
    );
    child.on('message', (m: BenchServerMessage) => {
      if ('port' in m) resolve(m.port);
    });
  });
  return { name, url: `http://127.0.0.1:${port}/graphql`, child, log: () => stderr };
}

async function stats(s: Served): Promise<ServerStats> {
  if (!s.child) {
    const cpu = process.cpuUsage();
    return {
      rss: process.memoryUsage().rss,
      cpuMs: (cpu.user + cpu.system) / 1000,
      queries: s.local!.stats.queries,
    };
  }
  const child = s.child;
  return new Promise((resolve) => {
    const on = (m: BenchServerMessage) => {
      if (!('stats' in m)) return;
      child.off('message', on);
      resolve(m.stats);
    };
    child.on('message', on);
    child.send('stats');
  });
}

async function post(s: Served, query: string, variables: object, signal?: AbortSignal) {
  const res = await fetch(s.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      ...(s.token ? { authorization: `Bearer ${s.token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors":')) {
    const body = JSON.parse(text) as { errors?: { message: string }[] };
    const message = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`;
    throw new Error(`${s.name}: ${message}${s.log ? `\n${s.log().slice(-3000)}` : ''}`);
  }
  return text;
}

/** Both sides' answers in one form: connections as lists, ids as numbers, instants in ISO. */
function normalize(v: unknown, key = ''): unknown {
  if (Array.isArray(v)) return v.map((x) => normalize(x));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort();
    if (keys.length === 1 && keys[0] === 'nodes') return normalize(o.nodes);
    return Object.fromEntries(keys.map((k) => [k, normalize(o[k], k)]));
  }
  if (key === 'id') return Number(String(v).replace(/^\w+:/, ''));
  // PostgreSQL enum labels: ours upper-cased (GraphQL style), the peer's as stored.
  if (key === 'status') return String(v).toLowerCase();
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) return new Date(v).toISOString();
  return v;
}

/** Counts rows (objects with an id) in a normalized answer. */
function countRows(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + countRows(x), 0);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return ('id' in o ? 1 : 0) + Object.values(o).reduce((n: number, x) => n + countRows(x), 0);
  }
  return 0;
}

/** Same inputs to both sides (a few draws for the random shapes); returns a note for the table. */
async function checkSameRows(shape: Shape, ours: Served, peer: Served): Promise<string> {
  let seed = 42;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  let total = 0;
  for (let i = 0; i < 5; i++) {
    const r = shape.inputs(rand);
    const answer = async (s: Served, side: Side) => {
      const { data } = JSON.parse(await post(s, side.query, side.variables(r))) as {
        data: Record<string, unknown>;
      };
      const norm = normalize(data) as Record<string, unknown>;
      for (const k of side.unwrap ?? []) norm[k] = (norm[k] as unknown[])[0];
      return norm;
    };
    const a = await answer(ours, shape.ours);
    const b = await answer(peer, shape.peer);
    if (!isDeepStrictEqual(a, b)) {
      const sa = JSON.stringify(a);
      const sb = JSON.stringify(b);
      let d = 0;
      while (d < sa.length && sa[d] === sb[d]) d++;
      return `DIFFERENT rows at ${JSON.stringify(r)}: ours …${sa.slice(d - 80, d + 80)}… peer …${sb.slice(d - 80, d + 80)}…`;
    }
    total += countRows(a);
    if (!Object.keys(r).length) break; // a fixed shape: one comparison is enough
  }
  return `same rows (${total} checked)`;
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Waits until the server has stopped working (abandoned requests may still run). */
async function settle(s: Served) {
  const t0 = performance.now();
  let last = await stats(s);
  while (performance.now() - t0 < 180_000) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = await stats(s);
    const quiet = s.child ? now.cpuMs - last.cpuMs < 30 : now.queries === last.queries;
    if (quiet && now.queries === last.queries) return performance.now() - t0;
    last = now;
  }
  return performance.now() - t0;
}

interface Figure {
  rps: number;
  p50: number;
  p95: number;
  rssMb: number;
  cpuMs: number;
  stmts: number | null;
  kB: number;
  failed: number;
}

async function run(s: Served, side: Side, shape: Shape, clients: number): Promise<Figure> {
  let bytes = 0;
  const rand = Math.random;
  await post(s, side.query, side.variables(shape.inputs(rand))); // warm up
  const latencies: number[] = [];
  let failed = 0;
  const before = await stats(s);
  let peakRss = before.rss;
  const rssTimer = setInterval(() => {
    void stats(s).then((x) => (peakRss = Math.max(peakRss, x.rss)));
  }, 500);
  const t0 = performance.now();
  const end = t0 + SECONDS * 1000;
  // Each request has its own deadline (the window's end plus the grace): one shared signal for
  // every request gathered an abort listener per request in the load generator (thousands on the
  // fast shapes: Node's MaxListeners warning and a slower generator).
  const deadline = end + GRACE_MS;
  // Clients start requests until the window closes; a request in flight then may finish (within
  // the grace) and counts, so a shape slower than the window still gets a figure.
  let lastDone = t0;
  const client = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      try {
        const signal = AbortSignal.timeout(Math.max(1, Math.ceil(deadline - t)));
        bytes = (await post(s, side.query, side.variables(shape.inputs(rand)), signal)).length;
        lastDone = performance.now();
        latencies.push(lastDone - t);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  clearInterval(rssTimer);
  const after = await stats(s);
  const elapsed = Math.max(lastDone, end) - t0;
  latencies.sort((a, b) => a - b);
  const done = latencies.length;
  const fig: Figure = {
    rps: done / (elapsed / 1000),
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    rssMb: Math.max(peakRss, after.rss) / 2 ** 20,
    cpuMs: (after.cpuMs - before.cpuMs) / Math.max(1, done),
    stmts:
      after.queries == null ? null : (after.queries - before.queries!) / Math.max(1, done + failed),
    kB: bytes / 1024,
    failed,
  };
  const cell = (n: number, w = 9) =>
    (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 0) : '-').padStart(w);
  console.log(
    `${s.name} ${shape.name.slice(0, 48).padEnd(49)} ${String(clients).padStart(3)} cl ` +
      `${cell(fig.rps)} req/s  p50 ${cell(fig.p50)} ms  p95 ${cell(fig.p95)} ms  ` +
      `rss ${cell(fig.rssMb, 5)} MB  ${fig.stmts == null ? '' : `${cell(fig.stmts, 6)} stmt/req  `}` +
      `${cell(fig.cpuMs, 6)} server-cpu-ms/req  ${fig.kB.toFixed(0)} kB  ${failed ? `${failed} failed` : ''}`,
  );
  const idle = await settle(s);
  if (idle > 3000) console.log(`  (server busy ${(idle / 1000).toFixed(0)} s after the run)`);
  return fig;
}

async function signIn(s: Served) {
  const res = await fetch(s.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`,
      variables: { u: 'admin', p: PASSWORD }, // createDemoUsers' district admin
    }),
  });
  s.token = ((await res.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

async function measure(database: Database, databaseUrl: string | undefined, count: number) {
  const label = `${count / 1000}k ${databaseUrl ? 'server' : 'pglite'}`;
  const t0 = performance.now();
  const [loaded] = await rows<{ n: number }>(
    database.db,
    sql`SELECT count(*)::int AS n FROM organizations`,
  );
  if (Number(loaded!.n) === 0) {
    await generateDistrict(database, { orgs: count, seed: 1 });
    await database.db.execute(sql`ANALYZE`);
    await createDemoUsers(database, PASSWORD);
  }
  console.log(`load ${count} organizations (${label}): ${(performance.now() - t0).toFixed(0)} ms`);
  const withPeer = Boolean(databaseUrl) && process.env.HIER_BENCH_PEER !== '0';
  if (withPeer) await createPeerSchema(database);

  const servers: Served[] = [];
  let closeLocal: (() => Promise<void>) | undefined;
  try {
    if (databaseUrl) {
      // As `pnpm start` runs the server: a 32 MB young generation (GC was a third of the time
      // of nested shapes with V8's 16 MB: every row of a page lives until the answer is sent).
      const args = ['--max-semi-space-size=32'];
      args.push(...(process.env.OURS_NODE_ARGS?.split(' ').filter(Boolean) ?? []));
      servers.push(await forkServer('ours', './lib/ours-server.ts', databaseUrl, undefined, args));
    } else {
      const { app, apollo } = await createApp(database);
      const server = app.listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      const port = (server.address() as AddressInfo).port;
      servers.push({ name: 'ours', url: `http://127.0.0.1:${port}/graphql`, local: database });
      closeLocal = async () => {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
        await apollo.stop();
      };
    }
    await signIn(servers[0]!);
    if (withPeer) {
      servers.push(await forkServer('peer', './lib/peer-server.ts', databaseUrl!, peerNode()));
    }
    const [ours, peer] = servers as [Served, Served | undefined];
    const peerVersion = peer
      ? execFileSync(peerNode(), ['--version'], { encoding: 'utf8' }).trim()
      : '';
    const table: string[] = [];
    const only = process.env.HIER_BENCH_SHAPES?.split(',');
    for (const shape of await shapes(database)) {
      if (only && !only.some((o) => shape.name.includes(o))) continue;
      const check = peer ? await checkSameRows(shape, ours, peer) : '';
      if (check) console.log(`  ${shape.name}: ${check}`);
      for (const clients of shape.clients) {
        const figs: { ours: Figure[]; peer: Figure[] } = { ours: [], peer: [] };
        for (let round = 0; round < ROUNDS; round++) {
          figs.ours.push(await run(ours, shape.ours, shape, clients));
          if (peer) figs.peer.push(await run(peer, shape.peer, shape, clients));
        }
        const o = figs.ours;
        const p = figs.peer;
        const range = (fs: Figure[], f: (x: Figure) => number, d = 1) =>
          fs.map((x) => f(x).toFixed(d)).join(', ');
        const ratio = peer ? mean(o.map((x) => x.rps)) / mean(p.map((x) => x.rps)) : NaN;
        if (peer) console.log(`  ratio ours / peer: ${ratio.toFixed(2)}x`);
        table.push(
          `| ${shape.name} | ${clients} | ${range(o, (x) => x.rps)} | ${range(o, (x) => x.p50, 0)} | ` +
            `${range(o, (x) => x.cpuMs)} | ${range(o, (x) => x.stmts ?? NaN)} | ${Math.max(...o.map((x) => x.rssMb)).toFixed(0)} | ` +
            (peer
              ? `${range(p, (x) => x.rps)} | ${range(p, (x) => x.p50, 0)} | ${range(p, (x) => x.cpuMs)} | ` +
                `${Math.max(...p.map((x) => x.rssMb)).toFixed(0)} | **${ratio.toFixed(2)}** | ${check.startsWith('same') ? check : 'DIFFERENT'} |`
              : '| | | | | |'),
        );
      }
    }
    await writeResultsSection(
      `hierarchy-api ${label}`,
      [
        `## Hierarchy API vs PostGraphile 5, ${label} (bench/hierarchy-api.ts)`,
        '',
        `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}` +
          ` (load average at the end of the run). Ours on Node ${process.version}` +
          (peer
            ? `, PostGraphile 5 on Node ${peerVersion} (amber + simplify-inflection, no tuning)`
            : '') +
          `. Each server in its own process, the load generator in a third; ${SECONDS} s per run,` +
          ` ${ROUNDS} rounds interleaved ours / peer; figures listed per round; ratio = mean req/s ours / mean req/s peer.` +
          ' CPU = server process CPU ms per request.',
        '',
        '| shape | clients | ours req/s | ours p50 ms | ours CPU ms | ours stmt/req | ours RSS MB | peer req/s | peer p50 ms | peer CPU ms | peer RSS MB | ratio | rows |',
        '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
        ...table,
      ].join('\n'),
    );
    console.log('written bench/RESULTS.md');
  } finally {
    for (const s of servers) s.child?.kill();
    await closeLocal?.();
  }
}

const url = process.env.DATABASE_URL;
const size = Number(process.env.HIER_BENCH_ORGS ?? (url ? 100_000 : 30_000));
console.log(`hierarchy API bench, node ${process.version}, ${SECONDS} s per run`);
if (url && process.env.HIER_BENCH_REUSE === '1') {
  // Interleaved runs (before / after a change) over one generated database, kept afterwards.
  const database = await openDatabase({ databaseUrl: url });
  try {
    await migrateDatabase(database);
    await measure(database, url, size);
  } finally {
    await database.close();
  }
} else {
  await withBenchDatabase(url, 'hier_bench', (db, dbUrl) => measure(db, dbUrl, size));
}
