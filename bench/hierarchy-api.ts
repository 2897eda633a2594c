/**
 * The hierarchy API under concurrent load (issue 14): generates the demo district with N
 * organizations, starts the real HTTP app in-process on a loopback port, signs in once and sends
 * the shapes of the issue's table from 10 and 50 concurrent clients for a bounded time each.
 * Prints req/s, p50 / p95 latency, server RSS and SQL statements per request.
 *
 *   pnpm --filter @atlas/bench exec tsx hierarchy-api.ts                  # PGlite, 30k
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm ...           # server, 100k
 *   HIER_BENCH_ORGS=50000 HIER_BENCH_SECONDS=12 HIER_BENCH_SHAPES='by id,500 m' to choose;
 *   HIER_BENCH_REUSE=1 keeps and reuses the database named by DATABASE_URL (interleaved runs).
 *
 * RSS and node CPU are the whole process (server and load generator share it; the generator is
 * a plain Promise loop over fetch, small next to the server). CPU per request is the steadier
 * figure on a shared machine. graphql-js runs about a third faster with NODE_ENV=production.
 */
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { createApp } from '../server/src/app.ts';
import { createDemoUsers } from '../server/src/auth/demo-users.ts';
import { migrateDatabase, openDatabase, type Database } from '../server/src/db/client.ts';
import { generateDistrict } from '../server/src/demo/index.ts';
import { withBenchDatabase } from './lib/bench-database.ts';
import { rows } from '../server/src/db/rows.ts';

const SECONDS = Number(process.env.HIER_BENCH_SECONDS ?? 12);
/** A request still running this long after its window closed is abandoned (counted as failed). */
const GRACE_MS = 20_000;

interface Shape {
  name: string;
  query: string;
  /** Used when the server rejects `query` (an older schema without `Grid.buildings(first)`). */
  fallback?: string;
  variables: () => Record<string, unknown>;
  clients: number[];
}

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
  const orgFields = `id name status employees`;
  const tenGrids = grids
    .map(
      (g, i) =>
        `g${i}: grid(id: "Grid:${g.id}") { id name buildings { id name organizations(first: 10) { totalCount nodes { ${orgFields} } } } }`,
    )
    .join('\n');
  return [
    {
      name: 'district > subdistricts > grids > 20 buildings > 10 orgs',
      query: `{ district(code: "110113") { id name subdistricts { id name grids { id name
        buildings(first: 20) { id name organizations(first: 10) { totalCount nodes { ${orgFields} } } } } } } }`,
      fallback: `{ district(code: "110113") { id name subdistricts { id name grids { id name
        buildings { id name organizations(first: 10) { totalCount nodes { ${orgFields} } } } } } } }`,
      variables: () => ({}),
      clients: [10, 50],
    },
    {
      name: '10 grids > buildings > orgs',
      query: `{ ${tenGrids} }`,
      variables: () => ({}),
      clients: [10, 50],
    },
    {
      name: 'one organization by id',
      query: `query($id: ID!) { organization(id: $id) { ${orgFields} uscc industry address updatedAt } }`,
      variables: () => ({ id: `Organization:${lo + Math.floor(Math.random() * (hi - lo + 1))}` }),
      clients: [10, 50],
    },
    {
      name: 'organizations within 500 m of a point',
      query: `query($lon: Float!, $lat: Float!) { organizations(first: 100,
        filter: { near: { lon: $lon, lat: $lat, meters: 500 } }) { totalCount nodes { ${orgFields} } } }`,
      variables: () => ({
        lon: Number(center!.x) + (Math.random() - 0.5) * 0.01,
        lat: Number(center!.y) + (Math.random() - 0.5) * 0.01,
      }),
      clients: [10, 50],
    },
  ];
}

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Waits until the server has stopped sending SQL: abandoned requests may still run (the server
 * does not cancel work when a client goes), and they would load the next measurement.
 */
