import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { importLedger } from '../../server/src/ledger/import.ts';
import { IMPORT_LIMITS, MAX_CELL_CHARS } from '../../server/src/ledger/limits.ts';
import { readSheet, zipUncompressedBytes } from '../../server/src/ledger/sheet.ts';
import { makeUscc } from '../../server/src/ledger/uscc.ts';
import { codes } from '../helpers/graphql.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

/** Issue 11, hole 4: every file, row, cell and error list of an import is bounded. */
const HEADER = ['名称', '统一社会信用代码', '类型', '行业', '从业人员数', '地址', '所在网格'];
const good = (i: number, name = `北京限额测试${i}有限公司`, address = '顺义区') => [
  name,
  makeUscc('91', '110113', 72_000_000 + i),
  '非公有制企业',
  '信息技术',
  '10',
  address,
  '110113001001',
];
const csv = (rows: string[][]) =>
  Buffer.from([HEADER, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n'));
async function xlsx(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('台账'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('ledger import limits', () => {
  const env = useSmallDemoApi();
  const run = (buffer: Buffer, format: 'csv' | 'xlsx' = 'csv', mode?: 'valid_only') =>
    importLedger(env.database, buffer, { fileName: `limits.${format}`, format, actor: 't', mode });
  const count = async () =>
    Number(
      (await rows<{ n: number }>(env.database.db, sql`SELECT count(*) AS n FROM organizations`))[0]!
        .n,
    );

  it('refuses a file with more data rows than the limit without checking them (csv)', async () => {
    const max = IMPORT_LIMITS.maxDataRows;
    const lines = [HEADER.join(',')];
    for (let i = 0; i <= max + 50; i++) lines.push(`x${i},bad,bad,bad,bad,,`);
    const r = await run(Buffer.from(lines.join('\n')));
    expect(r.errors.map((e) => e.reason)).toEqual(['TOO_MANY_ROWS']);
    expect(r.errors[0]!.row).toBe(max + 2);
    expect(r.errors[0]!.message).toContain('200,000');
    expect(r).toMatchObject({ processedRows: 0, applied: false, errorsOmitted: 0 });
    expect(r.rows).toBeGreaterThan(max);
    expect(r.rows).toBeLessThanOrEqual(max + IMPORT_LIMITS.headerScanRows);
  });

  it('stops reading an .xlsx at the row limit (streaming reader)', async () => {
    const file = await xlsx((ws) => {
      ws.addRow(HEADER);
      for (let i = 0; i < 120; i++) ws.addRow([`x${i}`]);
    });
    const sheet = await readSheet(file, 'xlsx', 50);
    expect(sheet.rows).toHaveLength(50);
    expect(sheet.truncated).toBe(true);
    expect(sheet.rows.at(-1)!.row).toBe(50);
    const all = await readSheet(file, 'xlsx');
    expect([all.rows.length, all.truncated]).toEqual([121, false]);
  });

  it('reports a too long cell with its length and never echoes it whole', async () => {
    const huge = '名'.repeat(3_500_000);
    const longAddress = '路'.repeat(MAX_CELL_CHARS.address + 1);
    const before = await count();
    for (const [format, file] of [
      ['csv', csv([good(1, huge), good(2, undefined, longAddress), good(3)])],
      [
        'xlsx',
        await xlsx((ws) => {
          ws.addRow(HEADER);
          for (const r of [good(1, huge), good(2, undefined, longAddress), good(3)]) ws.addRow(r);
        }),
      ],
    ] as const) {
      const r = await run(file, format, 'valid_only');
      expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
        [2, '名称', 'CELL_TOO_LONG'],
        [3, '地址', 'CELL_TOO_LONG'],
      ]);
      expect(r.errors[0]!.message).toContain('3500000');
      expect(r.errors[0]!.value!.length).toBeLessThan(80);
      expect(r.errors[1]!.message).toContain(String(MAX_CELL_CHARS.address + 1));
      expect(JSON.stringify(r).length).toBeLessThan(5_000);
    }
    // only the good row went in, once; no organization has a name over the limit
    expect(await count()).toBe(before + 1);
    const [m] = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT max(length(name)) AS n FROM organizations`,
    );
    expect(Number(m!.n)).toBeLessThanOrEqual(MAX_CELL_CHARS.name);
  });

  it('says a formula has no value instead of "[object Object]"', async () => {
    const file = await xlsx((ws) => {
      ws.addRow(HEADER);
      ws.addRow(good(10));
      ws.getCell('E2').value = { formula: 'B7*2' } as ExcelJS.CellFormulaValue;
      ws.addRow(good(11));
      ws.getCell('E3').value = { formula: '5*2', result: 10 } as ExcelJS.CellFormulaValue;
    });
    const r = await run(file, 'xlsx', 'valid_only');
    expect(r.errors.map((e) => [e.row, e.column, e.reason])).toEqual([
      [2, '从业人员数', 'FORMULA_WITHOUT_VALUE'],
    ]);
    expect(JSON.stringify(r)).not.toContain('[object Object]');
    expect(r).toMatchObject({ inserted: 1, applied: true });
  });

  it('lists the first errors and counts the rest', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [
      `x${i}`,
      `bad${i}`,
      '企业',
      '',
      '-1',
      '',
      '',
    ]);
    const r = await run(csv(rows));
    const max = IMPORT_LIMITS.maxReportedErrors;
    expect(r.errors).toHaveLength(max);
    // three errors per row (credit code, employees, place): the first rows, in order
    expect(r.errors[0]).toMatchObject({ row: 2, reason: 'USCC_LENGTH' });
    expect(r.errors.at(-1)!.row).toBe(2 + Math.floor((max - 1) / 3));
    expect(r.errorsOmitted).toBe(3 * 3000 - max);
    expect(r).toMatchObject({ rows: 3000, processedRows: 3000, rejectedRows: 3000 });
  });

  it('finds the header below many title rows', async () => {
    const file = await xlsx((ws) => {
      for (let i = 0; i < 14; i++) ws.addRow([`标题${i}`]);
      ws.mergeCells(1, 1, 1, HEADER.length);
      ws.addRow(HEADER);
      ws.addRow(good(20));
    });
    const r = await run(file, 'xlsx');
    expect(r).toMatchObject({ errors: [], rows: 1, inserted: 1, applied: true });
  });

  it('refuses an .xlsx that unpacks beyond the limit before inflating it', async () => {
    const file = await xlsx((ws) => {
      ws.addRow(HEADER);
      ws.addRow(good(30));
    });
    expect(zipUncompressedBytes(file)).toBeGreaterThan(1000);
    // claim 1 GB for the first central-directory entry
    const cd = file.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const bomb = Buffer.from(file);
    bomb.writeUInt32LE(2 ** 30, cd + 24);
    const r = await run(bomb, 'xlsx');
    expect(r.errors.map((e) => e.reason)).toEqual(['FILE_TOO_LARGE']);
    const junk = await run(Buffer.from('PK not a zip'), 'xlsx');
    expect(junk.errors.map((e) => e.reason)).toEqual(['UNREADABLE_FILE']);
  });

  it('refuses a file over the size limit through GraphQL, before decoding it', async () => {
    const q = `mutation ($file: LedgerFileInput!) { importLedger(file: $file) { applied } }`;
    const big = 'A'.repeat(Math.ceil((IMPORT_LIMITS.maxFileBytes / 3) * 4 * 1.04));
    const r = await env.api.exec(q, { file: { name: 'big.csv', contentBase64: big } });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions).toMatchObject({
      field: 'file.contentBase64',
      reason: 'FILE_TOO_LARGE',
    });
    const direct = await run(Buffer.alloc(IMPORT_LIMITS.maxFileBytes + 1, 0x41));
    expect(direct.errors.map((e) => e.reason)).toEqual(['FILE_TOO_LARGE']);
  });
});
