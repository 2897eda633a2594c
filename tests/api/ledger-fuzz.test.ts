import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { headersOf } from '../../server/src/ledger/columns.ts';
import { importLedger } from '../../server/src/ledger/import.ts';
import { IMPORT_LIMITS } from '../../server/src/ledger/limits.ts';
import { makeUscc } from '../../server/src/ledger/uscc.ts';
import { ImportReasons } from '../../server/src/ledger/validate.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

/**
 * Issue 11: generated invalid ledger rows and files sent through `importLedger` (GraphQL, as a
 * client would). Every answer is a report whose every error names a known reason and row, or a
 * BAD_USER_INPUT error; no echoed value is long; no organization or audit row changes.
 */
const HEADER = headersOf([
  'name',
  'uscc',
  'subKind',
  'industry',
  'employees',
  'partyMembers',
  'lon',
  'lat',
  'building',
  'grid',
]);
const EXISTING = makeUscc('91', '110113', 73_000_001);
const VALID = {
  name: fc.constantFrom('北京模糊测试有限公司', '测试店'),
  uscc: fc.oneof(
    fc.constant(EXISTING),
    fc.integer({ min: 1, max: 99_999 }).map((n) => makeUscc('91', '110113', 73_100_000 + n)),
  ),
  type: fc.constantFrom('非公有制企业', '个体工商户', '社会团体'),
  industry: fc.constantFrom('信息技术', 'C13', '制造', ''),
  employees: fc.integer({ min: 0, max: 500 }).map(String),
  members: fc.constant('0'),
  lonlat: fc.constant(['', ''] as [string, string]),
  building: fc.constantFrom('', 'B1101130010011'),
  grid: fc.constantFrom('', '110113001001'),
};
type Field = keyof typeof VALID;
const text = fc.string({ unit: 'grapheme', maxLength: 30 });
/** One way per field to be wrong, whatever the other cells hold. */
const INVALID: Record<Field, fc.Arbitrary<unknown>> = {
  name: fc.oneof(
    fc.constant(''),
    fc.integer({ min: 201, max: 20_000 }).map((n) => '名'.repeat(n)),
  ),
  uscc: fc.oneof(
    fc.stringMatching(/^[0-9A-HJ-NP-RTUW-Y]{1,17}$/),
    fc.stringMatching(/^[0-9A-Z]{19,40}$/),
    fc.integer({ min: 0, max: 99_999 }).map((n) => {
      const ok = makeUscc('91', '110113', 74_000_000 + n);
      return ok.slice(0, 17) + (ok[17] === '0' ? '1' : '0');
    }),
  ),
  type: text.map((s) => `未知${s}`),
  industry: text.map((s) => `ZZ${s}`),
  employees: fc.oneof(
    fc.integer({ min: 1_000_001, max: 2 ** 40 }).map(String),
    fc.integer({ min: -(2 ** 40), max: -1 }).map(String),
    fc.stringMatching(/^[a-z]{1,8}$/),
    fc.constant('1.5'),
    fc.constant(''),
  ),
  members: fc.integer({ min: 1_000_001, max: 2 ** 31 }).map(String),
  lonlat: fc.oneof(
    fc.tuple(fc.double({ min: -1e6, max: 72, noNaN: true }), fc.double({ min: 10, max: 50 })),
    fc.tuple(fc.double({ min: 80, max: 130 }), fc.double({ min: 55, max: 1e6, noNaN: true })),
    fc.tuple(fc.constant('东经116'), fc.constant('40')),
    fc.tuple(fc.constant('116.61'), fc.constant('')),
  ),
  building: text.map((s) => `不存在${s}`),
  grid: text.map((s) => `不存在${s}`),
};
const FIELDS = Object.keys(VALID) as Field[];

const badRow = fc
  .tuple(fc.constantFrom(...FIELDS), fc.record(VALID))
  .chain(([fault, base]) =>
    INVALID[fault].map((bad) => ({ ...base, [fault]: bad }) as Record<Field, unknown>),
  )
  .map((r) => {
    const [lon, lat] = (r.lonlat as [unknown, unknown]).map(String);
    return [
      r.name,
      r.uscc,
      r.type,
      r.industry,
      r.employees,
      r.members,
      lon,
      lat,
      r.building,
      r.grid,
    ].map(String);
  });

