import type ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { IMPORT_LIMITS } from './limits.ts';

/**
 * Reads a ledger file (.xlsx with exceljs's streaming reader, .csv by a small RFC 4180 parser that
 * also takes the GBK files Excel writes on Chinese Windows) into rows of cleaned text cells, with
 * the 1-based sheet row number kept for the report. Cells are normalized once here: full-width
 * characters to half-width, surrounding (also non-breaking / ideographic) spaces trimmed.
 *
 * Bounded (limits.ts): reading stops after `maxRows` non-empty rows (`truncated` says more
 * followed), a cell keeps at most `maxReadCellChars` characters (its full length is kept for the
 * report), and an .xlsx whose entries inflate beyond `maxUncompressedBytes` is not read at all.
 * Merged cells need no special case when streaming: Excel stores a merged range's value in its
 * first cell and leaves the others empty.
 */
export interface SheetRow {
  /** Row number as the user sees it in the spreadsheet (1-based). */
  row: number;
  cells: string[];
  /** Columns whose cell was longer than `maxReadCellChars`: its full length. */
  long?: Map<number, number>;
  /** Columns holding a formula without a cached value (the file was never opened in Excel). */
  formulas?: Set<number>;
}

export interface Sheet {
  rows: SheetRow[];
  /** More non-empty rows followed the last one read. */
  truncated: boolean;
}

/** A file that cannot be read at all (reason constants as in the row report). */
export class SheetError extends Error {
  constructor(
    readonly reason: 'UNREADABLE_FILE' | 'FILE_TOO_LARGE',
    message: string,
  ) {
    super(message);
  }
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

/** A formula cell whose cached result is missing. */
const NO_VALUE = Symbol('formula without value');

function cellText(value: ExcelJS.CellValue): string | typeof NO_VALUE {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined || result === null ? NO_VALUE : cellText(result);
    }
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return '';
}

/** Collects cleaned cells of one row, bounding each cell's length. */
class RowBuilder {
  cells: string[] = [];
  long?: Map<number, number>;
  formulas?: Set<number>;
  set(index: number, text: string | typeof NO_VALUE) {
    if (text === NO_VALUE) {
      (this.formulas ??= new Set()).add(index);
      this.cells[index] = '';
      return;
    }
    const max = IMPORT_LIMITS.maxReadCellChars;
    if (text.length > max) (this.long ??= new Map()).set(index, text.length);
    this.cells[index] = normalizeCell(text.length > max ? text.slice(0, max) : text);
  }
  build(row: number): SheetRow | undefined {
    for (let i = 0; i < this.cells.length; i++) this.cells[i] ??= '';
    if (!this.formulas && this.cells.every((c) => c === '')) return undefined;
    return { row, cells: this.cells, long: this.long, formulas: this.formulas };
  }
}

/**
 * Sum of the uncompressed sizes in a zip's central directory (undefined when it is not a zip);
 * Infinity for zip64 entries, which no honest ledger needs.
 */
export function zipUncompressedBytes(buf: Buffer): number | undefined {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return undefined;
    const size = buf.readUInt32LE(p + 24);
    if (size === 0xffffffff) return Infinity;
    total += size;
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return total;
}

/**
 * exceljs 4.4.0's streaming reader is used for its cell parsing only; this module drives it.
 * - Its own zip loop (unzipper's forward `Parse` through exceljs's `iterateStream`) drops entries
 *   under CPU load: one read in a few hundred came back with no rows, or failed on a workbook.xml
 *   it never saw ("reading 'sheets'"). The parts are read here from the zip's central directory
 *   instead (unzipper's `Open.buffer`, random access), in the order the parser needs them:
 *   relationships, workbook, styles, shared strings, then the first sheet, streamed.
 * - It decodes each zip chunk on its own, so a Chinese character split across two chunks comes out
 *   as two U+FFFD (空港大街 read as 空港��街 in a 400-row export): the sheet is handed text decoded
 *   across chunk boundaries instead (its parser takes strings as they are).
 * Internals of exceljs, pinned at 4.4.0; tests/api/ledger-export.test.ts (round trip) and
 * tests/api/ledger-fuzz.test.ts fail if this breaks.
 */
