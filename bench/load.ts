/**
 * `pnpm bench:load` (issue 17): N concurrent clients for T seconds against `pnpm start`'s server
 * in its own process on a loopback port, over a generated district: planners' reads (hierarchy,
 * viewport map query, coverage summary, search), grid managers' edits with expected versions
 * (boundary saves and organization updates, two editors per grid and per organization: stale
 * writes must be CONFLICTs) and one ledger import. Prints throughput, p50/p99 per operation,
 * errors by code, the server's RSS over time; then stops the server with SIGTERM and checks the
 * invariants: every acknowledged save and organization update is in the database exactly once
 * with its audit row, no two writes from one version both succeeded, roll-ups equal a recount,
 * grids (restored to their boundaries at the end) still tile their subdistricts.
 *
 *   pnpm bench:load                                             # PGlite: 30 clients x 10 s
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm bench:load   # server: 200 x 60 s
 *   LOAD_CLIENTS=50 LOAD_SECONDS=20 LOAD_ORGS=10000 LOAD_IMPORT_ROWS=1000 to choose
 *
 * Bounded: at most 500 clients and 300 s; the server listens on 127.0.0.1 only. On a server
 * the scratch database `<db>_load` is created and dropped; on PGlite a temporary directory.
 */
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createDemoUsers } from '../server/src/auth/demo-users.ts';
import { migrateDatabase, openDatabase, type Database } from '../server/src/db/client.ts';
import { rows } from '../server/src/db/rows.ts';
import { seedDistrict } from '../server/src/demo/index.ts';
import { gridsToShrink, gridVersions } from '../tests/helpers/grids.ts';
import { importNewOrganizations, postGraphql, signInHttp } from '../tests/helpers/http-client.ts';
import {
  pgliteTarget,
  rssOf,
  serverTarget,
  spawnServer,
  type DataTarget,
} from '../tests/helpers/server-process.ts';
import { withDatabase } from '../tests/helpers/test-database.ts';
import { checkLoadInvariants } from './lib/load-invariants.ts';
import {
  editor,
  orgEditor,
  percentile,
  planner,
  Recorder,
  saveBoundary,
  timed,
  type LoadParams,
} from './lib/load-mix.ts';

const url = process.env.DATABASE_URL;
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? (url ? 200 : 30));
const SECONDS = Number(process.env.LOAD_SECONDS ?? (url ? 60 : 10));
const ORGS = Number(process.env.LOAD_ORGS ?? (url ? 30_000 : 5_000));
const IMPORT_ROWS = Number(process.env.LOAD_IMPORT_ROWS ?? (url ? 2_000 : 500));
if (!(CLIENTS >= 2 && CLIENTS <= 500 && SECONDS > 0 && SECONDS <= 300)) {
  throw new Error('LOAD_CLIENTS must be 2..500 and LOAD_SECONDS 1..300');
}
/** One client in ten edits boundaries (two per grid), as many correct the ledger (two per organization). */
const EDITORS = Math.max(2, Math.round(CLIENTS / 10) & ~1);
const PASSWORD = 'load-password-1';

async function prepare(): Promise<DataTarget> {
  const fill = async (db: Database) => {
    await migrateDatabase(db);
    await seedDistrict(db, { orgs: ORGS, seed: 1 });
    await createDemoUsers(db, PASSWORD);
  };
  if (url) {
    const name = `${new URL(url).pathname.slice(1) || 'postgres'}_load`.replace(/\W/g, '_');
    const admin = postgres(url, { onnotice: () => {}, max: 1 });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const dbUrl = withDatabase(url, name);
    const db = await openDatabase({ databaseUrl: dbUrl });
    await fill(db);
    return serverTarget(db, dbUrl, async () => {
      await db.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    });
  }
  return pgliteTarget(fill);
}

