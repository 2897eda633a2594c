import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type {
  PlannerListInput,
  PlannerListQuery as PlannerListResult,
  PlannerListSort,
} from '../__generated__/graphql.ts';
import { authHeaders } from '../auth/session.ts';
import { industryName } from '../i18n/industries.ts';
import { useRequest } from '../use-request.ts';
import { toOrganizationFilter, type ListKey, type ViewState } from '../view/view-state.ts';
import { exportUrl, LIST_SPECS, specOf, type ListColumn } from './list-specs.ts';
import { PlannerListCountsQuery, PlannerListQuery } from './lists-queries.ts';

export type ListRow = PlannerListResult['plannerList']['rows'][number];

/** Rows per page of the table (the export takes every row). */
const PAGE = 50;

function cell(col: ListColumn, r: ListRow, t: TFunction, lang: string) {
  switch (col.key) {
    case 'name':
      return r.workstationName ? (
        <>
          {r.name}
          <div className="muted">{r.workstationName}</div>
        </>
      ) : (
        r.name
      );
    case 'grid':
      return [r.subdistrictName, r.gridName].filter(Boolean).join(' · ');
    case 'industry':
      return r.industry ? industryName(r.industry, lang) : '';
    case 'employees':
      return r.employees ?? '';
    case 'status':
      return r.status ? t(`coverage.${r.status}`) : '';
    case 'branch':
      return (
        <>
          {r.branchName}
          <div className="muted">
            {t('lists.branchDetail', { units: r.branchUnits, room: r.branchRoom })}
            {r.sameIndustry ? ` · ${t('join.sameIndustry')}` : ''}
            {r.otherBranches ? ` · ${othersText(r.otherBranches, t)}` : ''}
          </div>
        </>
      );
    case 'distance':
      return r.distanceM == null ? '' : `${r.distanceM} m`;
    case 'organizations':
      return r.organizations ?? '';
    case 'blankSpots':
      return r.blankSpots ?? '';
    default:
      return '';
  }
}

/** Saves a file fetched with the session's token (a plain link cannot send the header). */
export async function download(url: string, fallbackName: string) {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? res.statusText);
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)/.exec(disposition);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(await res.blob());
  a.download = m ? decodeURIComponent(m[1]!) : fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/**
 * The planner's lists beside the map (issue 15): one tab per list with its count for the scope
 * and filters, a sortable, paged table, a click on a row flies the map there and opens its
 * card, and an export of every row as .xlsx or .csv.
 */
