import type { StoredProfile } from './profiles.store.ts';
import type { Scope } from './scope.ts';
import { COUNT_FIELDS, type AggRow } from './summary.sql.ts';
import { distanceToTarget, type TargetResult } from './targets.ts';

type Counts = Record<(typeof COUNT_FIELDS)[number], number>;

export interface Breakdown extends Counts {
  category: AggRow['category'];
  subKind: AggRow['subKind'] | null;
  organizationalRate: number | null;
}

/** What `CoverageSummary` resolves from; `jointOverLimit` and `instructorsAssigned` load lazily. */
export interface SummaryModel extends Counts {
  profile: string;
  stored: StoredProfile;
  scope: Scope;
  organizationalRate: number | null;
  workRate: number | null;
  blankArea: boolean;
  byCategory: Breakdown[];
  bySubKind: Breakdown[];
  sizeClasses: {
    key: string;
    label: { zh: string; en: string };
    total: number;
    organizational: number;
  }[];
  targets: TargetResult[];
  instructorsNeeded: number | null;
  /** Counted over the organizations an OrganizationFilter keeps. */
  filtered: boolean;
}

const zero = (): Counts => Object.fromEntries(COUNT_FIELDS.map((f) => [f, 0])) as Counts;
const add = (into: Counts, r: Counts) => {
  for (const f of COUNT_FIELDS) into[f] += r[f];
};
const rate = (num: number, den: number) => (den > 0 ? num / den : null);

function groupBy(
  rows: AggRow[],
  key: (r: AggRow) => string,
): Map<string, { first: AggRow; c: Counts }> {
  const m = new Map<string, { first: AggRow; c: Counts }>();
  for (const r of rows) {
    const k = key(r);
    const e = m.get(k) ?? { first: r, c: zero() };
    add(e.c, r);
    m.set(k, e);
  }
  return m;
}

/** Builds a summary from the area's counts; pure, so the arithmetic is unit-tested. */
export function buildSummary(
  stored: StoredProfile,
  scope: Scope,
  rows: AggRow[],
  partyOrgCount: number | null,
): SummaryModel {
  const doc = stored.document;
  const all = zero();
  for (const r of rows) add(all, r);
  const breakdown = (key: (r: AggRow) => string, withSubKind: boolean) =>
    [...groupBy(rows, key).values()]
      .map(({ first, c }) => ({
        ...c,
        category: first.category,
        subKind: withSubKind ? first.subKind : null,
        organizationalRate: rate(c.organizational, c.total),
      }))
      .sort((a, b) => `${a.category}${a.subKind}`.localeCompare(`${b.category}${b.subKind}`));
  const targets = doc.targets.map((t) => {
    const inScope = rows.filter(
      (r) =>
        (!t.scope.categories || t.scope.categories.includes(r.category)) &&
        (!t.scope.subKinds || t.scope.subKinds.includes(r.subKind)),
    );
    const c = zero();
    for (const r of inScope) add(c, r);
    if (t.metric === 'party_organizations') return distanceToTarget(t, partyOrgCount ?? 0, null);
    if (t.metric === 'work_rate_of_uncovered')
      return distanceToTarget(t, c.work, c.total - c.organizational);
    return distanceToTarget(t, c.organizational, c.total);
  });
  const sizeClasses = doc.sizeClasses.map((sc) => {
    const c = zero();
    for (const r of rows) if (r.sizeClass === sc.key) add(c, r);
    return { key: sc.key, label: sc.label, total: c.total, organizational: c.organizational };
  });
  const uncovered = all.total - all.organizational;
  return {
    ...all,
    profile: stored.key,
    stored,
    scope,
    organizationalRate: rate(all.organizational, all.total),
    workRate: rate(all.work, uncovered),
    blankArea: all.total > 0 && all.blankSpots === all.total,
    byCategory: breakdown((r) => r.category, false),
    bySubKind: breakdown((r) => `${r.category}|${r.subKind}`, true),
    sizeClasses,
    targets,
    instructorsNeeded: doc.orgsPerInstructor ? Math.ceil(uncovered / doc.orgsPerInstructor) : null,
    filtered: false,
  };
}
