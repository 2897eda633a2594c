/**
 * The map at scale (issues 6 and 14): generates the Shunyi demo district with many
 * organizations, then times each viewport query the map sends (through GraphQL, as the client
 * asks) at district zoom (10, cells), subdistrict zoom (13) and street zoom (16, points), and
 * the district coverageSummary with every field: median and p95 of 30 calls each, with the
 * payload size. Goal (issue 14): every p95 under 50 ms at 1M organizations on the server, under
 * 100 ms on PGlite at 100k. Writes the table to bench/RESULTS.md with the machine and the date.
 *
 *   pnpm --filter @atlas/bench exec tsx map-viewport.ts                  # PGlite, 100k
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x ATLAS_BENCH_1M=1 ... # + server, 1M (~10 min to load)
 *   MAP_BENCH_PGLITE=20000 MAP_BENCH_SERVER=100000 to choose the sizes (0 skips);
 *   MAP_BENCH_DATABASE_URL=<url> times an already loaded database instead of generating one
 *   (an empty one is loaded with MAP_BENCH_SERVER organizations, default 1M, and kept).
 */
import { sql } from 'drizzle-orm';
import { createApollo } from '../server/src/app.ts';
import { SYSTEM_USER } from '../server/src/auth/guards.ts';
import { migrateDatabase, openDatabase, type Database } from '../server/src/db/client.ts';
import { rows } from '../server/src/db/rows.ts';
import { generateDistrict } from '../server/src/demo/index.ts';
import { createContext } from '../server/src/graphql/context.ts';
import { ensureCoverageFresh, ensureSeedProfiles } from '../server/src/policy/index.ts';
import { withBenchDatabase } from './lib/bench-database.ts';
import { machine } from './lib/machine.ts';
import { writeResultsSection } from './lib/results-section.ts';
import { percentilesMs, report } from './lib/timing.ts';

const QUERIES = {
  mapGrids: `query($v: Viewport!) { mapGrids(viewport: $v) { id boundary organizations organizational rate } }`,
  'mapOrganizations BLANK_SPOTS': `query($v: Viewport!) { mapOrganizations(viewport: $v, layer: BLANK_SPOTS) {
    aggregated total cells { lon lat count blankSpots gaps } points { id name lon lat status } } }`,
  'mapOrganizations OUTSIDE_CENTERS (5 min)': `query($v: Viewport!) { mapOrganizations(viewport: $v,
    layer: OUTSIDE_CENTERS, reach: { walkMinutes: 5 }) { aggregated total cells { lon lat count } points { id lon lat } } }`,
  'mapOrganizations OUTSIDE_CENTERS (own radius)': `query($v: Viewport!) { mapOrganizations(viewport: $v,
    layer: OUTSIDE_CENTERS) { aggregated total cells { lon lat count } points { id lon lat } } }`,
  mapJointBranches: `query($v: Viewport!) { mapJointBranches(viewport: $v) { aggregated total
    cells { lon lat branches units overLimit }
    branches { id seatLon seatLat unitCount overLimit hull members { id lon lat status } } } }`,
  mapWorkstations: `query($v: Viewport!) { mapWorkstations(viewport: $v) { id lon lat organizations } }`,
  mapServiceCenters: `query($v: Viewport!) { mapServiceCenters(viewport: $v) { id level serviceRadiusM lon lat } }`,
};

/** The district summary with every field of CoverageSummary (the panel's and the cards'). */
const SUMMARY = `query { district(code: "110113") { coverageSummary {
  profile total organizational standalone work blankSpots gaps required withInstructor members excluded
  organizationalRate workRate blankArea
  byCategory { category total organizational organizationalRate }
  bySubKind { subKind total organizational }
  sizeClasses { key label { zh en } total organizational }
  targets { id article label { zh en } min value met needed message { zh en } }
  jointOverLimit { partyOrganization { id name } units limit }
  instructorsNeeded instructorsAssigned } } }`;

const RUNS = 30;

