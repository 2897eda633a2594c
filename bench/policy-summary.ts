/**
 * Coverage at scale (issue 4): loads 100k (PGlite and server) and 1M (server) generated
 * organizations with INSERT ... SELECT generate_series, then prints the median time of a whole-
 * district `coverageSummary` through GraphQL (goal: < 100 ms at 1M on the server) and of
 * `refreshCoverage({ all: true })` for the three seed profiles.
 *
 *   pnpm --filter @atlas/bench exec tsx policy-summary.ts            # PGlite 100k
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm ...      # + server 100k and 1M
 *   POLICY_BENCH_SIZES=100000 to choose the sizes on the server.
 */
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { createApollo } from '../server/src/app.ts';
import { SYSTEM_USER } from '../server/src/auth/guards.ts';
import { migrateDatabase, openDatabase, type Database } from '../server/src/db/client.ts';
import { withDatabase } from '../tests/helpers/test-database.ts';
import { createContext } from '../server/src/graphql/context.ts';
import { ensureSeedProfiles, refreshCoverage } from '../server/src/policy/index.ts';
import { insertSyntheticOrgs } from '../tests/helpers/synthetic-orgs.sql.ts';
import { medianMs, report } from './lib/timing.ts';
import { rows } from '../server/src/db/rows.ts';

const SUBDISTRICTS = 25;
const GRIDS_PER_SUBDISTRICT = 24; // ~600 grids, like Shunyi's communities and villages

async function setUp(database: Database, count: number) {
  const t0 = performance.now();
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`INSERT INTO districts (code, name) VALUES ('110113', '顺义区')`);
    await tx.execute(sql`
      INSERT INTO subdistricts (district_id, code, name, kind)
      SELECT (SELECT id FROM districts), '110113' || lpad(s::text, 3, '0'), '街道' || s, 'street'
      FROM generate_series(1, ${SUBDISTRICTS}::int) s`);
    await tx.execute(sql`
      INSERT INTO grids (subdistrict_id, code, name)
      SELECT sd.id, sd.code || lpad(g::text, 3, '0'), sd.name || '网格' || g
      FROM subdistricts sd, generate_series(1, ${GRIDS_PER_SUBDISTRICT}::int) g`);
    const grids = await rows<{ id: number }>(tx, sql`SELECT id FROM grids ORDER BY id`);
    const [d] = await rows<{ id: number }>(tx, sql`SELECT id FROM districts`);
    await insertSyntheticOrgs(tx, {
      count,
      districtId: Number(d!.id),
      gridIds: grids.map((g) => Number(g.id)),
    });
  });
  await ensureSeedProfiles(database);
  if (database.engine === 'postgres') await database.db.execute(sql`ANALYZE`);
  report(`load ${count} organizations (${database.engine})`, performance.now() - t0);
}

const SUMMARY = `query($p: String) { district(code: "110113") { coverageSummary(profile: $p) {
  total organizational work blankSpots gaps required members excluded organizationalRate workRate
  byCategory { category total organizational organizationalRate }
  bySubKind { subKind total organizational }
  sizeClasses { key total } instructorsNeeded
  targets { id met value needed message { zh en } } } } }`;

async function measure(database: Database, count: number, label: string) {
  await setUp(database, count);
  const runs = count >= 1_000_000 ? 2 : 3;
  const refresh = await medianMs(runs, () =>
    database.db.transaction((tx) => refreshCoverage(tx, { all: true })),
  );
  report(`refreshCoverage(all, 3 profiles) ${label}`, refresh, `(median of ${runs})`);
  const ids = await rows<{ id: number }>(
    database.db,
    sql`SELECT id FROM organizations ORDER BY id DESC LIMIT 1000`,
  );
  const partial = await medianMs(5, () =>
    database.db.transaction((tx) =>
      refreshCoverage(tx, { organizationIds: ids.map((r) => Number(r.id)) }),
    ),
  );
  report(`refreshCoverage(1000 organizations) ${label}`, partial, '(median of 5)');

  const apollo = createApollo();
  await apollo.start();
  for (const profile of ['shunyi-2017', 'changle-2011', 'county-plan']) {
    const run = async () => {
      const res = await apollo.executeOperation(
        { query: SUMMARY, variables: { p: profile } },
        { contextValue: createContext(database, SYSTEM_USER) },
      );
      if (res.body.kind !== 'single' || res.body.singleResult.errors) {
        throw new Error(JSON.stringify(res.body));
      }
    };
    await run(); // warm up
    report(
      `district coverageSummary ${profile} ${label}`,
      await medianMs(21, run),
      '(median of 21)',
    );
  }
  await apollo.stop();
}

async function onPglite(count: number) {
  const database = await openDatabase();
  await migrateDatabase(database);
  await measure(database, count, `${count / 1000}k pglite`);
  await database.close();
}

async function onServer(url: string, count: number) {
  const name = `${new URL(url).pathname.slice(1) || 'postgres'}_policy_bench`.replace(/\W/g, '_');
  const admin = postgres(url, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const database = await openDatabase({ databaseUrl: withDatabase(url, name) });
  try {
    await migrateDatabase(database);
    await measure(database, count, `${count / 1000}k server`);
  } finally {
    await database.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

const url = process.env.DATABASE_URL;
const sizes = (process.env.POLICY_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
if (!process.env.POLICY_BENCH_SKIP_PGLITE) await onPglite(100_000);
if (url) for (const n of sizes) await onServer(url, n);
