import { audit, type AuditAction, type AuditEntry } from '../audit/audit.ts';
import { AUDIT_ACTIONS } from '../audit/audit-types.ts';
import type { Executor } from '../db/client.ts';
import { conflict } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf, toGlobalId, type NodeType } from '../graphql/ids.ts';
import {
  requireProfile,
  coverageFields,
  evaluateOrganization,
  loadOrgFacts,
  type CoverageModel,
  type StoredProfile,
} from '../policy/index.ts';

/** Which object an edit changes, from which version, previewed under which profile. */
export interface EditTarget {
  ctx: Context;
  id: number;
  expectedVersion: number;
  profile: StoredProfile;
  dryRun: boolean;
}

/** The arguments every edit of an existing organization or party organization takes. */
export async function editTarget(
  ctx: Context,
  type: NodeType,
  a: { id: string; expectedVersion: number; profile?: string | null; dryRun?: boolean | null },
): Promise<EditTarget> {
  const id = parseIdOf(type, a.id, 'id');
  const profile = await requireProfile(ctx, a.profile);
  return { ctx, id, expectedVersion: a.expectedVersion, profile, dryRun: a.dryRun ?? false };
}

/** Thrown to roll a dry run back after it computed its result. */
class DryRun<T> {
  constructor(readonly result: T) {}
}

/**
 * Runs a ledger edit in one transaction (issue 16). With `dryRun` the whole edit runs (checks,
 * write, audit, coverage refresh) and is rolled back, so the preview a form shows is exactly what
 * a save would do.
 */
export async function runEdit<T>(
  ctx: Context,
  dryRun: boolean,
  edit: (tx: Executor) => Promise<T>,
): Promise<T> {
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const result = await edit(tx);
      if (dryRun) throw new DryRun(result);
      return result;
    });
  } catch (e) {
    if (e instanceof DryRun) return e.result as T;
    throw e;
  }
}

/**
 * Records an edit by the signed-in user in the audit log, in the edit's transaction; the action
 * fixes the entity type.
 */
export function auditEdit(
  tx: Executor,
  ctx: Context,
  action: AuditAction,
  entityId: number,
  states: { before?: unknown; after?: unknown; note?: string },
): Promise<void> {
  const entityType = AUDIT_ACTIONS[action];
  return audit(tx, { actor: ctx.actor, action, entityType, entityId, ...states } as AuditEntry);
}

/** Organizations' coverage under a profile as the transaction sees it (the reference evaluator). */
export async function coverageNow(
  tx: Executor,
  profile: StoredProfile,
  ids: number[],
): Promise<Map<number, CoverageModel>> {
  const facts = await loadOrgFacts(tx, ids);
  const out = new Map<number, CoverageModel>();
  for (const [id, f] of facts) {
    out.set(
      id,
      coverageFields({ profile, facts: f, evaluation: evaluateOrganization(profile.document, f) }),
    );
  }
  return out;
}

/** Fields whose values are GraphQL enums (column values upper-cased) or ids. */
const ENUMS = new Set(['status', 'subKind', 'category', 'kind', 'foundingMode', 'level']);
const IDS: Record<string, string> = {
  buildingId: 'Building',
  gridId: 'Grid',
  subdistrictId: 'Subdistrict',
  districtId: 'District',
};
const shown = (k: string, v: unknown) =>
  v === null || v === undefined
    ? null
    : ENUMS.has(k)
      ? String(v).toUpperCase()
      : IDS[k]
        ? toGlobalId(IDS[k], Number(v))
        : v;

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What differs between two states, field by field, as a client spells the values. */
export function diffStates(
  before: object | null,
  after: object | null,
  keys: readonly string[],
): FieldChange[] {
  const out: FieldChange[] = [];
  const get = (o: object | null, k: string) => (o as Record<string, unknown> | null)?.[k];
  for (const k of keys) {
    const a = shown(k, get(before, k));
    const b = shown(k, get(after, k));
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ field: k, before: a, after: b });
  }
  return out;
}

/** What a versioned row of the ledger carries (organizations, party organizations, places). */
export interface Versioned {
  id: number;
  name: string | null;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

/** A stale `expectedVersion`: CONFLICT with the current values and who saved them. */
export function checkVersion(type: NodeType, current: Versioned, expected: number): void {
  if (current.version === expected) return;
  throw conflict(
    `${current.name} was changed by ${current.updatedBy ?? 'someone'} at ${current.updatedAt} ` +
      `(version ${current.version}; you started from ${expected}). Reload, check the current ` +
      `values and reapply your change (已被他人修改).`,
    {
      id: toGlobalId(type, current.id),
      expectedVersion: expected,
      currentVersion: current.version,
      current,
      updatedBy: current.updatedBy,
      updatedAt: current.updatedAt,
    },
  );
}
