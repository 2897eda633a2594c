import ExcelJS from 'exceljs';

/**
 * Reads a ledger file (.xlsx via exceljs, .csv by a small RFC 4180 parser that also takes the GBK
 * files Excel writes on Chinese Windows) into rows of cleaned text cells, with the 1-based sheet
 * row number kept for the report. Cells are normalized once here: full-width characters to
 * half-width, surrounding (also non-breaking / ideographic) spaces trimmed.
 */
export interface SheetRow {
  /** Row number as the user sees it in the spreadsheet (1-based). */
  row: number;
  cells: string[];
  /** Columns whose cell is the non-master part of a merged range (its value repeats the master). */
  mergedSlaves?: Set<number>;
}

/** Full-width ASCII (U+FF01-FF5E) and the ideographic space to half-width; trims. */
export function normalizeCell(v: string): string {
  let out = '';
  for (const ch of v) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += ' ';
    else out += ch;
  }
  return out.trim();
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
}

export async function readXlsx(buffer: Buffer): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as never);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const cells: string[] = [];
    let slaves: Set<number> | undefined;
    r.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = normalizeCell(cellText(cell.value));
      if (cell.isMerged && cell.master !== cell) (slaves ??= new Set()).add(col - 1);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    rows.push({ row: rowNumber, cells, mergedSlaves: slaves });
  });
  return rows;
}

/** UTF-8 (with or without BOM), falling back to GB18030 (a superset of GBK) when not UTF-8. */
export function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

export function readCsv(buffer: Buffer): SheetRow[] {
  const text = decodeText(buffer);
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    cells.push(field);
    field = '';
    if (cells.some((c) => c.trim() !== '')) {
      rows.push({ row: rowStart, cells: cells.map(normalizeCell) });
    }
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowStart = line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) endRow();
  return rows;
}

export type SheetFormat = 'xlsx' | 'csv';

export function formatOf(fileName: string): SheetFormat | undefined {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'xlsx' ? 'xlsx' : ext === 'csv' ? 'csv' : undefined;
}

export async function readSheet(buffer: Buffer, format: SheetFormat): Promise<SheetRow[]> {
  return format === 'xlsx' ? readXlsx(buffer) : readCsv(buffer);
}
