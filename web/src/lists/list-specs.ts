import type { PlannerList, PlannerListSort } from '../__generated__/graphql.ts';
import type { ListKey } from '../view/view-state.ts';

/** A column of a list as the table shows it; `sort` when the server can order by it. */
export interface ListColumn {
  key: string;
  /** i18n key of the header. */
  label: string;
  sort?: PlannerListSort;
  numeric?: boolean;
}

export interface ListSpec {
  key: ListKey;
  api: PlannerList;
  /** The field of plannerListCounts that counts it. */
  /** null: counted only when the list is open (its total). */
  count: 'blankSpots' | 'gaps' | 'workstations' | 'outsideCenters' | null;
  columns: ListColumn[];
}

const NAME: ListColumn = { key: 'name', label: 'lists.col.name', sort: 'NAME' };
const GRID: ListColumn = { key: 'grid', label: 'lists.col.grid', sort: 'GRID' };
const INDUSTRY: ListColumn = { key: 'industry', label: 'lists.col.industry' };
const EMPLOYEES: ListColumn = {
  key: 'employees',
  label: 'lists.col.employees',
  sort: 'EMPLOYEES',
  numeric: true,
};
const ORG = [NAME, GRID, INDUSTRY, EMPLOYEES];

/** The lists in the order of their tabs; columns as the export's (server/src/lists). */
export const LIST_SPECS: ListSpec[] = [
  { key: 'blank', api: 'BLANK_SPOTS', count: 'blankSpots', columns: ORG },
  {
    key: 'gaps',
    api: 'GAPS',
    count: 'gaps',
    columns: [...ORG, { key: 'status', label: 'lists.col.status' }],
  },
  {
    key: 'join',
    api: 'JOIN_CANDIDATES',
    count: null,
    columns: [
      NAME,
      GRID,
      { key: 'branch', label: 'lists.col.branch' },
      { key: 'distance', label: 'lists.col.distance', sort: 'DISTANCE', numeric: true },
    ],
  },
  {
    key: 'ws',
    api: 'WORKSTATIONS',
    count: 'workstations',
    columns: [
      NAME,
      GRID,
      {
        key: 'organizations',
        label: 'lists.col.organizations',
        sort: 'ORGANIZATIONS',
        numeric: true,
      },
      { key: 'blankSpots', label: 'lists.col.blankSpots', sort: 'BLANK_SPOTS', numeric: true },
    ],
  },
  { key: 'outside', api: 'OUTSIDE_CENTERS', count: 'outsideCenters', columns: ORG },
];

export const specOf = (key: ListKey): ListSpec => LIST_SPECS.find((s) => s.key === key)!;

/** The export's URL for a list (GET /lists/export.xlsx|csv, server/src/lists/lists.routes.ts). */
export function exportUrl(
  format: 'xlsx' | 'csv',
  args: {
    list: PlannerList;
    scope: string;
    walk: number;
    sort?: PlannerListSort | null;
    descending?: boolean | null;
    lang: string;
    filter: object | null;
  },
): string {
  const q = new URLSearchParams({ list: args.list, scope: args.scope, lang: args.lang });
  if (args.walk) q.set('walk', String(args.walk));
  if (args.sort) q.set('sort', args.sort);
  if (args.descending != null) q.set('desc', args.descending ? '1' : '0');
  if (args.filter) q.set('filter', JSON.stringify(args.filter));
  return `/lists/export.${format}?${q.toString()}`;
}
