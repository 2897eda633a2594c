import ExcelJS from 'exceljs';
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { OrganizationFilter, PlannerListInput } from '../__generated__/resolvers.ts';
import { authenticate } from '../auth/authenticate.ts';
import { requireSignedIn } from '../auth/authorize.ts';
import type { Database } from '../db/client.ts';
import { badInput, Reasons } from '../errors.ts';
import { createContext } from '../graphql/context.ts';
import { INDUSTRIES } from '../ledger/industries.ts';
import { limits } from '../limits.ts';
import { LIST_KINDS, type ListKind, type ListSort } from './list-kinds.ts';
import { plannerRows, type PlannerRow } from './planner-lists.ts';

/**
 * GET /lists/export.xlsx (or .csv)?list=BLANK_SPOTS&scope=Subdistrict:1 with the optional
 * walk, within, sort, desc=1, lang=en, profile and filter (the OrganizationFilter as JSON): the
 * rows of plannerList, every page, as a file with the columns the panel shows. Written as it is
 * read, a page at a time (streamed for large scopes). Bearer session as for /graphql.
 */
export type Lang = 'zh' | 'en';
/** A column of an exported sheet: its header in both languages and how a row fills it. */
export interface Column<R = PlannerRow> {
  zh: string;
  en: string;
  width: number;
  value(r: R, lang: Lang): string | number | null;
}

const STATUS: Record<string, Record<Lang, string>> = {
  blank_spot: { zh: '空白点', en: 'blank spot' },
  gap: { zh: '未达标', en: 'gap' },
  work: { zh: '工作覆盖', en: 'work coverage' },
  organizational: { zh: '组织覆盖', en: 'organizational coverage' },
  inactive: { zh: '不计入', en: 'not counted' },
};
const industry = (code: string | null, lang: Lang) =>
  code == null
    ? null
    : lang === 'zh'
      ? (INDUSTRIES[code as keyof typeof INDUSTRIES] ?? code)
      : code.replaceAll('_', ' ');

export const col = <R = PlannerRow>(
  zh: string,
  en: string,
  width: number,
  value: Column<R>['value'],
): Column<R> => ({
  zh,
  en,
  width,
  value,
});
const NAME = col('名称', 'Name', 36, (r) => r.name);
const PLACE = [
  col('街道/镇', 'Subdistrict', 14, (r) => r.subdistrictName),
  col('网格', 'Grid', 16, (r) => r.gridName),
  col('地址', 'Address', 30, (r) => r.address),
];
const ORG = [
  NAME,
  ...PLACE,
  col('行业', 'Industry', 14, (r, l) => industry(r.industry, l)),
  col('从业人员数', 'Employees', 10, (r) => r.employees),
  col('覆盖状态', 'Coverage', 12, (r, l) =>
    r.status ? (STATUS[r.status]?.[l] ?? r.status) : null,
  ),
];
const LONLAT = [
  col('经度', 'Longitude', 11, (r) => r.lon),
  col('纬度', 'Latitude', 11, (r) => r.lat),
];

/** Each list's file: its title (the file's and sheet's name), its columns in the panel's order. */
const LIST_FILES: Record<ListKind, { title: Record<Lang, string>; columns: Column[] }> = {
  blank_spots: { title: { zh: '空白点', en: 'Blank spots' }, columns: [...ORG, ...LONLAT] },
  gaps: { title: { zh: '未达标', en: 'Gaps' }, columns: [...ORG, ...LONLAT] },
  outside_centers: {
    title: { zh: '服务圈外', en: 'Outside every circle' },
    columns: [...ORG, ...LONLAT],
  },
  join_candidates: {
    title: { zh: '可加入联合党支部', en: 'Could join a joint branch' },
    columns: [
      ...ORG,
      col('可加入的联合党支部', 'Joint branch to join', 40, (r) => r.branchName),
      col('距离(米)', 'Distance (m)', 10, (r) => r.distanceM),
      col('同行业', 'Same industry', 8, (r, l) =>
        r.sameIndustry == null
          ? null
          : r.sameIndustry
            ? l === 'zh'
              ? '是'
              : 'yes'
            : l === 'zh'
              ? '否'
              : 'no',
      ),
      col('现有单位数', 'Units now', 10, (r) => r.branchUnits),
      col('尚可加入', 'Room left', 10, (r) => r.branchRoom),
      col('其他可选支部', 'Other branches', 10, (r) => r.otherBranches),
      ...LONLAT,
    ],
  },
  workstations: {
    title: { zh: '楼宇工作站', en: 'Workstations' },
    columns: [
      col('楼宇', 'Building', 30, (r) => r.name),
      col('工作站', 'Workstation', 30, (r) => r.workstationName),
      ...PLACE,
      col('组织数', 'Organizations', 10, (r) => r.organizations),
      col('空白点', 'Blank spots', 10, (r) => r.blankSpots),
      ...LONLAT,
    ],
  },
};

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** The request's query string as the list's input; a bad value is BAD_USER_INPUT. */
function inputOf(req: Request): PlannerListInput {
  const list = str(req.query.list)?.toLowerCase() as ListKind | undefined;
  if (!list || !LIST_KINDS.includes(list)) {
    throw badInput('list', Reasons.OUT_OF_RANGE, `list must be one of ${LIST_KINDS.join(', ')}`);
  }
  const int = (v: unknown) => (str(v) == null ? undefined : Number(v));
  let filter: OrganizationFilter | undefined;
  const f = str(req.query.filter);
  if (f) {
    try {
      filter = JSON.parse(f) as OrganizationFilter;
    } catch {
      throw badInput('filter', Reasons.OUT_OF_RANGE, 'filter must be JSON');
    }
  }
  const walk = int(req.query.walk);
  return {
    list,
    scope: str(req.query.scope) ?? '',
    filter,
    reach: walk ? { walkMinutes: walk } : null,
    withinMeters: int(req.query.within),
    sort: str(req.query.sort)?.toLowerCase() as ListSort | undefined,
    descending: req.query.desc === '1' ? true : req.query.desc === '0' ? false : undefined,
    profileKey: str(req.query.profile),
  };
}

