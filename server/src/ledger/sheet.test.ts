import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './sheet.ts';

async function workbook(sheets: [string, string[][]][]) {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads every row of every one of many concurrent reads (exceljs zip loop dropped entries)', async () => {
    const rows = [
      ['名称', '统一社会信用代码'],
      ['测试店', '911101137317315282'],
      ['空港大街', 'x'],
    ];
    const file = await workbook([['台账', rows]]);
    const counts = new Map<number, number>();
    for (let batch = 0; batch < 25; batch++) {
      const sheets = await Promise.all(Array.from({ length: 8 }, () => readXlsx(file, 100)));
      for (const s of sheets) counts.set(s.rows.length, (counts.get(s.rows.length) ?? 0) + 1);
    }
    expect([...counts]).toEqual([[3, 200]]);
    const one = await readXlsx(file, 100);
    expect(one.rows.map((r) => r.cells)).toEqual(rows);
  });

  it('reads the first sheet of the workbook only, and stops at maxRows', async () => {
    const file = await workbook([
      ['甲', [['a'], ['b'], ['c']]],
      ['乙', [['z']]],
    ]);
    const s = await readXlsx(file, 2);
    expect(s.rows.map((r) => r.cells[0])).toEqual(['a', 'b']);
    expect(s.truncated).toBe(true);
  });

  it('refuses a zip that is no workbook', async () => {
    const notXlsx = Buffer.from('PK\x05\x06' + '\0'.repeat(18), 'binary');
    await expect(readXlsx(notXlsx, 10)).rejects.toMatchObject({ reason: 'UNREADABLE_FILE' });
  });
});