const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
const toCsv = (rows: string[][]) =>
  Buffer.from([HEADER, ...rows].map((r) => r.map(quote).join(',')).join('\r\n'));
async function toXlsx(rows: string[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  for (const r of [HEADER, ...rows]) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const QUERY = `mutation ($file: LedgerFileInput!, $mode: ImportMode, $dry: Boolean) {
  importLedger(file: $file, mode: $mode, dryRun: $dry) {
    rows processedRows validRows rejectedRows inserted updated applied errorsOmitted
    errors { row column reason message value } } }`;
const REASONS = new Set<string>(Object.values(ImportReasons));

describe('ledger import fuzz', () => {
  const env = useSmallDemoApi();
  beforeAll(async () => {
    const seed = [
      [
        '北京已有组织有限公司',
        EXISTING,
        '非公有制企业',
        '信息技术',
        '10',
        '0',
        '',
        '',
        '',
        '110113001001',
      ],
    ];
    const r = await importLedger(env.database, toCsv(seed), {
      fileName: 's.csv',
      format: 'csv',
      actor: 't',
    });
    expect(r.inserted).toBe(1);
  });
  const digest = async () => {
    const [o] = await rows<{ d: string }>(
      env.database.db,
      sql`SELECT md5(string_agg((to_jsonb(o))::text, '|' ORDER BY id)) AS d FROM organizations o`,
    );
    const [a] = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*) AS n FROM audit_log`,
    );
    return `${o!.d}:${a!.n}`;
  };

  type Report = {
    rows: number;
    rejectedRows: number;
    inserted: number;
    updated: number;
    errorsOmitted: number;
    errors: {
      row: number;
      column: string;
      reason: string;
      message: string;
      value: string | null;
    }[];
  };
  const send = async (name: string, content: Buffer, mode: string, dry: boolean) => {
    const r = await env.api.exec<{ importLedger: Report }>(QUERY, {
      file: { name, contentBase64: content.toString('base64') },
      mode,
      dry,
    });
    return r;
  };
  const assertClear = (report: Report) => {
    expect(report.errors.length).toBeGreaterThan(0);
    for (const e of report.errors) {
      expect(REASONS.has(e.reason), e.reason).toBe(true);
      expect(e.message.length).toBeGreaterThan(0);
      expect(e.message.length).toBeLessThan(400);
      expect(e.message).not.toContain('[object');
      expect((e.value ?? '').length).toBeLessThanOrEqual(IMPORT_LIMITS.maxEchoedChars + 30);
    }
  };

  it('refuses every generated invalid row, with its reasons, and changes nothing', async () => {
    const before = await digest();
    await fc.assert(
      fc.asyncProperty(
        fc.array(badRow, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('ALL_OR_NOTHING', 'VALID_ONLY'),
        fc.boolean(),
        fc.boolean(),
        async (rows, mode, xlsx, dry) => {
          const file = xlsx ? await toXlsx(rows) : toCsv(rows);
          const r = await send(xlsx ? 'f.xlsx' : 'f.csv', file, mode, dry);
          expect(r.errors).toBeUndefined();
          const report = r.data!.importLedger;
          assertClear(report);
          expect(report).toMatchObject({ rows: rows.length, rejectedRows: rows.length });
          expect(report.inserted + report.updated).toBe(0);
          const byRow = new Set(report.errors.map((e) => e.row));
          expect(byRow.size).toBe(rows.length);
        },
      ),
      { numRuns: 250, seed: 11 },
    );
    expect(await digest()).toBe(before);
  });

  it('answers garbage files with a clear error, never an internal one', async () => {
    const before = await digest();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
          fc.string({ maxLength: 500 }).map((s) => Buffer.from(s)),
          fc.constant(Buffer.from('PK\x05\x06' + '\0'.repeat(18))),
        ),
        fc.constantFrom('g.xlsx', 'g.csv', 'g.txt'),
        async (content, name) => {
          const r = await send(name, content, 'VALID_ONLY', false);
          if (r.errors) {
            expect(r.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
            return;
          }
          const report = r.data!.importLedger;
          if (report.rows > 0) return; // a random text can be a sheet of unplaced rows
          assertClear(report);
          expect(report.inserted + report.updated).toBe(0);
        },
      ),
      { numRuns: 150, seed: 12 },
    );
    expect(await digest()).toBe(before);
  });
});
