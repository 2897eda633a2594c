import { sql, type SQL } from 'drizzle-orm';
import type { PlannerList, PlannerListSort } from '../__generated__/resolvers.ts';
import { badInput, Reasons } from '../errors.ts';

/** The lists of schema/lists.graphql (internal, lower-case enum values). */
export type ListKind = PlannerList;
export type ListSort = PlannerListSort;

export const LIST_KINDS: readonly ListKind[] = [
  'blank_spots',
  'gaps',
  'join_candidates',
  'workstations',
  'outside_centers',
];

export const LIST_REASONS = {
  /** A sort key the list has no column for (DISTANCE on blank spots, ...). */
  UNSUPPORTED_SORT: 'UNSUPPORTED_SORT',
  /** No profile has been evaluated yet: the lists read its coverage. */
  NOT_EVALUATED: 'NOT_EVALUATED',
} as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    lists: (typeof LIST_REASONS)[keyof typeof LIST_REASONS];
  }
}

const ORG_SORTS: ListSort[] = ['grid', 'name', 'employees'];

/** Which sorts each list offers, its default first, and whether that default runs descending. */
const SORTS: Record<ListKind, { keys: ListSort[]; descending: boolean }> = {
  blank_spots: { keys: ORG_SORTS, descending: false },
  gaps: { keys: ORG_SORTS, descending: false },
  join_candidates: { keys: ['distance', ...ORG_SORTS], descending: false },
  workstations: { keys: ['blank_spots', 'organizations', 'name', 'grid'], descending: true },
  outside_centers: { keys: ORG_SORTS, descending: false },
};

const ORDER: Record<ListSort, string[]> = {
  name: ['x.name'],
  grid: ['x.subdistrict_name', 'x.grid_name', 'x.name'],
  employees: ['x.employees'],
  distance: ['x.distance_m'],
  organizations: ['x.organizations'],
  blank_spots: ['x.blank_spots'],
};

/** The ORDER BY of a list (without the id tie-break); an unsupported key is BAD_USER_INPUT. */
export function orderFor(
  kind: ListKind,
  sort: ListSort | null | undefined,
  descending: boolean | null | undefined,
): SQL {
  const spec = SORTS[kind];
  const key = sort ?? spec.keys[0]!;
  if (!spec.keys.includes(key)) {
    throw badInput(
      'input.sort',
      LIST_REASONS.UNSUPPORTED_SORT,
      `${kind.toUpperCase()} sorts by ${spec.keys.map((k) => k.toUpperCase()).join(', ')}`,
    );
  }
  const desc = descending ?? (sort == null ? spec.descending : false);
  const dir = desc ? 'DESC NULLS LAST' : 'ASC NULLS LAST';
  return sql.raw(ORDER[key].map((c) => `${c} ${dir}`).join(', '));
}

/** JOIN_CANDIDATES' reach: how far a branch may be (metres). */
export const MAX_JOIN_METERS = 5000;

export function checkWithinMeters(m: number | null | undefined): number {
  const v = m ?? 1000;
  if (!Number.isInteger(v) || v < 1 || v > MAX_JOIN_METERS) {
    throw badInput(
      'input.withinMeters',
      Reasons.OUT_OF_RANGE,
      `must be an integer in 1..${MAX_JOIN_METERS}`,
    );
  }
  return v;
}