/** What the clients need, read before the server starts (PGlite has one process). */
async function params(db: Database) {
  const editGrids = await gridsToShrink(db.db, {
    metres: 20,
    limit: EDITORS / 2,
    onePerSubdistrict: true,
  });
  // One organization per subdistrict, away from the edited grids' first ids, with room for four
  // more party members than it has (party members <= employees; see orgEditor).
  const editOrgs = (
    await rows<{ id: number; version: number; party_members: number }>(
      db.db,
      sql`SELECT id, version, party_members FROM (
            SELECT DISTINCT ON (subdistrict_id) * FROM organizations
            WHERE status = 'operating' AND grid_id IS NOT NULL AND employees >= party_members + 4
            ORDER BY subdistrict_id, id DESC) o
          ORDER BY subdistrict_id LIMIT ${EDITORS / 2}`,
    )
  ).map((o) => ({
    id: Number(o.id),
    version: Number(o.version),
    partyMembers: Number(o.party_members),
  }));
  const [b] = await rows<{ x0: number; y0: number; x1: number; y1: number }>(
    db.db,
    sql`SELECT ST_XMin(e) x0, ST_YMin(e) y0, ST_XMax(e) x1, ST_YMax(e) y1
        FROM (SELECT ST_Extent(boundary) e FROM districts) d`,
  );
  const subdistricts = await rows<{ id: number }>(
    db.db,
    sql`SELECT id FROM subdistricts ORDER BY id`,
  );
  const names = await rows<{ t: string }>(
    db.db,
    sql`SELECT DISTINCT substr(name, 3, 2) AS t FROM organizations ORDER BY 1 LIMIT 40`,
  );
  const buildings = await rows<{ code: string }>(
    db.db,
    sql`SELECT code FROM buildings ORDER BY id LIMIT 50`,
  );
  return {
    editGrids,
    editOrgs,
    bbox: {
      minLon: Number(b!.x0),
      minLat: Number(b!.y0),
      maxLon: Number(b!.x1),
      maxLat: Number(b!.y1),
    },
    subdistrictIds: subdistricts.map((r) => Number(r.id)),
    searchTerms: names.map((r) => r.t),
    buildingCodes: buildings.map((r) => r.code),
    initialVersions: await gridVersions(db.db),
  };
}

const mb = (n: number) => `${(n / 2 ** 20).toFixed(0)} MB`;

