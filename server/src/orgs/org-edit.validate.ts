import { badInput, type AppError } from '../errors.ts';
import { INDUSTRY_CODES } from '../ledger/industries.ts';
import { DEFAULT_CELL_CHARS, MAX_CELL_CHARS } from '../ledger/limits.ts';
import { usccIssue } from '../ledger/uscc.ts';
import type { FactKey, OrgFactsPatch } from './org-edit.sql.ts';

/** Why a ledger edit was refused (`extensions.reason`); tests and the web form assert on these. */
export const OrgEditReasons = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  NOT_AN_INTEGER: 'NOT_AN_INTEGER',
  USCC_LENGTH: 'USCC_LENGTH',
  USCC_CHARACTER: 'USCC_CHARACTER',
  USCC_CHECKSUM: 'USCC_CHECKSUM',
  USCC_TAKEN: 'USCC_TAKEN',
  UNKNOWN_INDUSTRY: 'UNKNOWN_INDUSTRY',
  MEMBERS_EXCEED_EMPLOYEES: 'MEMBERS_EXCEED_EMPLOYEES',
  COORDINATE_PAIR: 'COORDINATE_PAIR',
  OUTSIDE_DISTRICT: 'OUTSIDE_DISTRICT',
  UNKNOWN_BUILDING: 'UNKNOWN_BUILDING',
  UNKNOWN_GRID: 'UNKNOWN_GRID',
  BUILDING_NOT_IN_GRID: 'BUILDING_NOT_IN_GRID',
  POINT_NOT_IN_GRID: 'POINT_NOT_IN_GRID',
  NO_PLACE: 'NO_PLACE',
  NO_CHANGE: 'NO_CHANGE',
  NOT_DEREGISTERED: 'NOT_DEREGISTERED',
} as const;
export type OrgEditReason = (typeof OrgEditReasons)[keyof typeof OrgEditReasons];
declare module '../errors.ts' {
  interface InputReasonRegistry {
    orgEdit: OrgEditReason;
  }
}

/** Largest employee count a ledger holds (the table's check constraint). */
export const MAX_EMPLOYEES = 1_000_000;
/** Revenue bound: 10^13 yuan, far above any enterprise, below float precision trouble. */
export const MAX_REVENUE_YUAN = 1e13;

const NEW_ECONOMIC_KINDS = new Set(['non_public_enterprise', 'individual_business']);
export const categoryOf = (subKind: string) =>
  NEW_ECONOMIC_KINDS.has(subKind) ? 'new_economic' : 'new_social';

export interface FieldProblem {
  field: string;
  reason: OrgEditReason;
  message: string;
}

/** Input as GraphQL gives it: any subset; enums already mapped to column values. */
export type FactsInput = Partial<Record<FactKey, string | number | boolean | null | undefined>>;

const TEXT: FactKey[] = ['name', 'affiliation', 'establishmentDirection', 'address'];
const INTS: [FactKey, number, number][] = [
  ['employees', 0, MAX_EMPLOYEES],
  ['partyMembers', 0, MAX_EMPLOYEES],
  ['memberUnits', 0, MAX_EMPLOYEES],
  ['activists', 0, MAX_EMPLOYEES],
];
const NOT_NULL: FactKey[] = [
  'name',
  'subKind',
  'industry',
  'employees',
  'partyMembers',
  'ownerIsMember',
  'hasTradeUnion',
  'hasYouthLeague',
  'hasWomensFederation',
  'activists',
];

/**
 * Checks the facts of a form (every check on every field, like a ledger row) and returns the
 * column patch. `current` holds the values the patch applies to (for members <= employees);
 * `prefix` names the input object in field paths (`facts.employees`).
 */
export function checkFacts(
  input: FactsInput,
  current: Partial<Record<FactKey, unknown>> | null,
  prefix: string,
): { patch: OrgFactsPatch; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const patch: OrgFactsPatch = {};
  const fail = (k: string, reason: OrgEditReason, message: string) =>
    problems.push({ field: `${prefix}.${k}`, reason, message });
  const given = Object.entries(input).filter(([, v]) => v !== undefined) as [
    FactKey,
    string | number | boolean | null,
  ][];
  for (const [k, raw] of given) {
    let v = typeof raw === 'string' ? raw.trim() : raw;
    if (v === '' && k !== 'name') v = null;
    if (v === null || v === '') {
      if (NOT_NULL.includes(k)) fail(k, 'REQUIRED', '必填 (required)');
      else patch[k] = null;
      continue;
    }
    patch[k] = v;
  }
  for (const k of TEXT) {
    const v = patch[k];
    const max = (MAX_CELL_CHARS as Partial<Record<FactKey, number>>)[k] ?? DEFAULT_CELL_CHARS;
    if (typeof v === 'string' && v.length > max)
      fail(k, 'TOO_LONG', `最多${max}个字符 (at most ${max} characters; got ${v.length})`);
  }
  if (patch.name === '') fail('name', 'REQUIRED', '必填 (required)');
  for (const [k, min, max] of INTS) {
    const v = patch[k];
    if (typeof v !== 'number') continue;
    if (!Number.isInteger(v)) fail(k, 'NOT_AN_INTEGER', '须为整数 (a whole number)');
    else if (v < min || v > max) fail(k, 'OUT_OF_RANGE', `须在 ${min}..${max} 之间`);
  }
  const rev = patch.revenueYuan;
  if (typeof rev === 'number' && (!Number.isFinite(rev) || rev < 0 || rev > MAX_REVENUE_YUAN)) {
    fail('revenueYuan', 'OUT_OF_RANGE', `须在 0..${MAX_REVENUE_YUAN} 元之间`);
  } else if (typeof rev === 'number') patch.revenueYuan = Math.round(rev);
  if (typeof patch.uscc === 'string') {
    const uscc = patch.uscc.toUpperCase();
    patch.uscc = uscc;
    const issue = usccIssue(uscc);
    if (issue) fail('uscc', issue.reason, issue.message);
  }
  if (typeof patch.industry === 'string' && !(INDUSTRY_CODES as string[]).includes(patch.industry))
    fail('industry', 'UNKNOWN_INDUSTRY', `未知行业代码 (unknown industry code): ${patch.industry}`);
  if (typeof patch.subKind === 'string') patch.category = categoryOf(patch.subKind);
  const employees = (patch.employees ?? current?.employees) as number | undefined;
  const members = (patch.partyMembers ?? current?.partyMembers) as number | undefined;
  if (
    typeof employees === 'number' &&
    typeof members === 'number' &&
    members > Math.max(employees, 1) &&
    !problems.some((p) => p.field.endsWith('partyMembers') || p.field.endsWith('employees'))
  ) {
    fail(
      'partyMembers' in patch ? 'partyMembers' : 'employees',
      'MEMBERS_EXCEED_EMPLOYEES',
      `党员数 ${members} 多于从业人员数 ${employees} (party members exceed employees)`,
    );
  }
  return { patch, problems };
}

/**
 * Throws the first problem as BAD_USER_INPUT (field and reason), listing all of them in
 * `extensions.problems` so a form can mark every field at once. Nothing has been written.
 */
export function refuseProblems(problems: FieldProblem[]): void {
  const first = problems[0];
  if (!first) return;
  const err: AppError = badInput(first.field, first.reason, first.message, { problems });
  throw err;
}
