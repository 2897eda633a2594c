import { migrateDatabase } from '../db/client.ts';
import { DEFAULT_DEMO_ORGS, seedDistrict } from '../demo/index.ts';
import { cliOptions, intOption, openConfiguredDatabase } from './args.ts';
import { progressBar } from './progress.ts';

/**
 * `pnpm seed [--orgs N] [--seed S]`: generates the Shunyi demo district into the configured
 * database (DATABASE_URL or the PGlite data directory), which must not hold it yet.
 */
async function main() {
  const values = cliOptions({
    orgs: { type: 'string' },
    seed: { type: 'string' },
  });
  if (values.help) {
    console.log('usage: pnpm seed [--orgs N (default 30000)] [--seed S (default 1)]');
    return;
  }
  const orgs = intOption(values.orgs, 'orgs', DEFAULT_DEMO_ORGS);
  const seed = intOption(values.seed, 'seed', 1);
  const database = await openConfiguredDatabase();
  try {
    await migrateDatabase(database);
    const bar = progressBar('organizations');
    const t0 = performance.now();
    const r = await seedDistrict(database, { orgs, seed, onProgress: bar.update });
    bar.done();
    const secs = (performance.now() - t0) / 1000;
    console.log(
      `seeded ${database.engine}: ${r.subdistricts} subdistricts, ${r.grids} grids, ` +
        `${r.buildings} buildings, ${r.organizations} organizations, ` +
        `${r.partyOrganizations} party organizations, ${r.instructors} instructors ` +
        `in ${secs.toFixed(1)} s (${Math.round(r.organizations / secs)} organizations/s)`,
    );
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  console.error('seed failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
