import type { OrganizationFactsInput, OrgEditQuery } from '../__generated__/graphql.ts';

export type OrgFacts = NonNullable<OrgEditQuery['organization']>;

/** The form's fields (一企一表), in order; `kind` decides the input and how a draft is read. */
export const FORM_FIELDS = [
  { key: 'name', kind: 'text' },
  { key: 'uscc', kind: 'text' },
  { key: 'industry', kind: 'industry' },
  { key: 'employees', kind: 'int' },
  { key: 'partyMembers', kind: 'int' },
  { key: 'activists', kind: 'int' },
  { key: 'revenueYuan', kind: 'number' },
  { key: 'memberUnits', kind: 'int' },
  { key: 'ownerIsMember', kind: 'bool' },
  { key: 'hasTradeUnion', kind: 'bool' },
  { key: 'hasYouthLeague', kind: 'bool' },
  { key: 'hasWomensFederation', kind: 'bool' },
  { key: 'affiliation', kind: 'text' },
  { key: 'establishmentDirection', kind: 'text' },
  { key: 'address', kind: 'text' },
] as const;
export type FieldKey = (typeof FORM_FIELDS)[number]['key'];
type Kind = (typeof FORM_FIELDS)[number]['kind'];

/** What the inputs hold: text for text and numbers (as typed), booleans for checkboxes. */
export type Draft = Record<FieldKey, string | boolean>;

export function draftOf(o: OrgFacts): Draft {
  const d = {} as Draft;
  for (const f of FORM_FIELDS) {
    const v = o[f.key];
    d[f.key] = f.kind === 'bool' ? Boolean(v) : v === null || v === undefined ? '' : String(v);
  }
  return d;
}

function read(kind: Kind, v: string | boolean): string | number | boolean | null {
  if (kind === 'bool') return Boolean(v);
  const s = String(v).trim();
  if (s === '') return null;
  if (kind === 'int' || kind === 'number') {
    const n = Number(s.replace(/[,\s]/g, ''));
    // not a number: sent as is would fail the GraphQL type; NaN is caught by `invalidNumbers`
    return Number.isFinite(n) ? n : NaN;
  }
  return s;
}

/** Fields the user typed something into that is not a number. */
export function invalidNumbers(draft: Draft): FieldKey[] {
  return FORM_FIELDS.filter(
    (f) => (f.kind === 'int' || f.kind === 'number') && Number.isNaN(read(f.kind, draft[f.key])),
  ).map((f) => f.key);
}

/** Only the fields that differ from the ledger: the `facts` argument of updateOrganization. */
export function factsPatch(original: OrgFacts, draft: Draft): OrganizationFactsInput {
  const out: Record<string, unknown> = {};
  for (const f of FORM_FIELDS) {
    const now = read(f.kind, draft[f.key]);
    const was = original[f.key] ?? null;
    if (now !== was) out[f.key] = now;
  }
  return out as OrganizationFactsInput;
}

/** The problems of a BAD_USER_INPUT answer, by form field (`facts.employees` -> employees). */
export function problemsByField(
  extensions: { field?: string; reason?: string; problems?: unknown } | undefined,
  message: string,
): Record<string, string> {
  const list = Array.isArray(extensions?.problems)
    ? (extensions.problems as { field: string; message: string }[])
    : extensions?.field
      ? [{ field: extensions.field, message }]
      : [];
  const out: Record<string, string> = {};
  for (const p of list) out[p.field.replace(/^facts\./, '')] ??= p.message;
  return out;
}

/** A value of a change as the user reads it. */
export function shownValue(v: unknown, yes: string, no: string, none: string): string {
  if (v === null || v === undefined || v === '') return none;
  if (typeof v === 'boolean') return v ? yes : no;
  return String(v);
}

/** A blank form (a new organization): empty texts and numbers, unticked boxes, the first industry. */
export function emptyDraft(industry: string): Draft {
  const d = {} as Draft;
  for (const f of FORM_FIELDS)
    d[f.key] = f.kind === 'bool' ? false : f.kind === 'industry' ? industry : '';
  return d;
}

/** The facts of a new organization: every field filled in (empty ones left out, boxes as ticked). */
export function factsOfDraft(draft: Draft): OrganizationFactsInput {
  const out: Record<string, unknown> = {};
  for (const f of FORM_FIELDS) {
    const v = read(f.kind, draft[f.key]);
    if (v !== null) out[f.key] = v;
  }
  return out as OrganizationFactsInput;
}