interface ReaderInternals {
  model?: { sheets?: { rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(
    chunks: AsyncIterable<string>,
    sheetNo: string,
  ): Iterable<{ eventType: string; value: AsyncIterable<ExcelJS.Row> }>;
}
async function* utf8(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const c of chunks)
    yield typeof c === 'string' ? c : decoder.decode(c, { stream: true });
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}
type Libraries = [typeof ExcelJS, typeof import('unzipper')];
let libraries: Promise<Libraries> | undefined;
/** exceljs takes ~0.6 s to load: loaded with the first spreadsheet, not at server start (issue 10). */
function loadLibraries(): Promise<Libraries> {
  return (libraries ??= Promise.all([
    import('exceljs').then((m) => m.default),
    import('unzipper'),
  ]));
}

/** The rows of the workbook's first sheet (in the workbook's order, not the zip's). */
async function* firstSheetRows(buffer: Buffer): AsyncGenerator<ExcelJS.Row> {
  const [X, unzipper] = await loadLibraries();
  const zip = await unzipper.Open.buffer(buffer);
  const entry = (path: string) => zip.files.find((f) => f.path === path && f.type === 'File');
  const whole = async (path: string) => {
    const f = entry(path);
    return f ? Readable.from([await f.buffer()]) : undefined;
  };
  const reader = new X.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // dates are told from numbers by their number format
    entries: 'ignore',
  }) as unknown as ReaderInternals;
  const rels = await whole('xl/_rels/workbook.xml.rels');
  const book = await whole('xl/workbook.xml');
  if (!rels || !book) throw new Error('no workbook.xml in the file');
  await reader._parseRels(rels);
  await reader._parseWorkbook(book);
  const styles = await whole('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);
  const strings = await whole('xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(strings));
  const rId = reader.model?.sheets?.[0]?.rId;
  const target = reader.workbookRels?.find((r) => r.Id === rId)?.Target ?? '';
  const sheetNo = /^(?:\/?xl\/)?worksheets\/sheet(\d+)\.xml$/.exec(target)?.[1];
  const sheet = sheetNo && entry(`xl/worksheets/sheet${sheetNo}.xml`);
  if (!sheet) throw new Error('the workbook has no worksheet');
  const stream = sheet.stream();
  try {
    for (const { eventType, value } of reader._parseWorksheet(utf8(stream), sheetNo)) {
      if (eventType === 'worksheet') yield* value;
    }
  } finally {
    stream.destroy();
  }
}

export async function readXlsx(buffer: Buffer, maxRows: number): Promise<Sheet> {
  const inflated = zipUncompressedBytes(buffer);
  if (inflated === undefined) throw new SheetError('UNREADABLE_FILE', 'not an .xlsx (zip) file');
  if (inflated > IMPORT_LIMITS.maxUncompressedBytes) {
    throw new SheetError(
      'FILE_TOO_LARGE',
      `unpacks to more than ${IMPORT_LIMITS.maxUncompressedBytes / 2 ** 20} MB`,
    );
  }
  const rows: SheetRow[] = [];
  let truncated = false;
  try {
    for await (const r of firstSheetRows(buffer)) {
      const b = new RowBuilder();
      r.eachCell({ includeEmpty: false }, (cell, col) => b.set(col - 1, cellText(cell.value)));
      const row = b.build(r.number);
      if (!row) continue;
      if (rows.length >= maxRows) {
        truncated = true;
        break;
      }
      rows.push(row);
    }
  } catch (e) {
    throw new SheetError('UNREADABLE_FILE', `cannot read the .xlsx: ${(e as Error).message}`);
  }
  return { rows, truncated };
}

/** UTF-8 (with or without BOM), falling back to GB18030 (a superset of GBK) when not UTF-8. */
export function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

export function readCsv(buffer: Buffer, maxRows = Infinity): Sheet {
  const text = decodeText(buffer);
  const rows: SheetRow[] = [];
  const max = IMPORT_LIMITS.maxReadCellChars;
  let b = new RowBuilder();
  let field = '';
  let fieldLength = 0;
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  let truncated = false;
  const endField = () => {
    const index = b.cells.length;
    b.set(index, field);
    if (fieldLength > field.length) b.long!.set(index, fieldLength);
    field = '';
    fieldLength = 0;
  };
  const add = (ch: string) => {
    if (fieldLength++ < max) field += ch;
    else if (fieldLength === max + 1) field += ch; // one over: RowBuilder notes it as long
  };
  const endRow = () => {
    endField();
    const row = b.build(rowStart);
    b = new RowBuilder();
    if (!row) return true;
    if (rows.length >= maxRows) return ((truncated = true), false);
    rows.push(row);
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          add('"');
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        add(ch);
      }
    } else if (ch === '"' && fieldLength === 0) quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (!endRow()) break;
      line++;
      rowStart = line;
    } else add(ch);
  }
  if (!truncated && (fieldLength > 0 || b.cells.length > 0)) endRow();
  return { rows, truncated };
}

export type SheetFormat = 'xlsx' | 'csv';

export function formatOf(fileName: string): SheetFormat | undefined {
  const ext = fileName.toLowerCase().split('.').pop();
  return ext === 'xlsx' ? 'xlsx' : ext === 'csv' ? 'csv' : undefined;
}

/** Reads at most `maxRows` non-empty rows (default: the header scan plus the data row cap). */
export async function readSheet(
  buffer: Buffer,
  format: SheetFormat,
  maxRows = IMPORT_LIMITS.headerScanRows + IMPORT_LIMITS.maxDataRows,
): Promise<Sheet> {
  if (buffer.length > IMPORT_LIMITS.maxFileBytes) {
    throw new SheetError(
      'FILE_TOO_LARGE',
      `file larger than ${IMPORT_LIMITS.maxFileBytes / 2 ** 20} MB (${buffer.length} bytes)`,
    );
  }
  return format === 'xlsx' ? readXlsx(buffer, maxRows) : readCsv(buffer, maxRows);
}
