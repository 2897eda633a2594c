import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { openDatabase } from './client.ts';
import { DataDirError, isEmptyDataDir } from './data-dir.ts';

/**
 * `pnpm backup` / `pnpm restore` (issue 17), for both engines:
 * - server: `pg_dump --format=custom` of the database in DATABASE_URL (consistent while the
 *   server runs: one snapshot), restored with `pg_restore` into an empty database;
 * - embedded: PGlite's own data-directory dump (gzip tar) of ATLAS_DATA_DIR, taken while no
 *   server holds the directory (one process at a time, db/data-dir.ts), restored into an empty
 *   directory.
 * A backup is written to `<file>.partial` and renamed when complete, so a file under the final
 * name is always whole. Restores refuse a target that holds data: nothing is overwritten.
 */
const run = promisify(execFile);

export type BackupTarget = { databaseUrl: string } | { dataDir: string };

export interface BackupResult {
  engine: 'postgres' | 'pglite';
  file: string;
  bytes: number;
}

/** A default file name: backups/atlas-<engine>-<UTC time>.<ext> under `dir`. */
export function defaultBackupFile(target: BackupTarget, dir: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  return 'databaseUrl' in target
    ? `${dir}/atlas-postgres-${stamp}.dump`
    : `${dir}/atlas-pglite-${stamp}.tar.gz`;
}

export async function backupDatabase(target: BackupTarget, file: string): Promise<BackupResult> {
  if (existsSync(file)) throw new DataDirError(`${file} exists already: choose another file name`);
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    if ('databaseUrl' in target) {
      await pgTool('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${partial}`,
        `--dbname=${target.databaseUrl}`,
      ]);
    } else {
      if (isEmptyDataDir(target.dataDir)) {
        throw new DataDirError(`there is no database in ${target.dataDir} (ATLAS_DATA_DIR)`);
      }
      // Takes the directory's lock: refused, naming the server's pid, while a server runs on it.
      const db = await openDatabase({ dataDir: target.dataDir });
      try {
        const dump = await db.pglite!.dumpDataDir('gzip');
        writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await db.close();
      }
    }
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return {
    engine: 'databaseUrl' in target ? 'postgres' : 'pglite',
    file,
    bytes: readFileSync(file).length,
  };
}

/** Restores `file` (from `backupDatabase`) into an empty database or data directory. */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  if (!existsSync(file)) throw new DataDirError(`no backup file ${file}`);
  const header = readFileSync(file).subarray(0, 5);
  const isPgDump = header.toString('latin1') === 'PGDMP';
  if ('databaseUrl' in target) {
    if (!isPgDump) throw new DataDirError(`${file} is not a pg_dump backup of the server engine`);
    const sql = postgres(target.databaseUrl, { onnotice: () => {}, max: 1 });
    let hasPostgis = false;
    try {
      const [t] = await sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'drizzle')
          AND c.relname NOT IN ('spatial_ref_sys')`;
      if (t!.n > 0) {
        throw new DataDirError(
          `the database in DATABASE_URL holds ${t!.n} table(s): restore into an empty ` +
            'database (createdb <name>), then point DATABASE_URL at it',
        );
      }
      const [e] = await sql`SELECT 1 FROM pg_extension WHERE extname = 'postgis'`;
      hasPostgis = Boolean(e);
    } finally {
      await sql.end();
    }
    // A database made from a template with PostGIS has it already: skip the dump's
    // CREATE EXTENSION (and its comment), restore the rest in one transaction.
    const list = `${file}.list`;
    try {
      const { stdout } = await pgTool('pg_restore', ['--list', file]);
      const kept = stdout
        .split('\n')
        .filter((l) => !(hasPostgis && /\b(EXTENSION|COMMENT) - (EXTENSION )?postgis\b/.test(l)));
      writeFileSync(list, kept.join('\n'));
      await pgTool('pg_restore', [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--use-list=${list}`,
        `--dbname=${target.databaseUrl}`,
        file,
      ]);
    } finally {
      rmSync(list, { force: true });
    }
    return;
  }
  if (isPgDump) throw new DataDirError(`${file} is a server (pg_dump) backup: set DATABASE_URL`);
  if (!isEmptyDataDir(target.dataDir)) {
    throw new DataDirError(
      `the data directory ${target.dataDir} holds a database: restore into an empty one ` +
        '(move this one aside, or choose another ATLAS_DATA_DIR)',
    );
  }
  // A first start from a dump: a failure (a full disk) leaves the directory empty (client.ts).
  const db = await openDatabase({
    dataDir: target.dataDir,
    loadDataDir: new File([readFileSync(file)], 'backup.tar.gz', { type: 'application/x-gzip' }),
  });
  await db.close();
}

/** Runs a PostgreSQL client tool; its stderr becomes the error message. */
async function pgTool(tool: 'pg_dump' | 'pg_restore', args: string[]) {
  try {
    return await run(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { code?: string; stderr?: string; message: string };
    if (err.code === 'ENOENT') {
      throw new DataDirError(`${tool} is not installed: apt-get install -y postgresql-client-15`);
    }
    // The URL may carry a password: never repeat it.
    const said = (err.stderr || err.message).replace(/\/\/[^@/\s]*@/g, '//');
    throw new DataDirError(`${tool} failed: ${said.trim()}`);
  }
}