async function main() {
  const engine = url ? 'server' : 'pglite';
  console.log(
    `load bench (${engine}): ${CLIENTS} clients (${EDITORS} boundary and ${EDITORS} ledger editors) x ${SECONDS} s, ${ORGS} organizations, one import of ${IMPORT_ROWS} rows`,
  );
  const t0 = performance.now();
  const target = await prepare();
  let db = await target.open();
  const p0 = await params(db);
  await target.release(db);
  console.log(`prepared in ${((performance.now() - t0) / 1000).toFixed(0)} s; starting the server`);
  const server = await spawnServer(target.env);
  const pid = server.proc.pid!;
  const rec = new Recorder();
  try {
    const p: LoadParams = {
      url: server.url,
      tokens: {
        planner: await signInHttp(server.url, 'planner', PASSWORD),
        // One grid per subdistrict (edits in a subdistrict are serialized by a lock), saved as
        // the district administrator, who may edit them all.
        editor: await signInHttp(server.url, 'admin', PASSWORD),
      },
      ...p0,
    };
    const adminToken = await signInHttp(server.url, 'admin', PASSWORD);
    const rss: { s: number; rss: number }[] = [];
    const start = performance.now();
    const end = start + SECONDS * 1000;
    const sample = async () =>
      rss.push({ s: (performance.now() - start) / 1000, rss: await rssOf(pid) });
    await sample();
    const sampler = setInterval(() => void sample(), Math.max(1000, (SECONDS * 1000) / 20));
    const importRun = (async () => {
      await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 3));
      const r = await timed(rec, 'ledger import', () =>
        importNewOrganizations(server.url, adminToken, IMPORT_ROWS, {
          buildingCodes: p0.buildingCodes,
          serial: 86_000_000,
          prefix: '北京负载导入',
        }),
      );
      return r?.data?.importLedger.inserted ?? 0;
    })();
    const clients = Array.from({ length: CLIENTS }, (_, i) =>
      i < EDITORS && p.editGrids.length
        ? editor(p, rec, end, p.editGrids[i % p.editGrids.length]!)
        : i < 2 * EDITORS && p.editOrgs.length
          ? orgEditor(
              p,
              rec,
              end,
              p.editOrgs[i % p.editOrgs.length]!,
              Math.floor((i - EDITORS) / p.editOrgs.length) % 2 ? 1 : 0,
            )
          : planner(p, rec, end),
    );
    await Promise.all(clients);
    const inserted = await importRun;
    const elapsed = (performance.now() - start) / 1000;
    clearInterval(sampler);
    await sample();

    // Back to the original boundaries, so the grids must tile their subdistricts again.
    for (const g of p.editGrids) {
      const r = await postGraphql<{ grid: { version: number } }>(
        server.url,
        'query ($id: ID!) { grid(id: $id) { version } }',
        { id: `Grid:${g.id}` },
        p.tokens.editor,
      );
      const v = r.data!.grid.version;
      if (v % 2 === 0) await saveBoundary(p, rec, g, v, 'restore');
    }
    const t1 = performance.now();
    server.proc.kill('SIGTERM');
    const exit = await server.exited;
    const stopMs = performance.now() - t1;

    let total = 0;
    console.log(`\n| operation | requests | req/s | p50 ms | p99 ms |\n|---|---:|---:|---:|---:|`);
    for (const [op, list] of [...rec.latencies].sort()) {
      list.sort((a, b) => a - b);
      total += list.length;
      console.log(
        `| ${op} | ${list.length} | ${(list.length / elapsed).toFixed(1)} | ${percentile(list, 50).toFixed(0)} | ${percentile(list, 99).toFixed(0)} |`,
      );
    }
    console.log(`| all | ${total} | ${(total / elapsed).toFixed(1)} | | |`);
    console.log(
      `\nerrors by operation and code: ${JSON.stringify(Object.fromEntries(rec.errors))}`,
    );
    console.log(`unexpected errors: ${rec.unexpected()}`);
    for (const [k, e] of rec.firstErrors)
      console.log(`  first ${k}: ${JSON.stringify(e).slice(0, 300)}`);
    if (rec.networkCauses.size) {
      console.log(`network failures: ${JSON.stringify(Object.fromEntries(rec.networkCauses))}`);
      // The server's side of them: its request log lines for failed or cut requests.
      const cut = server
        .log()
        .split('\n')
        .filter((l) => /"aborted":true|"level":(40|50)|error/i.test(l));
      console.log(
        `server log, failed or cut requests (${cut.length}):\n${cut.slice(0, 20).join('\n')}`,
      );
    }
    console.log(
      `server RSS over time: ${rss
        .filter((_, i) => i % 4 === 0 || i === rss.length - 1)
        .map((r) => `${r.s.toFixed(0)} s ${mb(r.rss)}`)
        .join(', ')}`,
    );
    const half = rss.filter((r) => r.s >= SECONDS / 2).map((r) => r.rss);
    console.log(
      `RSS second half: min ${mb(Math.min(...half))}, max ${mb(Math.max(...half))}; peak ${mb(Math.max(...rss.map((r) => r.rss)))}`,
    );
    console.log(`SIGTERM to exit: ${stopMs.toFixed(0)} ms, exit ${JSON.stringify(exit)}`);

    db = await target.open();
    try {
      const result = await checkLoadInvariants(db, {
        acks: rec.acks,
        orgAcks: rec.orgAcks,
        editOrgs: p0.editOrgs,
        initialVersions: p0.initialVersions,
        editGridIds: p0.editGrids.map((g) => g.id),
        importPrefix: '北京负载导入',
        inserted,
      });
      console.log(`\ninvariants: ${JSON.stringify(result, null, 1)}`);
      if (!result.holds || rec.unexpected() > 0) process.exitCode = 1;
    } finally {
      await target.release(db);
    }
  } finally {
    if (server.proc.exitCode === null && server.proc.signalCode === null)
      server.proc.kill('SIGKILL');
    await target.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
