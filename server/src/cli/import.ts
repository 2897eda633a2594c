import { readFileSync, statSync } from 'node:fs';
import { cliArgs, openConfiguredDatabase } from './args.ts';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { migrateDatabase } from '../db/client.ts';
import { parseCrs } from '../geo/index.ts';
import { importLedger } from '../ledger/import.ts';
import { IMPORT_LIMITS } from '../ledger/limits.ts';
import { formatOf } from '../ledger/sheet.ts';
import { progressBar } from './progress.ts';

/**
 * `pnpm import FILE [--crs wgs84|gcj02|bd09] [--valid-only] [--dry-run] [--json]`: imports a
 * ledger sheet into the configured database and prints the report (every rejected row, up to
 * the report's limit, and how many more). A file refused as a whole (too large, too many rows,
 * unreadable) is said so on its own line. Exits 1 when rows were rejected and nothing was
 * written, 2 on usage errors.
 */
async function main() {
  const usage =
    'usage: pnpm import FILE.xlsx|FILE.csv [--crs wgs84|gcj02|bd09] [--valid-only] [--dry-run] [--json]';
  let parsed;
  try {
    parsed = parseArgs({
      args: cliArgs(),
      allowPositionals: true,
      options: {
        crs: { type: 'string' },
        'valid-only': { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    // an unknown option or one missing its value is a usage error
    console.error(e instanceof Error ? e.message : e);
    console.error(usage);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  const format = file ? formatOf(file) : undefined;
  if (!file || !format || values.help) {
    console.error(usage);
    process.exit(2);
  }
  const crs = values.crs === undefined ? 'wgs84' : parseCrs(values.crs);
  if (!crs) {
    console.error(`--crs must be wgs84, gcj02 or bd09, got ${values.crs}`);
    process.exit(2);
  }
  // refused before it is read into memory
  const size = statSync(file).size;
  if (size > IMPORT_LIMITS.maxFileBytes) {
    console.error(
      `FILE REFUSED: ${file} has ${size.toLocaleString('en')} bytes, more than the limit of ` +
        `${IMPORT_LIMITS.maxFileBytes / 2 ** 20} MB (${describeLimits()}); split it`,
    );
    process.exit(1);
  }
  const database = await openConfiguredDatabase();
  try {
    await migrateDatabase(database);
    if (database.engine === 'pglite') {
      // one connection: the import's transaction holds it until it commits
      console.error(
        'note: PGlite has one connection: the import holds the database until it commits; ' +
          'a server on the same data directory must be stopped, other requests wait',
      );
    }
    const bars = { validate: progressBar('validate'), write: progressBar('write   ') };
    const t0 = performance.now();
    const report = await importLedger(database, readFileSync(file), {
      fileName: basename(file),
      format,
      crs,
      mode: values['valid-only'] ? 'valid_only' : 'all_or_nothing',
      dryRun: values['dry-run'] === true,
      actor: `cli:${userInfo().username}`,
      onProgress: (phase, done, total) => bars[phase].update(done, total),
    });
    bars.validate.done();
    const secs = (performance.now() - t0) / 1000;
    if (values.json) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      for (const e of report.errors) {
        const where = e.row === 0 ? 'file' : `row ${e.row}`;
        const value = e.value !== undefined && e.value !== '' ? `\t[${e.value}]` : '';
        console.log(`${where}\t${e.column}\t${e.reason}\t${e.message}${value}`);
      }
      if (report.errorsOmitted > 0) {
        console.log(`... and ${report.errorsOmitted} more errors (not listed)`);
      }
      const fileLevel = ['TOO_MANY_ROWS', 'FILE_TOO_LARGE', 'UNREADABLE_FILE'];
      if (report.errors.some((e) => fileLevel.includes(e.reason))) {
        console.log(`FILE REFUSED: no row was checked (limits: ${describeLimits()})`);
      }
      console.log(
        `${report.fileName}: ${report.rows} rows read, ${report.processedRows} checked, ` +
          `${report.validRows} valid, ${report.rejectedRows} rejected; ` +
          `inserted ${report.inserted}, updated ${report.updated}, unchanged ${report.unchanged}; ` +
          `${report.applied ? 'applied' : report.dryRun ? 'dry run, nothing written' : 'NOTHING WRITTEN'} ` +
          `in ${secs.toFixed(1)} s`,
      );
    }
    if (!report.applied && !report.dryRun && report.errors.length > 0) process.exitCode = 1;
  } finally {
    await database.close();
  }
}

function describeLimits(): string {
  const l = IMPORT_LIMITS;
  return (
    `${l.maxFileBytes / 2 ** 20} MB per file, ${l.maxDataRows.toLocaleString('en')} data rows, ` +
    `header within the first ${l.headerScanRows} rows`
  );
}

main().catch((e) => {
  console.error('import failed:', e instanceof Error ? e.message : e);
  process.exit(1);
});