async function settle(database: Database) {
  const t0 = performance.now();
  let last = -1;
  while (performance.now() - t0 < 180_000) {
    const now = database.stats.queries;
    if (now === last) return performance.now() - t0;
    last = now;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return performance.now() - t0;
}

async function run(url: string, token: string, shape: Shape, clients: number, database: Database) {
  const post = async (query: string, signal?: AbortSignal) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: shape.variables() }),
      signal,
    });
    const body = (await res.json()) as { errors?: { message: string }[]; data?: unknown };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return JSON.stringify(body).length;
  };
  let query = shape.query;
  try {
    await post(query); // warm up, and check the shape is accepted
  } catch (e) {
    if (!shape.fallback) throw e;
    console.log(
      `  (schema rejects the shape: ${(e as Error).message.slice(0, 90)}; using fallback)`,
    );
    query = shape.fallback;
    await post(query);
  }
  const latencies: number[] = [];
  let failed = 0;
  let bytes = 0;
  let peakRss = process.memoryUsage().rss;
  const rssTimer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  const q0 = database.stats.queries;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const end = t0 + SECONDS * 1000;
  const abort = new AbortController();
  const grace = setTimeout(() => abort.abort(), SECONDS * 1000 + GRACE_MS);
  // Clients start requests until the window closes; a request in flight then may finish (within
  // the grace) and counts, so a shape slower than the window still gets a figure.
  let lastDone = t0;
  const client = async () => {
    while (performance.now() < end) {
      const s = performance.now();
      try {
        bytes = await post(query, abort.signal);
        lastDone = performance.now();
        latencies.push(lastDone - s);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  clearTimeout(grace);
  clearInterval(rssTimer);
  const elapsed = Math.max(lastDone, end) - t0;
  const statements = database.stats.queries - q0;
  const cpu = process.cpuUsage(cpu0);
  latencies.sort((a, b) => a - b);
  const done = latencies.length;
  const cell = (n: number, w = 9) =>
    (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 0) : '-').padStart(w);
  console.log(
    `${shape.name.slice(0, 52).padEnd(53)} ${String(clients).padStart(3)} cl ` +
      `${cell(done / (elapsed / 1000))} req/s  p50 ${cell(pct(latencies, 50))} ms  ` +
      `p95 ${cell(pct(latencies, 95))} ms  rss ${cell(peakRss / 2 ** 20, 5)} MB  ` +
      `${cell(statements / Math.max(1, done + failed), 6)} stmt/req  ` +
      `${cell((cpu.user + cpu.system) / 1000 / Math.max(1, done), 6)} node-cpu-ms/req  ` +
      `${(bytes / 1024).toFixed(0)} kB  ${failed ? `${failed} failed` : ''}`,
  );
  const idle = await settle(database);
  if (idle > 3000) console.log(`  (server busy ${(idle / 1000).toFixed(0)} s after the run)`);
}

const PASSWORD = 'bench-password-1';

async function measure(database: Database, count: number, label: string) {
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
  const { app, apollo } = await createApp(database);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    const admin = { username: 'admin', password: PASSWORD }; // createDemoUsers' district admin
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }`,
        variables: { u: admin.username, p: admin.password },
      }),
    });
    const token = ((await res.json()) as { data: { signIn: { token: string } } }).data.signIn.token;
    const only = process.env.HIER_BENCH_SHAPES?.split(',');
    for (const shape of await shapes(database)) {
      if (only && !only.some((o) => shape.name.includes(o))) continue;
      for (const clients of shape.clients) await run(url, token, shape, clients, database);
    }
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await apollo.stop();
  }
}

const url = process.env.DATABASE_URL;
const size = Number(process.env.HIER_BENCH_ORGS ?? (url ? 100_000 : 30_000));
const label = `${size / 1000}k ${url ? 'server' : 'pglite'}`;
console.log(`hierarchy API bench, node ${process.version}, ${SECONDS} s per run`);
if (url && process.env.HIER_BENCH_REUSE === '1') {
  // Interleaved runs (before / after a change) over one generated database, kept afterwards.
  const database = await openDatabase({ databaseUrl: url });
  try {
    await migrateDatabase(database);
    await measure(database, size, `${label}, reused database`);
  } finally {
    await database.close();
  }
} else {
  await withBenchDatabase(url, 'hier_bench', (db) => measure(db, size, label));
}
