import {
  COLUMNS,
  matchHeader,
  NO,
  STATUS_LABELS,
  SUB_KIND_LABELS,
  YES,
  type ColumnSpec,
  type FieldKey,
} from './columns.ts';
import { toWgs84, type Crs } from '../geo/index.ts';
import type { LedgerFacts } from '../policy/index.ts';
import { industryFromCell } from './industries.ts';
import { DEFAULT_CELL_CHARS, echo, IMPORT_LIMITS, MAX_CELL_CHARS } from './limits.ts';
import type { SheetRow } from './sheet.ts';
import { usccIssue } from './uscc.ts';

/** Why a row (or the file) was rejected; tests assert on these. */
export const ImportReasons = {
  MISSING_COLUMN: 'MISSING_COLUMN',
  NO_HEADER: 'NO_HEADER',
  REQUIRED: 'REQUIRED',
  USCC_LENGTH: 'USCC_LENGTH',
  USCC_CHARACTER: 'USCC_CHARACTER',
  USCC_CHECKSUM: 'USCC_CHECKSUM',
  DUPLICATE_IN_FILE: 'DUPLICATE_IN_FILE',
  NOT_A_NUMBER: 'NOT_A_NUMBER',
  NOT_AN_INTEGER: 'NOT_AN_INTEGER',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  MEMBERS_EXCEED_EMPLOYEES: 'MEMBERS_EXCEED_EMPLOYEES',
  UNKNOWN_VALUE: 'UNKNOWN_VALUE',
  COORDINATE_PAIR: 'COORDINATE_PAIR',
  OUTSIDE_DISTRICT: 'OUTSIDE_DISTRICT',
  UNKNOWN_BUILDING: 'UNKNOWN_BUILDING',
  AMBIGUOUS_BUILDING: 'AMBIGUOUS_BUILDING',
  UNKNOWN_GRID: 'UNKNOWN_GRID',
  AMBIGUOUS_GRID: 'AMBIGUOUS_GRID',
  NO_PLACE: 'NO_PLACE',
  OUT_OF_SCOPE: 'OUT_OF_SCOPE',
  POINT_NOT_IN_GRID: 'POINT_NOT_IN_GRID',
  CELL_TOO_LONG: 'CELL_TOO_LONG',
  FORMULA_WITHOUT_VALUE: 'FORMULA_WITHOUT_VALUE',
  TOO_MANY_ROWS: 'TOO_MANY_ROWS',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  UNREADABLE_FILE: 'UNREADABLE_FILE',
} as const;
export type ImportReason = (typeof ImportReasons)[keyof typeof ImportReasons];

export interface RowError {
  /** Sheet row number (1-based, as the user sees it); 0 for the file as a whole. */
  row: number;
  /** The column header as in the file (or the standard header of a missing column). */
  column: string;
  reason: ImportReason;
  message: string;
  value?: string;
}

/** What locates a row: checked on every row, also one rejected for other reasons. */
export interface PlaceFacts {
  /** WGS84 after conversion from the file's declared system. */
  point: [number, number] | null;
  building: string | null;
  grid: string | null;
  /** Coordinates were given (even if invalid): a missing place is then not reported again. */
  coordinatesGiven?: boolean;
}

/** A row's values after validation, before its place (building / grid / point) is resolved. */
export interface LedgerValues extends PlaceFacts, LedgerFacts {
  name: string;
  uscc: string;
  category: 'new_economic' | 'new_social';
  affiliation: string | null;
  establishmentDirection: string | null;
  address: string | null;
}
export interface ValidRow {
  row: number;
  values: LedgerValues;
}

export interface HeaderMap {
  headerRow: number;
  columns: Map<FieldKey, { index: number; header: string; unit?: string }>;
}

/**
 * Finds the header row among the first rows (a title row, often a merged cell, may come first):
 * the row matching most known headers. Merged-cell repeats and unknown headers are ignored.
 */
