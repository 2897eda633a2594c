/**
 * One organization corrected from the map (issue 16) at scale: the time of `updateOrganization`
 * through GraphQL, with its coverage refresh (the organization under every profile and its grid's
 * roll-ups) in the same transaction, on a district of N generated organizations over ~600 grids.
 * Each run flips a trade union on a different organization, so its coverage and roll-up change.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm --filter @atlas/bench exec tsx ledger-edit.ts
 *   LEDGER_BENCH_SIZES=100000,1000000 (default) chooses the sizes; without DATABASE_URL: PGlite.
 */
import { sql } from 'drizzle-orm';
import { createApollo } from '../server/src/app.ts';
import { SYSTEM_USER } from '../server/src/auth/guards.ts';
import { liftStatementTimeout, type Database } from '../server/src/db/client.ts';
import { rows } from '../server/src/db/rows.ts';
import { createContext } from '../server/src/graphql/context.ts';
import { ensureSeedProfiles, refreshCoverage } from '../server/src/policy/index.ts';
import { insertSyntheticOrgs } from '../tests/helpers/synthetic-orgs.sql.ts';
import { withBenchDatabase } from './lib/bench-database.ts';
import { percentilesMs, report } from './lib/timing.ts';

/** 25 subdistricts x 24 grids: ~600 grids, like Shunyi's communities and villages. */
const AREAS = { subdistricts: 25, gridsEach: 24 };
const RUNS = 31;

async function build(database: Database, count: number) {
  const t0 = performance.now();
  const gridIds = await database.db.transaction(async (tx) => {
    await liftStatementTimeout(tx); // bulk set-up, not a request
    await tx.execute(sql`
      WITH d AS (INSERT INTO districts (code, name) VALUES ('110113', '顺义区') RETURNING id),
      s AS (
        INSERT INTO subdistricts (district_id, code, name, kind)
        SELECT d.id, '110113' || lpad(n::text, 3, '0'), '街道' || n, 'street'
        FROM d, generate_series(1, ${AREAS.subdistricts}::int) n RETURNING id, code, name)
      INSERT INTO grids (subdistrict_id, code, name)
      SELECT s.id, s.code || lpad(n::text, 3, '0'), s.name || '网格' || n
      FROM s, generate_series(1, ${AREAS.gridsEach}::int) n`);
    const grids = await rows<{ id: number }>(tx, sql`SELECT id FROM grids ORDER BY id`);
    const [d] = await rows<{ id: number }>(tx, sql`SELECT id FROM districts`);
    const ids = grids.map((g) => Number(g.id));
    await insertSyntheticOrgs(tx, { count, districtId: Number(d!.id), gridIds: ids });
    return ids;
  });
  await ensureSeedProfiles(database);
  await database.db.transaction((tx) => refreshCoverage(tx, { all: true }));
  if (database.engine === 'postgres') await database.db.execute(sql`ANALYZE`);
  report(`build ${count} organizations, ${gridIds.length} grids`, performance.now() - t0);
}

const UPDATE = `mutation($id: ID!, $v: Int!, $u: Boolean!) {
  updateOrganization(id: $id, expectedVersion: $v, facts: { hasTradeUnion: $u }) {
    version coverageAfter { coverage blankSpot } } }`;

async function measure(database: Database, count: number) {
  await build(database, count);
  const picked = await rows<{ id: number }>(
    database.db,
    sql`SELECT id FROM organizations WHERE status = 'operating' ORDER BY random() LIMIT ${RUNS + 1}`,
  );
  const apollo = createApollo();
  await apollo.start();
  let i = 0;
  const edit = async () => {
    const id = Number(picked[i++ % picked.length]!.id);
    const [o] = await rows<{ version: number; u: boolean }>(
      database.db,
      sql`SELECT version, has_trade_union AS u FROM organizations WHERE id = ${id}`,
    );
    const res = await apollo.executeOperation(
      { query: UPDATE, variables: { id: `Organization:${id}`, v: Number(o!.version), u: !o!.u } },
      { contextValue: createContext(database, SYSTEM_USER) },
    );
    if (res.body.kind !== 'single' || res.body.singleResult.errors) {
      throw new Error(JSON.stringify(res.body));
    }
  };
  await edit(); // warm up
  const { p50, p95 } = await percentilesMs(RUNS, edit);
  const label = `updateOrganization + refresh, ${count / 1000}k ${database.engine}`;
  report(label, p50, `(median of ${RUNS}; p95 ${p95.toFixed(1)} ms)`);
  // the share of the coverage refresh alone (the organization and its grid's roll-ups)
  let j = 0;
  const refresh = async () => {
    const id = Number(picked[j++ % picked.length]!.id);
    const [o] = await rows<{ g: number }>(
      database.db,
      sql`SELECT grid_id AS g FROM organizations WHERE id = ${id}`,
    );
    await database.db.transaction((tx) =>
      refreshCoverage(tx, { organizationIds: [id], gridIds: [Number(o!.g)] }),
    );
  };
  const r = await percentilesMs(RUNS, refresh);
  report(
    `  of which refreshCoverage, ${count / 1000}k`,
    r.p50,
    `(median; p95 ${r.p95.toFixed(1)} ms)`,
  );
  await apollo.stop();
}

const sizes = (process.env.LEDGER_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
for (const n of sizes) {
  await withBenchDatabase(process.env.DATABASE_URL, 'ledger_bench', (db) => measure(db, n));
}
