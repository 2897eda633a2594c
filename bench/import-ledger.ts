/**
 * Ledger import throughput (issue 5: 100,000 rows in under a minute on PGlite): a generated
 * district, then a 100k-row sheet of new organizations (valid credit codes, building codes and
 * GCJ-02 coordinates) as .csv and .xlsx; first import (inserts), then the same file again
 * (nothing changes).
 *
 *   pnpm --filter @atlas/bench exec tsx import-ledger.ts      (IMPORT_BENCH_ROWS=100000)
 *
 * Memory and limits (issue 11): write a sheet with the streaming writer, then dry-run it in its
 * own process, so the peak RSS (`process.resourceUsage().maxRSS`, or /usr/bin/time -v) is the
 * import's:
 *
 *   tsx import-ledger.ts write /tmp/200k.xlsx 200000
 *   tsx import-ledger.ts dry /tmp/200k.xlsx          (all rows valid, nothing written)
 *   tsx import-ledger.ts sparse /tmp/max.xlsx 1048575 (every row of a sheet, one cell each, ~5 MB:
 *   tsx import-ledger.ts dry /tmp/max.xlsx              refused at the row limit)
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { migrateDatabase, openDatabase, type Database } from '../server/src/db/client.ts';
import { generateDistrict } from '../server/src/demo/index.ts';
import { fromWgs84 } from '../server/src/geo/index.ts';
import { HEADER_OF, headersOf } from '../server/src/ledger/columns.ts';
import { importLedger } from '../server/src/ledger/import.ts';
import { makeUscc } from '../server/src/ledger/uscc.ts';
import { ensureSeedProfiles, refreshCoverage } from '../server/src/policy/index.ts';
import { report } from './lib/timing.ts';
import { rows } from '../server/src/db/rows.ts';

const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 100_000);
const HEADER = [
  ...headersOf(['name', 'uscc', 'subKind', 'industry', 'employees', 'partyMembers']),
  `${HEADER_OF.revenueYuan}(元)`,
  ...headersOf(['address', 'lon', 'lat', 'building']),
];

async function sheetRows(database: Database, count = ROWS): Promise<string[][]> {
  const buildings = await rows<{ code: string; lon: number; lat: number }>(
    database.db,
    sql`SELECT code, ST_X(location) AS lon, ST_Y(location) AS lat FROM buildings ORDER BY id`,
  );
  const kinds = ['非公有制企业', '个体工商户', '社会中介组织'];
  const trades = ['信息技术', '零售', '律师事务所'];
  return Array.from({ length: count }, (_, i) => {
    const b = buildings[i % buildings.length]!;
    const [lon, lat] = fromWgs84(Number(b.lon), Number(b.lat), 'gcj02');
    const k = i % 10 === 0 ? 0 : i % 37 === 0 ? 2 : 1;
    const employees = 1 + (i % 97);
    return [
      `北京导入测试${i}有限公司`,
      makeUscc(k === 1 ? '92' : '91', '110113', 50_000_000 + i),
      kinds[k]!,
      trades[k]!,
      String(employees),
      String(Math.floor(employees / 40)),
      String(100_000 + i),
      `顺义区测试路${i}号`,
      lon.toFixed(7),
      lat.toFixed(7),
      b.code,
    ];
  });
}

async function timeImport(database: Database, label: string, buf: Buffer, format: 'csv' | 'xlsx') {
  const t0 = performance.now();
  const r = await importLedger(database, buf, {
    fileName: `bench.${format}`,
    format,
    crs: 'gcj02',
    actor: 'bench',
  });
  const ms = performance.now() - t0;
  if (r.errors.length > 0)
    throw new Error(`unexpected errors: ${JSON.stringify(r.errors.slice(0, 3))}`);
  const rate = Math.round(ROWS / (ms / 1000)).toLocaleString('en');
  report(
    `import pglite ${ROWS.toLocaleString('en')} rows ${format} ${label}`,
    ms,
    `(${rate} rows/s; +${r.inserted} ~${r.updated} =${r.unchanged})`,
  );
}

/** Writes a sheet of `count` rows with exceljs's streaming writer (a full sheet fits in memory). */
async function writeSheet(path: string, count: number) {
  const base = await seeded();
  const rows = await sheetRows(base, Math.min(count, 200_000));
  await base.close();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('一企一表');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < count; i++) ws.addRow(rows[i % rows.length]!).commit();
  ws.commit();
  await wb.commit();
  console.log(`wrote ${count.toLocaleString('en')} rows to ${path}`);
}

/** A dry run of one file in a fresh seeded district: time, outcome, peak RSS of this process. */
async function dryRun(path: string) {
  const db = await seeded();
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  const buf = readFileSync(path);
  const t0 = performance.now();
  const r = await importLedger(db, buf, {
    fileName: path,
    format: path.endsWith('.csv') ? 'csv' : 'xlsx',
    crs: 'gcj02',
    actor: 'bench',
    dryRun: true,
    onProgress: (phase, done, total) => {
      if (done === 0 || done === total)
        console.log(`  ${phase} ${done}/${total} at ${Math.round(performance.now() - t0)} ms`);
    },
  });
  const ms = performance.now() - t0;
  report(
    `import dry run ${path} (${(buf.length / 2 ** 20).toFixed(1)} MB)`,
    ms,
    `rows read ${r.rows}, checked ${r.processedRows}, would insert ${r.inserted}; ` +
      `errors ${r.errors.length}+${r.errorsOmitted} [${[...new Set(r.errors.map((e) => e.reason))].join(',')}]; ` +
      `peak RSS ${Math.round(rssBefore)} MB after seeding, ` +
      `${Math.round(process.resourceUsage().maxRSS / 1024)} MB after the import`,
  );
  await db.close();
}

/** A sheet with the header and `count` rows of one short cell (a 1,048,576-row sheet is ~5 MB). */
async function writeSparse(path: string, count: number) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const ws = wb.addWorksheet('一企一表');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < count; i++) ws.addRow(['x']).commit();
  ws.commit();
  await wb.commit();
  console.log(`wrote ${count.toLocaleString('en')} sparse rows to ${path}`);
}

async function main() {
  const [mode, path, count] = process.argv.slice(2);
  if (mode === 'sparse' && path) return writeSparse(path, Number(count ?? 1_048_575));
  if (mode === 'write' && path) return writeSheet(path, Number(count ?? ROWS));
  if (mode === 'dry' && path) return dryRun(path);
  const base = await seeded();
  const rows = await sheetRows(base);
  await base.close();
  const csv = Buffer.from([HEADER, ...rows].map((r) => r.join(',')).join('\n'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一企一表');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  for (const [format, buf] of [
    ['csv', csv],
    ['xlsx', xlsx],
  ] as const) {
    const db = await seeded();
    try {
      await timeImport(db, 'first (inserts)', buf, format);
      await timeImport(db, 'again (unchanged)', buf, format);
    } finally {
      await db.close();
    }
  }
}

/** A fresh PGlite with the generated district (5,000 organizations, their buildings, coverage). */
async function seeded(): Promise<Database> {
  const db = await openDatabase();
  await migrateDatabase(db);
  await generateDistrict(db, { orgs: 5000, seed: 1 });
  // with the three seed profiles, so each import also refreshes their coverage
  await ensureSeedProfiles(db);
  await db.db.transaction((tx) => refreshCoverage(tx, { all: true }));
  return db;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