export function findHeader(rows: SheetRow[]): { header?: HeaderMap; errors: RowError[] } {
  let best: HeaderMap | undefined;
  for (const r of rows.slice(0, IMPORT_LIMITS.headerScanRows)) {
    const columns: HeaderMap['columns'] = new Map();
    r.cells.forEach((text, index) => {
      const m = matchHeader(text);
      if (m && !columns.has(m.spec.key))
        columns.set(m.spec.key, { index, header: text, unit: m.unit });
    });
    if (columns.size >= 3 && (!best || columns.size > best.columns.size)) {
      best = { headerRow: r.row, columns };
    }
  }
  if (!best) {
    return {
      errors: [
        {
          row: rows[0]?.row ?? 1,
          column: '',
          reason: 'NO_HEADER',
          message: `未找到表头行 (no header row with the ledger columns in the first ${IMPORT_LIMITS.headerScanRows} rows)`,
        },
      ],
    };
  }
  const missing = COLUMNS.filter((c) => c.required && !best!.columns.has(c.key));
  return {
    header: best,
    errors: missing.map((c: ColumnSpec) => ({
      row: best!.headerRow,
      column: c.header,
      reason: 'MISSING_COLUMN' as const,
      message: `缺少必填列「${c.header}」 (required column missing)`,
    })),
  };
}

const INT = /^-?\d+(\.0+)?$/;
const NUM = /^-?\d+(\.\d+)?$/;

export interface CheckedRow {
  row: number;
  /** Present when the row has no error so far. */
  values?: LedgerValues;
  /** The credit code as written (upper-cased), when given: for duplicates and the write scope. */
  uscc: string | null;
  place: PlaceFacts;
  errors: RowError[];
}

/**
 * Validates one data row; the place (building, grid, point inside the district) comes later.
 * Every check runs, so a rejected row lists all its reasons (issue 11, item 8); a cell too long
 * or a formula without a value is reported once and its other checks are skipped.
 */
