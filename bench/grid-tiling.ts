/**
 * Issue 13: the time of a save that moves a shared boundary between two grids holding 5,000
 * buildings (one organization each), through GraphQL as a district administrator: scope of both
 * grids, versions, validation, write, tiling check, ~500 buildings and organizations reassigned,
 * coverage refreshed, audit (one group). The shared edge x = 1 of two 1 x 1 cells (0.01°, about
 * 850 m x 1,110 m) moves to x = 1.1 and back, alternately: both grids sent (EXACT), then only
 * the west one with the east adjusted across the moved edge (ADJUST). With TILING_BENCH_DEMO=1 it also
 * generates the demo district and checks that its grids tile every subdistrict (the
 * `pnpm check:tiling` query), timing that.
 *
 *   pnpm --filter @atlas/bench exec tsx grid-tiling.ts              # PGlite in memory
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm ...      # a server (emptied first)
 */
import { sql } from 'drizzle-orm';
import { createApollo } from '../server/src/app.ts';
import { rows } from '../server/src/db/rows.ts';
import { seedDistrict } from '../server/src/demo/index.ts';
import { subdistrictViolations } from '../server/src/editing/tiling.sql.ts';
import { createContext } from '../server/src/graphql/context.ts';
import { benchAdmin } from './lib/bench-admin.ts';
import { withBenchDatabase } from './lib/bench-database.ts';
import { medianMs, report } from './lib/timing.ts';

const RUNS = Number(process.env.TILING_BENCH_RUNS ?? 7);
const BUILDINGS = Number(process.env.TILING_BENCH_BUILDINGS ?? 5000);

await withBenchDatabase(process.env.DATABASE_URL, 'tiling', async (database) => {
  if (process.env.TILING_BENCH_DEMO === '1') {
    const gen = await seedDistrict(database, { orgs: 30_000 });
    const subs = await rows<{ id: number }>(database.db, sql`SELECT id FROM subdistricts`);
    const t0 = performance.now();
    let n = 0;
    for (const s of subs) n += (await subdistrictViolations(database.db, Number(s.id))).length;
    report(
      `demo tiling check (${subs.length} subdistricts, ${gen.grids} grids)`,
      performance.now() - t0,
      `${n} violation(s)`,
    );
  }

  const X = 118.0;
  const Y = 40.5;
  const U = 0.01;
  const ring = (pts: number[][]) => [[...pts, pts[0]!].map(([x, y]) => [X + x! * U, Y + y! * U])];
  const geo = (coords: number[][][][]) =>
    sql`ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify({ type: 'MultiPolygon', coordinates: coords })}), 4326)`;
  const outline = geo([
    ring([
      [0, 0],
      [2, 0],
      [2, 1],
      [0, 1],
    ]),
  ]);
  const [d] = await rows<{ id: number }>(
    database.db,
    sql`INSERT INTO districts (code, name, boundary) VALUES ('990000', '基准区', ${outline}) RETURNING id`,
  );
  const [s] = await rows<{ id: number }>(
    database.db,
    sql`INSERT INTO subdistricts (district_id, code, name, kind, boundary)
      VALUES (${d!.id}, '990000001', '基准街道', 'street', ${outline}) RETURNING id`,
  );
  const cell = (x: number) => [
    ring([
      [0, 0],
      [x, 0],
      [x, 1],
      [0, 1],
    ]),
    ring([
      [x, 0],
      [2, 0],
      [2, 1],
      [x, 1],
    ]),
  ];
  const [west, east] = cell(1);
  const ids: number[] = [];
  for (const [name, poly] of [
    ['西网格', west!],
    ['东网格', east!],
  ] as const) {
    const [g] = await rows<{ id: number }>(
      database.db,
      sql`INSERT INTO grids (subdistrict_id, code, name, kind, boundary)
        VALUES (${s!.id}, ${`99000000100${ids.length + 1}`}, ${name}, 'basic', ${geo([poly])}) RETURNING id`,
    );
    ids.push(Number(g!.id));
  }
  // Buildings on a jittered lattice over both cells, one organization each.
  await rows(
    database.db,
    sql`INSERT INTO buildings (subdistrict_id, grid_id, name, location)
      SELECT ${s!.id}::int, CASE WHEN x < 1 THEN ${ids[0]!}::int ELSE ${ids[1]!}::int END, '楼' || i,
        ST_SetSRID(ST_MakePoint(${X}::float8 + x * ${U}::float8, ${Y}::float8 + y * ${U}::float8), 4326)
      FROM (SELECT i, 0.0003 + 1.9994 * ((i * 0.6180339887) - floor(i * 0.6180339887)) AS x,
                   0.0003 + 0.9994 * (i::float8 / ${BUILDINGS}::float8) AS y
            FROM generate_series(1, ${BUILDINGS}::int) i) p`,
  );
  await rows(
    database.db,
    sql`INSERT INTO organizations (name, category, sub_kind, district_id, subdistrict_id, building_id, grid_id, location)
      SELECT '单位' || b.id, 'new_economic', 'non_public_enterprise', ${d!.id}, b.subdistrict_id, b.id, b.grid_id, b.location
      FROM buildings b WHERE b.subdistrict_id = ${s!.id}`,
  );

  const apollo = createApollo();
  await apollo.start();
  const admin = benchAdmin('district', Number(d!.id), 1);
  const SAVE = `mutation($i: GridBoundariesInput!) { updateGridBoundaries(input: $i) {
  grids { id version } movedOrganizationIds } }`;
  const version = async (id: number) =>
    Number(
      (
        await rows<{ v: number }>(database.db, sql`SELECT version AS v FROM grids WHERE id = ${id}`)
      )[0]!.v,
    );
  let moved = 0;
  let x = 1;
  /**
   * `both`: both grids sent (what the editor saves after a shared-vertex drag), EXACT;
   * `west`: only the west grid sent, ADJUST (the east grid follows across the moved edge).
   */
  const save = async (how: 'both' | 'west') => {
    x = x === 1 ? 1.1 : 1;
    const [w, e] = cell(x);
    const west = {
      gridId: `Grid:${ids[0]}`,
      expectedVersion: await version(ids[0]!),
      boundary: { type: 'Polygon', coordinates: w },
    };
    const east = {
      gridId: `Grid:${ids[1]}`,
      expectedVersion: await version(ids[1]!),
      boundary: { type: 'Polygon', coordinates: e },
    };
    const res = await apollo.executeOperation(
      {
        query: SAVE,
        variables: {
          i:
            how === 'both'
              ? { neighbours: 'EXACT', changes: [west, east] }
              : { neighbours: 'ADJUST', changes: [west] },
        },
      },
      { contextValue: createContext(database, admin) },
    );
    if (res.body.kind !== 'single' || res.body.singleResult.errors) {
      throw new Error(
        JSON.stringify(res.body.kind === 'single' ? res.body.singleResult.errors : res.body),
      );
    }
    const data = res.body.singleResult.data as {
      updateGridBoundaries: { movedOrganizationIds: string[] };
    };
    moved = data.updateGridBoundaries.movedOrganizationIds.length;
  };
  for (const how of ['both', 'west'] as const) {
    await save(how); // warm-up
    if (x !== 1) await save(how); // every timed pair moves the edge out and back
    const ms = await medianMs(RUNS, () => save(how));
    report(
      `${database.engine}: shared boundary save (${how === 'both' ? 'both grids, EXACT' : 'one grid, neighbour ADJUSTed'}), ${BUILDINGS} buildings`,
      ms,
      `(median of ${RUNS}; ${moved} buildings and organizations change grid each time)`,
    );
  }
  await apollo.stop();
});