export function ListsDock(props: {
  scope: string;
  view: ViewState;
  onList(list: ListKey): void;
  onPick(row: ListRow): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const spec = specOf(props.view.list);
  const [sort, setSort] = useState<{ by: PlannerListSort; descending: boolean } | null>(null);
  const [after, setAfter] = useState<(string | null)[]>([null]);
  const [exporting, setExporting] = useState<string | null>(null);
  const filter = toOrganizationFilter(props.view.filters);
  const walk = props.view.walk;
  const base: Omit<PlannerListInput, 'list'> = {
    scope: props.scope,
    filter,
    reach: walk ? { walkMinutes: walk } : null,
  };
  const input: PlannerListInput = {
    ...base,
    list: spec.api,
    sort: sort?.by ?? null,
    descending: sort ? sort.descending : null,
  };
  const inputKey = JSON.stringify(input);
  // A new list, scope, filter or order starts at the first page.
  useEffect(() => setAfter([null]), [inputKey]);
  useEffect(() => setSort(null), [spec.key]);
  const counts = useRequest(PlannerListCountsQuery, { input: { ...base, list: spec.api } });
  const page = useRequest(PlannerListQuery, { input, first: PAGE, after: after.at(-1) ?? null });
  const data = page.data?.plannerList;
  const offset = (after.length - 1) * PAGE;

  const onSort = (col: ListColumn) => {
    const by = col.sort;
    if (!by) return;
    setSort((s) => ({ by, descending: s?.by === by ? !s.descending : false }));
  };
  const onExport = (format: 'xlsx' | 'csv') => {
    setExporting(t('lists.exporting'));
    const url = exportUrl(format, {
      list: spec.api,
      scope: props.scope,
      walk,
      sort: sort?.by,
      descending: sort?.descending,
      lang,
      filter,
    });
    download(url, `list.${format}`)
      .then(() => setExporting(null))
      .catch((e: Error) => setExporting(t('lists.exportFailed', { message: e.message })));
  };

  return (
    <section className="lists-dock" data-testid="lists">
      <nav className="list-tabs" role="tablist">
        {LIST_SPECS.map((s) => (
          <button
            key={s.key}
            role="tab"
            data-testid={`list-tab-${s.key}`}
            aria-selected={s.key === spec.key}
            className={s.key === spec.key ? 'active' : ''}
            onClick={() => props.onList(s.key)}
          >
            {t(`lists.tab.${s.key}`)}
            <b data-testid={`list-count-${s.key}`}>
              {s.count == null
                ? s.key === spec.key && data
                  ? data.totalCount.toLocaleString(lang)
                  : '…'
                : counts.data
                  ? counts.data.plannerListCounts[s.count].toLocaleString(lang)
                  : '…'}
            </b>
          </button>
        ))}
      </nav>
      <div className="list-head">
        <span className="muted" data-testid="list-range">
          {data
            ? t('lists.range', {
                from: data.totalCount ? offset + 1 : 0,
                to: offset + data.rows.length,
                total: data.totalCount.toLocaleString(lang),
              })
            : t('app.loading')}
          {spec.key === 'outside' && ` · ${t(walk ? `reach.walk${walk}` : 'reach.own')}`}
          {spec.key === 'join' && ` · ${t('lists.within')}`}
        </span>
        <span className="list-actions">
          <button data-testid="list-export-xlsx" onClick={() => onExport('xlsx')}>
            {t('lists.export')} .xlsx
          </button>
          <button data-testid="list-export-csv" onClick={() => onExport('csv')}>
            .csv
          </button>
        </span>
      </div>
      {exporting && <p className="muted">{exporting}</p>}
      {page.error && <p className="error">{page.error}</p>}
      <div className="list-body">
        <table data-testid="list-table" aria-busy={page.loading}>
          <thead>
            <tr>
              <th className="num">#</th>
              {spec.columns.map((c) => (
                <th
                  key={c.key}
                  className={`${c.numeric ? 'num' : ''} ${c.sort ? 'sortable' : ''}`}
                  data-testid={`list-sort-${c.key}`}
                  onClick={() => onSort(c)}
                  aria-sort={
                    sort && sort.by === c.sort
                      ? sort.descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  {t(c.label)}
                  {sort && sort.by === c.sort ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data?.rows.map((r, i) => (
              <tr key={r.id} data-testid="list-row" data-id={r.id} onClick={() => props.onPick(r)}>
                <td className="num muted">{offset + i + 1}</td>
                {spec.columns.map((c) => (
                  <td key={c.key} className={c.numeric ? 'num' : ''}>
                    {cell(c, r, t, lang)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {data && data.totalCount === 0 && <p className="muted">{t('lists.empty')}</p>}
      </div>
      <div className="list-pager">
        <button
          data-testid="list-prev"
          disabled={after.length <= 1}
          onClick={() => setAfter((a) => a.slice(0, -1))}
        >
          ‹ {t('lists.prev')}
        </button>
        <button
          data-testid="list-next"
          disabled={!data?.pageInfo.hasNextPage}
          onClick={() => data && setAfter((a) => [...a, data.pageInfo.endCursor ?? null])}
        >
          {t('lists.next')} ›
        </button>
      </div>
    </section>
  );
}

/** "4 more nearby", or "4+" at the cap: like the card, the list looks at 5 branches at most. */
function othersText(n: number, t: (k: string, o: { count: number }) => string): string {
  const text = t('lists.others', { count: n });
  return n >= MAX_OTHERS ? text.replace(String(n), `${n}+`) : text;
}
const MAX_OTHERS = 4;