export function validateRow(r: SheetRow, header: HeaderMap, crs: Crs): CheckedRow {
  const errors: RowError[] = [];
  const col = (k: FieldKey) => header.columns.get(k);
  const broken = new Set<FieldKey>();
  for (const [k, c] of header.columns) {
    const cell = r.cells[c.index] ?? '';
    const length = r.long?.get(c.index) ?? cell.length;
    const max = (MAX_CELL_CHARS as Partial<Record<FieldKey, number>>)[k] ?? DEFAULT_CELL_CHARS;
    if (r.formulas?.has(c.index)) {
      broken.add(k);
      errors.push({
        row: r.row,
        column: c.header,
        reason: 'FORMULA_WITHOUT_VALUE',
        message:
          '公式没有计算结果, 请在 Excel 中打开并保存后再导入 (formula without a cached value)',
      });
    } else if (length > max) {
      broken.add(k);
      errors.push({
        row: r.row,
        column: c.header,
        reason: 'CELL_TOO_LONG',
        message: `超过${max}个字符 (longer than ${max} characters): ${length}`,
        value: echo(cell, length),
      });
    }
  }
  const raw = (k: FieldKey) => {
    const c = col(k);
    return c && !broken.has(k) ? (r.cells[c.index] ?? '') : '';
  };
  const fail = (k: FieldKey, reason: ImportReason, message: string) => {
    if (broken.has(k)) return;
    errors.push({ row: r.row, column: col(k)?.header ?? k, reason, message, value: echo(raw(k)) });
  };
  const text = (k: FieldKey, required = false) => {
    const v = raw(k);
    if (v === '' && required) fail(k, 'REQUIRED', '必填 (required)');
    return v === '' ? null : v;
  };
  const int = (k: FieldKey, min: number, max: number, required = false): number | null => {
    const v = raw(k).replace(/[,\s]/g, '');
    if (v === '') {
      if (required) fail(k, 'REQUIRED', '必填 (required)');
      return null;
    }
    if (!NUM.test(v)) return (fail(k, 'NOT_A_NUMBER', `不是数字 (not a number): ${echo(v)}`), null);
    if (!INT.test(v)) return (fail(k, 'NOT_AN_INTEGER', `须为整数 (not a whole number)`), null);
    const n = Number(v);
    if (n < min || n > max) return (fail(k, 'OUT_OF_RANGE', `须在 ${min}..${max} 之间`), null);
    return n;
  };
  const bool = (k: FieldKey) => {
    const v = raw(k).toLowerCase();
    if (YES.has(v)) return true;
    if (!NO.has(v)) fail(k, 'UNKNOWN_VALUE', `应为 是/否 (yes/no): ${echo(raw(k))}`);
    return false;
  };

  const name = text('name', true);
  const uscc = raw('uscc').toUpperCase();
  if (uscc === '') fail('uscc', 'REQUIRED', '必填 (required)');
  else {
    const issue = usccIssue(uscc);
    if (issue) fail('uscc', issue.reason, issue.message);
  }
  const kindText = raw('subKind');
  const subKind =
    SUB_KIND_LABELS[kindText] ??
    (Object.values(SUB_KIND_LABELS).includes(kindText) ? kindText : undefined);
  if (kindText === '') fail('subKind', 'REQUIRED', '必填 (required)');
  else if (!subKind) fail('subKind', 'UNKNOWN_VALUE', `未知类型 (unknown type): ${echo(kindText)}`);
  const industryText = raw('industry');
  const industry = industryText === '' ? 'other' : industryFromCell(industryText);
  // the closest known labels are added to the reported errors only (import.ts): computing them
  // for every row of a large file would cost more than the import
  if (!industry)
    fail('industry', 'UNKNOWN_VALUE', `未知行业 (unknown industry): ${echo(industryText)}`);
  const statusText = raw('status');
  const status = statusText === '' ? 'operating' : STATUS_LABELS[statusText];
  if (!status)
    fail('status', 'UNKNOWN_VALUE', `未知经营状态 (unknown status): ${echo(statusText)}`);

  const employees = int('employees', 0, 1_000_000, true);
  const partyMembers = int('partyMembers', 0, 1_000_000) ?? 0;
  if (employees !== null && partyMembers > Math.max(employees, 1)) {
    fail(
      'partyMembers',
      'MEMBERS_EXCEED_EMPLOYEES',
      `党员数${partyMembers}超过从业人员数${employees}`,
    );
  }
  let revenueYuan: number | null = null;
  const rev = raw('revenueYuan').replace(/[,\s]/g, '');
  if (rev !== '') {
    const scale = col('revenueYuan')?.unit?.includes('万') ? 10_000 : 1;
    if (!NUM.test(rev))
      fail('revenueYuan', 'NOT_A_NUMBER', `不是数字 (not a number): ${echo(rev)}`);
    else if (Number(rev) < 0 || Number(rev) * scale > 1e13)
      fail('revenueYuan', 'OUT_OF_RANGE', '须在 0..10^13 元之间');
    else revenueYuan = Math.round(Number(rev) * scale);
  }
  const memberUnits = int('memberUnits', 0, 1_000_000);
  const activists = int('activists', 0, 1_000_000) ?? 0;

  let point: [number, number] | null = null;
  const lonText = raw('lon');
  const latText = raw('lat');
  const coordErrors = errors.length;
  if ((lonText === '') !== (latText === '')) {
    fail(lonText === '' ? 'lon' : 'lat', 'COORDINATE_PAIR', '经度和纬度须同时填写 (give both)');
  } else if (lonText !== '') {
    const lon = Number(lonText);
    const lat = Number(latText);
    if (!NUM.test(lonText)) fail('lon', 'NOT_A_NUMBER', `不是数字: ${echo(lonText)}`);
    else if (lon < 73 || lon > 136) fail('lon', 'OUT_OF_RANGE', '经度须在 73..136 之间 (China)');
    if (!NUM.test(latText)) fail('lat', 'NOT_A_NUMBER', `不是数字: ${echo(latText)}`);
    else if (lat < 3 || lat > 54) fail('lat', 'OUT_OF_RANGE', '纬度须在 3..54 之间 (China)');
    if (errors.length === coordErrors) point = toWgs84(lon, lat, crs);
  }
  const ownerIsMember = bool('ownerIsMember');
  const hasTradeUnion = bool('hasTradeUnion');
  const hasYouthLeague = bool('hasYouthLeague');
  const hasWomensFederation = bool('hasWomensFederation');
  const place: PlaceFacts = {
    point,
    building: text('building'),
    grid: text('grid'),
    coordinatesGiven: broken.has('lon') || broken.has('lat') || lonText !== '' || latText !== '',
  };
  const checked = { row: r.row, uscc: uscc === '' ? null : uscc, place, errors };
  if (errors.length > 0) return checked;
  const economic = subKind === 'non_public_enterprise' || subKind === 'individual_business';
  return {
    ...checked,
    values: {
      ...place,
      name: name!,
      uscc,
      subKind: subKind!,
      category: economic ? 'new_economic' : 'new_social',
      industry: industry!,
      status: status!,
      employees: employees!,
      partyMembers,
      revenueYuan,
      memberUnits,
      ownerIsMember,
      hasTradeUnion,
      hasYouthLeague,
      hasWomensFederation,
      activists,
      affiliation: text('affiliation'),
      establishmentDirection: text('establishmentDirection'),
      address: text('address'),
    },
  };
}
