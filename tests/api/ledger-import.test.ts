import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/src/auth/guards.ts';
import type { Database } from '../../server/src/db/client.ts';
import { importLedger } from '../../server/src/ledger/import.ts';
import { readCsv } from '../../server/src/ledger/sheet.ts';
import { codes } from '../helpers/graphql.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const MIXED = fixture('ledger-mixed.csv');

/** What the mixed file must report, by CSV row (header on row 1). */
const EXPECTED = [
  { row: 4, column: '统一社会信用代码', reason: 'USCC_CHECKSUM' },
  { row: 5, column: '统一社会信用代码', reason: 'DUPLICATE_IN_FILE' },
  { row: 6, column: '类型', reason: 'UNKNOWN_VALUE' },
  { row: 6, column: '从业人员数', reason: 'NOT_A_NUMBER' },
  { row: 7, column: '党员数', reason: 'MEMBERS_EXCEED_EMPLOYEES' },
  { row: 8, column: '经度', reason: 'OUTSIDE_DISTRICT' },
  { row: 9, column: '所在楼宇', reason: 'UNKNOWN_BUILDING' },
  { row: 10, column: '名称', reason: 'REQUIRED' },
  { row: 12, column: '所在楼宇', reason: 'NO_PLACE' },
  { row: 13, column: '从业人员数', reason: 'OUT_OF_RANGE' },
];

/** The same sheet as .xlsx, under a merged title row and with a merged header cell. */
async function mixedXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一企一表');
  const { rows } = readCsv(MIXED);
  const width = rows[0]!.cells.length;
  ws.addRow(['顺义区两新组织台账 (一企一表)']);
  ws.mergeCells(1, 1, 1, width + 1);
  for (const r of rows) ws.addRow(r.row === 1 ? [...r.cells, ''] : r.cells.map((c) => c));
  // "所在网格" spans two header cells; the second one repeats it as a merged slave.
  ws.mergeCells(2, width, 2, width + 1);
  // keep the raw (un-normalized) cells of row 3: full-width digits and trailing spaces
  const raw = MIXED.toString('utf8').split('\n')[2]!.split(',');
  raw.forEach((v, i) => (ws.getCell(4, i + 1).value = v));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const orgDigest = async (database: Database) => {
  const [r] = await rows<{ n: number; d: string }>(
    database.db,
    sql`SELECT count(*) AS n, md5(coalesce(string_agg((to_jsonb(o) - 'updated_at')::text, '|'
          ORDER BY id), '')) AS d FROM organizations o`,
  );
  const [a] = await rows<{ n: number }>(database.db, sql`SELECT count(*) AS n FROM audit_log`);
  return `${r!.n}:${r!.d}:${a!.n}`;
};

const shape = (errors: { row: number; column: string; reason: string }[]) =>
  errors.map(({ row, column, reason }) => ({ row, column, reason }));

