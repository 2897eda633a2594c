import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase } from '../db/client.ts';
import { loadDemo } from './index.ts';
import { rows } from '../db/rows.ts';
import { filesHash } from '../files-hash.ts';

/**
 * The demo district as a ready-made embedded database: a compressed PGlite data-dir dump that
 * the first `pnpm start` restores in a few seconds instead of creating a cluster, installing
 * PostGIS, generating 30,000 organizations and evaluating three profiles (~30 s; issue 10).
 * Migrations newer than the dump are applied on top, as on any existing database. The dump is
 * only used while it matches the code that would generate it (`demoInputsHash`) and the PGlite
 * version; otherwise start generates the demo as before and says why.
 * Regenerate with `pnpm demo:snapshot` after changing the generator or policy evaluation.
 */

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url));
export const DEMO_SNAPSHOT_FILE = join(SERVER_DIR, 'data', 'demo-snapshot.tar.gz');
export const DEMO_SNAPSHOT_META = join(SERVER_DIR, 'data', 'demo-snapshot.json');

/**
 * The code whose output the dump holds: the generator, the seed profiles, and policy's SQL
 * evaluation (`*.sql.ts`) that materializes coverage. Resolvers and the like do not count.
 */
const INPUT_DIRS = ['src/demo', 'src/policy'];
const isInput = (path: string) =>
  path.includes('/src/demo/') || path.includes('/profiles/') || path.endsWith('.sql.ts');
/** This file builds the dump but does not shape its content. */
const SELF = fileURLToPath(import.meta.url);

export interface SnapshotMeta {
  inputsHash: string;
  pglite: string;
  organizations: number;
  createdAt: string;
}

export function demoInputsHash(): string {
  return filesHash(SERVER_DIR, INPUT_DIRS.flatMap((d) => listTs(join(SERVER_DIR, d))).sort());
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return listTs(p);
    const input =
      e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && p !== SELF && isInput(p);
    return input ? [p] : [];
  });
}

/** The installed PGlite (its package.json is not exported, so found from its entry point). */
export function pgliteVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  const pkg: unknown = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return pkg && typeof pkg === 'object' && 'version' in pkg ? String(pkg.version) : '?';
}

/** The dump when it can be used as it is, else why not (printed by start). */
export function usableDemoSnapshot(): { file: File; meta: SnapshotMeta } | { why: string } {
  if (!existsSync(DEMO_SNAPSHOT_FILE) || !existsSync(DEMO_SNAPSHOT_META)) {
    return { why: 'no demo snapshot in server/data' };
  }
  const meta = JSON.parse(readFileSync(DEMO_SNAPSHOT_META, 'utf8')) as SnapshotMeta;
  if (meta.pglite !== pgliteVersion()) {
    return { why: `the demo snapshot was made with PGlite ${meta.pglite}` };
  }
  if (meta.inputsHash !== demoInputsHash()) {
    return { why: 'the demo generator or policy evaluation changed since the snapshot' };
  }
  const file = new File([readFileSync(DEMO_SNAPSHOT_FILE)], 'demo-snapshot.tar.gz', {
    type: 'application/x-gzip',
  });
  return { file, meta };
}

/**
 * Builds the dump in memory: migrate, generate, ANALYZE (PGlite has no autovacuum, and the
 * planner needs statistics from the first query), then a checkpoint with WAL recycling off so
 * the dump carries one WAL segment instead of six (11 MB instead of 24 MB compressed).
 */
export async function writeDemoSnapshot(log: (line: string) => void = console.log) {
  const t0 = performance.now();
  const database = await openDatabase({
    pgliteSettings: { wal_recycle: 'off', min_wal_size: '32MB', max_wal_size: '64MB' },
  });
  try {
    await migrateDatabase(database);
    log(`migrated in ${secs(t0)}`);
    await loadDemo(database);
    log(`demo generated in ${secs(t0)}`);
    await rows(database.db, sql`VACUUM ANALYZE`);
    await rows(database.db, sql`CHECKPOINT`);
    const [{ n } = { n: 0 }] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM organizations`,
    );
    const dump = Buffer.from(await (await database.pglite!.dumpDataDir('gzip')).arrayBuffer());
    writeFileSync(DEMO_SNAPSHOT_FILE, dump);
    const meta: SnapshotMeta = {
      inputsHash: demoInputsHash(),
      pglite: pgliteVersion(),
      organizations: Number(n),
      createdAt: new Date().toISOString(),
    };
    writeFileSync(DEMO_SNAPSHOT_META, JSON.stringify(meta, null, 2) + '\n');
    log(`wrote ${DEMO_SNAPSHOT_FILE} (${(dump.length / 1e6).toFixed(1)} MB) in ${secs(t0)}`);
  } finally {
    await database.close();
  }
}

const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
