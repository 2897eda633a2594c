import {
  GAP_KINDS,
  type Condition,
  type ProfileDocument,
  type Range,
  type Rule,
} from './profile.schema.ts';

/**
 * The reference evaluator: plain TypeScript over the same profile document that rules.sql.ts
 * compiles to SQL. Tests check that both agree; resolvers use it to word reasons and to evaluate
 * an organization whose materialized row is missing.
 */

/** Zombie and deregistered organizations count for nothing (seed 000 art. 7). */
export const EXCLUDED_STATUSES = ['zombie', 'deregistered'] as const;

export type CoverageKind = 'none' | 'work' | 'organizational';

/**
 * What the rules read about an organization itself, as the ledger records it (a ledger row's
 * values carry the same fields).
 */
export interface LedgerFacts {
  category: string;
  subKind: string;
  industry: string;
  status: string;
  employees: number;
  partyMembers: number;
  revenueYuan: number | null;
  memberUnits: number | null;
  activists: number;
  ownerIsMember: boolean;
  hasTradeUnion: boolean;
  hasYouthLeague: boolean;
  hasWomensFederation: boolean;
}

/** What the rules read about an organization and its current links. */
export interface OrgFacts extends LedgerFacts {
  /** The current party organization (own, joint or attached), if any. */
  partyOrg: { id: number; isJoint: boolean; isAttached: boolean } | null;
  /** An instructor is assigned now. */
  hasInstructor: boolean;
}

export interface Evaluation {
  coverage: CoverageKind;
  standalone: boolean;
  hasMassOrgs: boolean;
  /** Bit i: rules[i] applies. */
  applicable: number;
  /** Bit i: rules[i] applies and is not met. */
  unmet: number;
  sizeClass: string | null;
  isExcluded: boolean;
  isBlankSpot: boolean;
  isGap: boolean;
}

function inRange(value: number | null, r: Range | undefined): boolean {
  if (!r) return true;
  if (value == null) return false;
  return (r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max);
}

/** No list means any value; otherwise the value must be one of the list's. */
const within = (list: readonly string[] | undefined, value: string): boolean =>
  !list || list.includes(value);

/** Does the organization satisfy every part of the condition? Boundaries are inclusive. */
export function matches(c: Condition, f: OrgFacts): boolean {
  if (!within(c.categories, f.category)) return false;
  if (!within(c.subKinds, f.subKind)) return false;
  if (!within(c.industries, f.industry)) return false;
  if (!within(c.statuses, f.status)) return false;
  if (c.ownerIsMember !== undefined && c.ownerIsMember !== f.ownerIsMember) return false;
  return (
    inRange(f.employees, c.employees) &&
    inRange(f.partyMembers, c.partyMembers) &&
    inRange(f.revenueYuan, c.revenueYuan) &&
    inRange(f.memberUnits, c.memberUnits) &&
    inRange(f.activists, c.activists)
  );
}

export function coverageOf(f: OrgFacts): CoverageKind {
  if (f.partyOrg) return 'organizational';
  if (f.hasInstructor || hasMassOrgs(f)) return 'work';
  return 'none';
}

export const hasMassOrgs = (f: OrgFacts) =>
  f.hasTradeUnion || f.hasYouthLeague || f.hasWomensFederation;

export const isStandalone = (f: OrgFacts) =>
  f.partyOrg != null && !f.partyOrg.isJoint && !f.partyOrg.isAttached;

/** Is the rule's requirement met by this organization? */
export function requirementMet(rule: Rule, f: OrgFacts, coverage: CoverageKind): boolean {
  const n = rule.requires.count ?? 1;
  switch (rule.requires.kind) {
    case 'member':
      return f.partyMembers >= n;
    case 'party_org':
      return coverage === 'organizational';
    case 'standalone_party_org':
      return isStandalone(f);
    case 'work_coverage':
      return coverage !== 'none';
    case 'activists':
      return f.activists >= n;
  }
}

/** Bits of the rules whose unmet requirement makes a gap. */
export function gapMask(profile: ProfileDocument): number {
  return profile.rules.reduce(
    (m, r, i) => (GAP_KINDS.includes(r.requires.kind) ? m | (1 << i) : m),
    0,
  );
}

export function sizeClassOf(profile: ProfileDocument, f: OrgFacts): string | null {
  return profile.sizeClasses.find((c) => c.when.some((w) => matches(w, f)))?.key ?? null;
}

export function evaluateOrganization(profile: ProfileDocument, f: OrgFacts): Evaluation {
  const coverage = coverageOf(f);
  let applicable = 0;
  let unmet = 0;
  profile.rules.forEach((rule, i) => {
    if (!matches(rule.when, f)) return;
    applicable |= 1 << i;
    if (!requirementMet(rule, f, coverage)) unmet |= 1 << i;
  });
  const isExcluded = (EXCLUDED_STATUSES as readonly string[]).includes(f.status);
  return {
    coverage,
    standalone: isStandalone(f),
    hasMassOrgs: hasMassOrgs(f),
    applicable,
    unmet,
    sizeClass: sizeClassOf(profile, f),
    isExcluded,
    isBlankSpot: !isExcluded && coverage === 'none',
    isGap: !isExcluded && (unmet & gapMask(profile)) !== 0,
  };
}