const csvCell = (v: string | number | null) => {
  if (v == null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** The signed-in caller's context of an export request (Bearer session as for /graphql). */
export async function exportContext(database: Database, req: Request) {
  const auth = await authenticate(database, req.headers.authorization);
  const ctx = createContext(database, auth?.user ?? null, auth?.sessionId);
  requireSignedIn(ctx);
  return ctx;
}

/** Starts a streamed .xlsx answer named `name` (sheets are added and committed in turn). */
export function xlsxAnswer(res: Response, name: string, asciiName = 'export.xlsx') {
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
  res.setHeader(
    'Content-Type',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  return new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false });
}

/** A sheet of `book` with the columns' headers (bold) in `lang`. */
export function addSheet<R>(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  title: string,
  columns: Column<R>[],
  lang: Lang,
) {
  const sheet = book.addWorksheet(title);
  sheet.columns = columns.map((c) => ({ header: c[lang], width: c.width }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}

/** An export route: errors before the first byte answer as JSON with the code's HTTP status. */
export function exportRoute(handler: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (e) {
      const code =
        e instanceof GraphQLError
          ? String(e.extensions.code ?? 'INTERNAL_SERVER_ERROR')
          : 'INTERNAL_SERVER_ERROR';
      const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 }[code] ?? 500;
      if (res.headersSent) return void res.destroy(e as Error);
      res.status(status).json({
        error: {
          code,
          message: status === 500 ? 'internal error' : (e as Error).message,
          ...(e instanceof GraphQLError && e.extensions.field
            ? { field: e.extensions.field, reason: e.extensions.reason }
            : {}),
        },
      });
    }
  };
}

async function exportList(database: Database, req: Request, res: Response, format: 'xlsx' | 'csv') {
  await exportContext(database, req);
  const input = inputOf(req);
  const lang: Lang = req.query.lang === 'en' ? 'en' : 'zh';
  const { title, columns } = LIST_FILES[input.list];
  const page = limits().maxPageSize;
  // The first page before any header goes out: a bad argument still answers with JSON.
  let next = await plannerRows(database, input, 0, page);
  const name = `${title[lang]}.${format}`;
  const values = (r: PlannerRow) => columns.map((c) => c.value(r, lang));
  if (format === 'csv') {
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="list.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    // A BOM, so that Excel reads the Chinese as UTF-8.
    res.write(`\uFEFF${columns.map((c) => csvCell(c[lang])).join(',')}\r\n`);
  }
  const book = format === 'xlsx' ? xlsxAnswer(res, name, 'list.xlsx') : null;
  const sheet = book && addSheet(book, title[lang], columns, lang);
  for (let offset = 0; ;) {
    for (const r of next.rows) {
      if (sheet) sheet.addRow(values(r)).commit();
      else res.write(`${values(r).map(csvCell).join(',')}\r\n`);
    }
    if (!next.more) break;
    offset += next.rows.length;
    next = await plannerRows(database, input, offset, page);
  }
  if (sheet && book) {
    sheet.commit();
    await book.commit();
  } else res.end();
}

export function registerListRoutes(app: Express, database: Database): void {
  for (const format of ['xlsx', 'csv'] as const) {
    app.get(
      `/lists/export.${format}`,
      exportRoute((req, res) => exportList(database, req, res, format)),
    );
  }
}