interface Box {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

async function viewports(database: Database) {
  const box = async (q: ReturnType<typeof sql>) => {
    const [r] = await rows<Record<string, unknown>>(database.db, q);
    return {
      minLon: Number(r!.x0),
      minLat: Number(r!.y0),
      maxLon: Number(r!.x1),
      maxLat: Number(r!.y1),
    } satisfies Box;
  };
  const district = await box(
    sql`SELECT ST_XMin(e) x0, ST_YMin(e) y0, ST_XMax(e) x1, ST_YMax(e) y1
        FROM (SELECT ST_Extent(boundary) e FROM districts) t`,
  );
  // The subdistrict with most organizations, and a 1.5 km square around its densest building.
  const sub = await box(
    sql`SELECT ST_XMin(e) x0, ST_YMin(e) y0, ST_XMax(e) x1, ST_YMax(e) y1 FROM (
          SELECT ST_Extent(boundary) e FROM subdistricts WHERE id = (
            SELECT subdistrict_id FROM organizations GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)) t`,
  );
  const [c] = await rows<{ x: number; y: number }>(
    database.db,
    sql`SELECT ST_X(b.location) x, ST_Y(b.location) y FROM buildings b
        WHERE b.id = (SELECT building_id FROM organizations WHERE building_id IS NOT NULL
                      GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)`,
  );
  const street = {
    minLon: Number(c!.x) - 0.009,
    minLat: Number(c!.y) - 0.007,
    maxLon: Number(c!.x) + 0.009,
    maxLat: Number(c!.y) + 0.007,
  };
  return [
    { name: 'district z10', v: { bbox: district, zoom: 10 } },
    { name: 'subdistrict z13', v: { bbox: sub, zoom: 13 } },
    { name: 'street z16', v: { bbox: street, zoom: 16 } },
  ];
}

type Figure = { p50: number; p95: number; kB: number };
/** label -> query -> view -> figure */
const results = new Map<string, Map<string, Map<string, Figure>>>();
/** label -> ms of a fixed reference statement after the run */
const calibration = new Map<string, number>();

async function timeQueries(database: Database, label: string) {
  const apollo = createApollo();
  await apollo.start();
  const table = new Map<string, Map<string, Figure>>();
  results.set(label, table);
  const time = async (name: string, view: string, query: string, variables?: object) => {
    let kB = 0;
    const run = async () => {
      const res = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(database, SYSTEM_USER) },
      );
      if (res.body.kind !== 'single' || res.body.singleResult.errors) {
        throw new Error(JSON.stringify(res.body));
      }
      kB = JSON.stringify(res.body.singleResult.data).length / 1000;
    };
    await run(); // warm up
    const { p50, p95 } = await percentilesMs(RUNS, run);
    if (!table.has(name)) table.set(name, new Map());
    table.get(name)!.set(view, { p50, p95, kB });
    report(
      `${name} ${view} ${label}`,
      p95,
      `p95 (median ${p50.toFixed(1)} ms, ${kB.toFixed(0)} kB)`,
    );
  };
  for (const { name, v } of await viewports(database)) {
    for (const [q, query] of Object.entries(QUERIES)) await time(q, name, query, { v });
  }
  await time('district coverageSummary, every field', 'district z10', SUMMARY);
  await apollo.stop();
  // How busy the machine was: the same statement in every run, to compare runs by.
  const t0 = performance.now();
  await database.db.execute(sql`SELECT count(*) FROM generate_series(1, 1000000)`);
  calibration.set(label, performance.now() - t0);
}

async function measure(database: Database, count: number, label: string) {
  const t0 = performance.now();
  await generateDistrict(database, { orgs: count, seed: 1 });
  await ensureSeedProfiles(database);
  await ensureCoverageFresh(database);
  // Statistics and the visibility map index-only scans rely on: autovacuum would soon on the
  // server; PGlite has none, and the app's seeding (demo/index.ts seedDistrict) and demo snapshot
  // analyze after loading, so an unanalyzed PGlite database is not what the app runs on (without
  // statistics the district summary took 0.8 s instead of 20 ms here, a street view of joint
  // branches 1.2 s instead of 0.1 s).
  // Without the statement timeout: at 1M it outlasts the app's (the first 1M load failed here).
  await database.unbounded((db) => db.execute(sql`VACUUM ANALYZE`));
  report(`load + evaluate ${count} organizations (${label})`, performance.now() - t0);
  await timeQueries(database, label);
}

function markdown(): string {
  const views = ['district z10', 'subdistrict z13', 'street z16'];
  const out = [
    '## Map viewport queries and the district summary (bench/map-viewport.ts)',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}.`,
    `Each cell: median / p95 of ${RUNS} sequential calls through GraphQL (after one warm-up), and the`,
    'response size. Goal (issue 14): p95 <= 50 ms at 1M organizations on the server, <= 100 ms on',
    'PGlite at 100k. The machine is shared: the load average says how busy it was.',
  ];
  for (const [label, table] of results) {
    const ref = calibration.get(label);
    out.push(
      '',
      `### ${label}`,
      '',
      `Reference statement (count of generate_series(1, 1000000)) after the run: ${ref?.toFixed(0)} ms.`,
      '',
      `| query | ${views.join(' | ')} |`,
      `|---|${views.map(() => '---|').join('')}`,
    );
    for (const [q, byView] of table) {
      const cells = views.map((v) => {
        const f = byView.get(v);
        return f ? `${f.p50.toFixed(1)} / ${f.p95.toFixed(1)} ms (${f.kB.toFixed(0)} kB)` : '';
      });
      out.push(`| ${q} | ${cells.join(' | ')} |`);
    }
  }
  return out.join('\n') + '\n';
}

const pgliteSize = Number(process.env.MAP_BENCH_PGLITE ?? 100_000);
const url = process.env.DATABASE_URL;
const serverSize = Number(
  process.env.MAP_BENCH_SERVER ?? (process.env.ATLAS_BENCH_1M ? 1_000_000 : 0),
);
const existing = process.env.MAP_BENCH_DATABASE_URL;
if (pgliteSize > 0) {
  await withBenchDatabase(undefined, '', (db) =>
    measure(db, pgliteSize, `${pgliteSize / 1000}k pglite`),
  );
}
if (existing) {
  const database = await openDatabase({ databaseUrl: existing });
  try {
    await migrateDatabase(database);
    const [n] = await rows<{ n: unknown }>(
      database.db,
      sql`SELECT count(*) AS n FROM organizations`,
    );
    if (Number(n?.n) === 0) {
      // An empty database is loaded once and kept, so later runs time it without reloading.
      const size = serverSize || 1_000_000;
      await measure(database, size, `${size / 1000}k server (loaded database)`);
    } else {
      await timeQueries(database, `${Number(n?.n) / 1000}k server (loaded database)`);
    }
  } finally {
    await database.close();
  }
} else if (url && serverSize > 0) {
  await withBenchDatabase(url, 'map_bench', (db) =>
    measure(db, serverSize, `${serverSize / 1000}k server`),
  );
}
await writeResultsSection('map-viewport', markdown());
console.log('written bench/RESULTS.md');
