/**
 * Generation throughput of the demo district (issue 5): `generateDistrict` (COPY bulk load) and
 * the coverage refresh after it, at 100k organizations on PGlite and, with DATABASE_URL, at 100k
 * and 1M on the PostgreSQL server (a fresh database per size). Also the default `pnpm start`
 * demo (30k) on PGlite, which must load well under a minute.
 *
 *   pnpm --filter @atlas/bench exec tsx seed-generate.ts
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/x pnpm --filter @atlas/bench exec tsx seed-generate.ts
 *   SEED_BENCH_SIZES=100000,1000000 to choose the sizes.
 */
import postgres from 'postgres';
import { migrateDatabase, openDatabase, type Database } from '../server/src/db/client.ts';
import { withDatabase } from '../tests/helpers/test-database.ts';
import { DEFAULT_DEMO_ORGS, generateDistrict } from '../server/src/demo/index.ts';
import { ensureSeedProfiles, refreshCoverage } from '../server/src/policy/index.ts';
import { report } from './lib/timing.ts';

async function run(label: string, database: Database, orgs: number) {
  await migrateDatabase(database);
  const t0 = performance.now();
  await generateDistrict(database, { orgs, seed: 1 });
  const gen = performance.now() - t0;
  await ensureSeedProfiles(database);
  const t1 = performance.now();
  await database.db.transaction((tx) => refreshCoverage(tx, { all: true }));
  const cov = performance.now() - t1;
  const rate = Math.round(orgs / (gen / 1000)).toLocaleString('en');
  report(`seed ${label} ${orgs.toLocaleString('en')} orgs: generate`, gen, `(${rate} orgs/s)`);
  report(`seed ${label} ${orgs.toLocaleString('en')} orgs: + coverage, 3 profiles`, cov);
}

async function main() {
  const url = process.env.DATABASE_URL;
  const sizes = (process.env.SEED_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
  for (const orgs of [DEFAULT_DEMO_ORGS, 100_000]) {
    const db = await openDatabase();
    try {
      await run('pglite', db, orgs);
    } finally {
      await db.close();
    }
  }
  if (!url) return;
  for (const orgs of sizes) {
    const name = `atlas_bench_seed_${orgs}`;
    const admin = postgres(url, { onnotice: () => {}, max: 1 });
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    const db = await openDatabase({ databaseUrl: withDatabase(url, name) });
    try {
      await run('server', db, orgs);
    } finally {
      await db.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
