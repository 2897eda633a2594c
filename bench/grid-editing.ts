/**
 * Grid boundary edits (issue 7) on the generated Shunyi demo district: the median time of
 *  - refusing a 100,000-vertex polygon (must be refused fast, before any SQL),
 *  - refusing an overlap with a sibling (validation in PostGIS, nothing written),
 *  - a valid save (validation, version check, write, building/organization reassignment,
 *    coverage refresh, audit: one transaction), through GraphQL as a subdistrict administrator.
 *
 *   pnpm --filter @atlas/bench exec tsx grid-editing.ts              # PGlite in memory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm ...      # a server (emptied first)
 */
import { sql } from 'drizzle-orm';
import { createApollo } from '../server/src/app.ts';
import { migrateDatabase, openDatabase } from '../server/src/db/client.ts';
import { seedDistrict } from '../server/src/demo/index.ts';
import { createContext } from '../server/src/graphql/context.ts';
import { benchAdmin } from './lib/bench-admin.ts';
import { medianMs, report } from './lib/timing.ts';
import { rows } from '../server/src/db/rows.ts';

const RUNS = Number(process.env.EDIT_BENCH_RUNS ?? 11);
const url = process.env.DATABASE_URL;
const database = await openDatabase(url ? { databaseUrl: url } : {});
if (url) await rows(database.db, sql`DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public`);
if (url) await rows(database.db, sql`DROP SCHEMA IF EXISTS drizzle CASCADE`);
await migrateDatabase(database);
const t0 = performance.now();
const gen = await seedDistrict(database, { orgs: Number(process.env.EDIT_BENCH_ORGS ?? 30_000) });
console.log(
  `[bench] ${database.engine}: ${gen.grids} grids, ${gen.buildings} buildings, ${gen.organizations} organizations in ${Math.round(performance.now() - t0)} ms`,
);

// The grid with most buildings, its subdistrict, and a neighbour.
const [g] = await rows<{ id: number; s: number; nb: number }>(
  database.db,
  sql`SELECT g.id, g.subdistrict_id AS s,
        (SELECT n.id FROM grids n WHERE n.subdistrict_id = g.subdistrict_id AND n.id <> g.id
           AND n.parent_grid_id IS NOT DISTINCT FROM g.parent_grid_id AND ST_Touches(n.boundary, g.boundary) LIMIT 1) AS nb
      FROM grids g JOIN buildings b ON b.grid_id = g.id
      GROUP BY g.id ORDER BY count(*) DESC LIMIT 1`,
);
const shapes = await rows<{ shrunk: string; original: string; overlap: string }>(
  database.db,
  sql`SELECT ST_AsGeoJSON(ST_Buffer(boundary::geography, -30)::geometry) AS shrunk,
        ST_AsGeoJSON(boundary) AS original,
        ST_AsGeoJSON(ST_Union(boundary, (SELECT ST_Buffer(n.boundary::geography, -30)::geometry FROM grids n WHERE n.id = ${g!.nb}))) AS overlap
      FROM grids WHERE id = ${g!.id}`,
);
const { shrunk, original, overlap } = shapes[0]!;
const admin = benchAdmin('subdistrict', Number(g!.s));
const apollo = createApollo();
await apollo.start();
const UPDATE = `mutation($id: ID!, $b: GeoJSON!, $v: Int!) { updateGridBoundary(gridId: $id, boundary: $b, expectedVersion: $v) {
  grids { version } moves { fromGridId } movedOrganizationIds } }`;
async function exec(variables: Record<string, unknown>) {
  const r = await apollo.executeOperation(
    { query: UPDATE, variables },
    { contextValue: createContext(database, admin) },
  );
  if (r.body.kind !== 'single') throw new Error('incremental');
  return r.body.singleResult;
}
const id = `Grid:${g!.id}`;

const n = 100_000;
const ring: number[][] = [];
for (let i = 0; i < n; i++) {
  const a = (2 * Math.PI * i) / n;
  ring.push([116.6 + 0.01 * Math.cos(a), 40.1 + 0.01 * Math.sin(a)]);
}
ring.push(ring[0]!);
const huge = { type: 'Polygon', coordinates: [ring] };
report(
  'refuse a 100,000-vertex polygon',
  await medianMs(RUNS, async () => {
    const r = await exec({ id, b: huge, v: 1 });
    if (r.errors?.[0]?.extensions?.reason !== 'TOO_MANY_VERTICES') throw new Error('not refused');
  }),
);
report(
  'refuse an overlap with a sibling',
  await medianMs(RUNS, async () => {
    const r = await exec({ id, b: JSON.parse(overlap), v: 1 });
    if (r.errors?.[0]?.extensions?.reason !== 'OVERLAPS_SIBLING') throw new Error('not refused');
  }),
);
let version = 1;
let moved = 0;
report(
  'save a boundary (validate, write, reassign, refresh)',
  await medianMs(RUNS, async () => {
    const b = JSON.parse(version % 2 ? shrunk : original);
    const r = await exec({ id, b, v: version });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const res = (
      r.data as {
        updateGridBoundary: { grids: { version: number }[]; movedOrganizationIds: string[] };
      }
    ).updateGridBoundary;
    version = res.grids[0]!.version;
    moved = Math.max(moved, res.movedOrganizationIds.length);
  }),
  `(${RUNS} saves alternating a 30 m inward edit and back; up to ${moved} organizations moved)`,
);
await apollo.stop();
await database.close();
