/**
 * The map at scale (issue 6): generates the Shunyi demo district with many organizations, then
 * prints the median time of each viewport query the map sends (through GraphQL, as the client
 * asks) at district zoom (10, cells), subdistrict zoom (13) and street zoom (16, points), and
 * the sum per viewport: what one pan costs. Goal: a district of 1M organizations stays smooth
 * (every viewport answered in well under a second on the server).
 *
 *   pnpm --filter @atlas/bench exec tsx map-viewport.ts                # PGlite, 100k
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm ...        # + server, 1M
 *   MAP_BENCH_PGLITE=20000 MAP_BENCH_SERVER=1000000 to choose the sizes (0 skips).
 */
import { sql } from 'drizzle-orm';
import { createApollo } from '../server/src/app.ts';
import { SYSTEM_USER } from '../server/src/auth/guards.ts';
import type { Database } from '../server/src/db/client.ts';
import { generateDistrict } from '../server/src/demo/index.ts';
import { createContext } from '../server/src/graphql/context.ts';
import { ensureCoverageFresh, ensureSeedProfiles } from '../server/src/policy/index.ts';
import { withBenchDatabase } from './lib/bench-database.ts';
import { medianMs, report } from './lib/timing.ts';
import { rows } from '../server/src/db/rows.ts';

const QUERIES = {
  grids: `query($v: Viewport!) { mapGrids(viewport: $v) { id boundary organizations organizational rate } }`,
  blankSpots: `query($v: Viewport!) { mapOrganizations(viewport: $v, layer: BLANK_SPOTS) {
    aggregated total cells { lon lat count blankSpots gaps } points { id name lon lat status } } }`,
  outside5min: `query($v: Viewport!) { mapOrganizations(viewport: $v, layer: OUTSIDE_CENTERS,
    reach: { walkMinutes: 5 }) { aggregated total cells { lon lat count } points { id lon lat } } }`,
  joint: `query($v: Viewport!) { mapJointBranches(viewport: $v) { id seatLon seatLat unitCount
    overLimit hull members { id lon lat status } } }`,
  workstations: `query($v: Viewport!) { mapWorkstations(viewport: $v) { id lon lat organizations } }`,
  centers: `query($v: Viewport!) { mapServiceCenters(viewport: $v) { id level serviceRadiusM lon lat } }`,
};

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

async function measure(database: Database, count: number, label: string) {
  const t0 = performance.now();
  await generateDistrict(database, { orgs: count, seed: 1 });
  await ensureSeedProfiles(database);
  await ensureCoverageFresh(database);
  if (database.engine === 'postgres') await database.db.execute(sql`ANALYZE`);
  report(`load + evaluate ${count} organizations (${label})`, performance.now() - t0);
  const apollo = createApollo();
  await apollo.start();
  for (const { name, v } of await viewports(database)) {
    let total = 0;
    for (const [q, query] of Object.entries(QUERIES)) {
      const run = async () => {
        const res = await apollo.executeOperation(
          { query, variables: { v } },
          { contextValue: createContext(database, SYSTEM_USER) },
        );
        if (res.body.kind !== 'single' || res.body.singleResult.errors) {
          throw new Error(JSON.stringify(res.body));
        }
      };
      await run(); // warm up
      const ms = await medianMs(5, run);
      total += ms;
      report(`${q} ${name} ${label}`, ms, '(median of 5)');
    }
    report(`= one viewport, all layers, ${name} ${label}`, total);
  }
  await apollo.stop();
}

const pgliteSize = Number(process.env.MAP_BENCH_PGLITE ?? 100_000);
const serverSize = Number(process.env.MAP_BENCH_SERVER ?? 1_000_000);
if (pgliteSize > 0) {
  await withBenchDatabase(undefined, '', (db) =>
    measure(db, pgliteSize, `${pgliteSize / 1000}k pglite`),
  );
}
const url = process.env.DATABASE_URL;
if (url && serverSize > 0) {
  await withBenchDatabase(url, 'map_bench', (db) =>
    measure(db, serverSize, `${serverSize / 1000}k server`),
  );
}