describe('ledger import', () => {
  const env = useSmallDemoApi();

  const run = (buffer: Buffer, opts: Partial<Parameters<typeof importLedger>[2]> = {}) =>
    importLedger(env.database, buffer, {
      fileName: 'ledger-mixed.csv',
      format: 'csv',
      crs: 'gcj02',
      actor: 'test',
      ...opts,
    });

  it('reports every bad row and changes nothing in all-or-nothing mode (csv)', async () => {
    const before = await orgDigest(env.database);
    const report = await run(MIXED);
    expect(shape(report.errors)).toEqual(EXPECTED);
    expect(report).toMatchObject({ rows: 12, validRows: 3, rejectedRows: 9, applied: false });
    expect(report.inserted + report.updated).toBe(0);
    expect(await orgDigest(env.database)).toBe(before);
  });

  it('reads the same report from .xlsx with merged title and header cells', async () => {
    const before = await orgDigest(env.database);
    const report = await run(await mixedXlsx(), { fileName: 'ledger.xlsx', format: 'xlsx' });
    expect(shape(report.errors)).toEqual(EXPECTED.map((e) => ({ ...e, row: e.row + 1 })));
    expect(report.applied).toBe(false);
    expect(await orgDigest(env.database)).toBe(before);
  });

  it('refuses a file with missing required columns, whatever the mode', async () => {
    const report = await run(fixture('ledger-missing-columns.csv'), { mode: 'valid_only' });
    expect(shape(report.errors)).toEqual([
      { row: 1, column: '统一社会信用代码', reason: 'MISSING_COLUMN' },
      { row: 1, column: '类型', reason: 'MISSING_COLUMN' },
    ]);
    expect(report.applied).toBe(false);
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const before = await orgDigest(env.database);
    const report = await run(MIXED, { mode: 'valid_only', dryRun: true });
    expect(report).toMatchObject({ inserted: 3, updated: 0, applied: false, dryRun: true });
    expect(await orgDigest(env.database)).toBe(before);
  });

  it('a dry run of a file with no valid row is not reported as applied', async () => {
    const header = MIXED.toString('utf8').split('\n')[0]!;
    const invalid = Buffer.from(`${header}\n无效行,123,非公有制企业,信息技术,-5,0,0,,,,,\n`);
    const report = await run(invalid, { mode: 'valid_only', dryRun: true });
    expect(report.validRows).toBe(0);
    expect(report).toMatchObject({ applied: false, dryRun: true, inserted: 0 });
  });

  it('loads the valid rows on request, normalized, with converted coordinates', async () => {
    const report = await run(MIXED, { mode: 'valid_only' });
    expect(report).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, applied: true });
    expect(shape(report.errors)).toEqual(EXPECTED);
    const result = await rows<Record<string, unknown>>(
      env.database.db,
      sql`SELECT o.name, o.uscc, o.sub_kind, o.industry, o.employees, o.party_members,
            o.revenue_yuan, b.code AS building, g.code AS grid,
            ST_X(o.location) AS lon, ST_Y(o.location) AS lat
          FROM organizations o LEFT JOIN buildings b ON b.id = o.building_id
          LEFT JOIN grids g ON g.id = o.grid_id
          WHERE o.uscc IN ('91110113123456788M', '921101132345678942', '911101138901234588')
          ORDER BY o.uscc`,
    );
    expect(result.map((r) => [r.name, r.sub_kind, r.employees, r.building, r.grid])).toEqual([
      ['北京顺鑫测试科技有限公司', 'non_public_enterprise', 120, 'B1101130010011', '110113001001'],
      ['北京坐标正确快递有限公司', 'non_public_enterprise', 60, null, '110113001001'],
      ['北京全角数字商贸有限公司', 'individual_business', 45, null, '110113001002'],
    ]);
    expect(Number(result[0]!.revenue_yuan)).toBe(80_000_000);
    expect(result[1]!.industry).toBe('express_delivery');
    // GCJ-02 (116.6158168, 40.1060519) back to WGS84 (116.61, 40.105) within ~1 m
    expect(Math.abs(Number(result[1]!.lon) - 116.61)).toBeLessThan(1e-5);
    expect(Math.abs(Number(result[1]!.lat) - 40.105)).toBeLessThan(1e-5);
    const audit = await rows<{ action: string }>(
      env.database.db,
      sql`SELECT action FROM audit_log WHERE action LIKE 'organization.import%' OR action = 'ledger.import'`,
    );
    expect(audit.map((a) => a.action).sort()).toEqual([
      'ledger.import',
      'organization.import.create',
      'organization.import.create',
      'organization.import.create',
    ]);
  });

  it('re-importing the same file changes nothing; a changed row is updated (upsert by code)', async () => {
    const before = await orgDigest(env.database);
    const again = await run(MIXED, { mode: 'valid_only' });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    expect(await orgDigest(env.database)).toBe(before);
    const changed = Buffer.from(
      MIXED.toString('utf8').replace('信息技术,120,5,8000', '信息技术,130,6,8000'),
    );
    const r = await run(changed, { mode: 'valid_only' });
    expect(r).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    const [o] = await rows<{ employees: number; party_members: number }>(
      env.database.db,
      sql`SELECT employees, party_members FROM organizations WHERE uscc = '91110113123456788M'`,
    );
    expect(o).toEqual({ employees: 130, party_members: 6 });
    const [a] = await rows<{
      before: { employees: number };
      after: { employees: number };
    }>(
      env.database.db,
      sql`SELECT before, after FROM audit_log WHERE action = 'organization.import.update'`,
    );
    expect([a!.before.employees, a!.after.employees]).toEqual([120, 130]);
  });

  it('imports through GraphQL; planners and analysts are refused', async () => {
    const q = `mutation ($file: LedgerFileInput!, $crs: CoordinateSystem, $mode: ImportMode, $dry: Boolean) {
      importLedger(file: $file, crs: $crs, mode: $mode, dryRun: $dry) {
        rows validRows rejectedRows inserted updated unchanged applied crs mode
        errors { row column reason message value } } }`;
    const vars = {
      file: { name: 'ledger-mixed.csv', contentBase64: MIXED.toString('base64') },
      crs: 'GCJ02',
      mode: 'VALID_ONLY',
      dry: true,
    };
    const r = await env.api.exec(q, vars);
    expect(r.errors).toBeUndefined();
    expect(r.data!.importLedger).toMatchObject({
      rows: 12,
      validRows: 3,
      unchanged: 2,
      updated: 1,
      applied: false,
      crs: 'GCJ02',
      mode: 'VALID_ONLY',
    });
    expect(shape(r.data!.importLedger.errors)).toEqual(EXPECTED);
    for (const role of ['planner', 'analyst'] as const) {
      const user: SessionUser = { id: 9, username: role, displayName: role, role, scopes: [] };
      expect(codes(await env.api.exec(q, vars, user))).toEqual(['FORBIDDEN']);
    }
    const bad = await env.api.exec(q, { ...vars, file: { name: 'x.pdf', contentBase64: '' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'file.name',
    });
  });
});
