import { isAbsolute, resolve } from 'node:path';
import { cliArgs } from './args.ts';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import {
  backupDatabase,
  defaultBackupFile,
  restoreDatabase,
  type BackupTarget,
} from '../db/backup.ts';
import { DataDirError } from '../db/data-dir.ts';

/**
 * `pnpm backup [FILE]` and `pnpm restore FILE` (db/backup.ts), on the configured engine:
 * DATABASE_URL (pg_dump / pg_restore) or ATLAS_DATA_DIR (PGlite's data-directory dump). A backup
 * without FILE goes to backups/atlas-<engine>-<time>.dump|.tar.gz. Exits 1 with a message
 * (no stack) when it cannot, 2 on usage errors.
 */
async function main() {
  const [command, ...rest] = cliArgs();
  const usage = 'usage: pnpm backup [FILE]  |  pnpm restore FILE';
  const { positionals, values } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || (command !== 'backup' && command !== 'restore')) {
    console.error(usage);
    process.exit(2);
  }
  const config = readConfig();
  const target: BackupTarget = config.databaseUrl
    ? { databaseUrl: config.databaseUrl }
    : { dataDir: config.dataDir };
  const where = config.databaseUrl
    ? config.databaseUrl.replace(/\/\/[^@]*@/, '//')
    : config.dataDir;
  // pnpm runs the script in server/: paths are the caller's, relative to where they ran pnpm.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const path = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  if (command === 'backup') {
    const file = path(positionals[0] ?? defaultBackupFile(target, 'backups'));
    const r = await backupDatabase(target, file);
    console.log(`[atlas] backup of ${where} (${r.engine}): ${r.file}, ${r.bytes} bytes`);
    return;
  }
  if (!positionals[0]) {
    console.error(usage);
    process.exit(2);
  }
  const file = path(positionals[0]);
  await restoreDatabase(target, file);
  console.log(`[atlas] ${file} restored into ${where}`);
}

main().catch((e: unknown) => {
  if (e instanceof DataDirError) console.error(`[atlas] ${e.message}`);
  else console.error('[atlas] failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
