import type { AuditAction } from '../audit/audit.ts';
import {
  requireMoveOrganization,
  requirePlaceOrganization,
  requireRevertOrganization,
  requireWriteOrganization,
} from '../auth/authorize.ts';
import type { AuditView } from '../audit/history.sql.ts';
import type { Executor } from '../db/client.ts';
import { badInput } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { refreshCoverage, type CoverageModel, type StoredProfile } from '../policy/index.ts';
import {
  auditEdit,
  coverageNow,
  diffStates,
  runEdit,
  type EditTarget,
  type FieldChange,
} from './edit-run.ts';
import {
  checkOrgVersion,
  deleteOrganizationRow,
  FACT_COLUMNS,
  insertOrganization,
  lockOrganization,
  usccHolder,
  writeOrganization,
  type OrgFactsPatch,
  type OrgState,
} from './org-edit.sql.ts';
import {
  checkFacts,
  refuseProblems,
  type FactsInput,
  type FieldProblem,
} from './org-edit.validate.ts';
import { resolvePlace, type PlaceInput } from './org-place.sql.ts';

/** What every organization edit returns (schema/orgs.graphql `OrganizationEditResult`). */
export interface OrgEditOutcome {
  id: number | null;
  version: number;
  dryRun: boolean;
  changes: FieldChange[];
  coverageBefore: CoverageModel | null;
  coverageAfter: CoverageModel | null;
}

/** The fields a change lists, in the form's order. */
export const ORG_FIELDS = [
  ...Object.keys(FACT_COLUMNS),
  'status',
  'buildingId',
  'gridId',
  'subdistrictId',
  'districtId',
  'lon',
  'lat',
] as const;

const PLACE_FIELDS = ['buildingId', 'gridId', 'subdistrictId', 'districtId', 'point'] as const;

interface EditSpec extends EditTarget {
  action: Extract<
    AuditAction,
    'organization.update' | 'organization.status' | 'organization.move' | 'organization.revert'
  >;
  note?: string;
  /** The argument a save that changes nothing is refused on (NO_CHANGE). */
  field: string;
  /** Who may make this change (default: whoever may write the organization). */
  authorize?: typeof requireWriteOrganization;
  /** Computes the patch from the locked current state; throws input errors. */
  plan: (tx: Executor, before: OrgState) => Promise<OrgFactsPatch>;
}

/**
 * The shape of every change to an existing organization: lock, scope, version, checks, write,
 * audit (before / after), coverage refresh of it and of its old and new grid — one transaction.
 */
async function editOrganization(s: EditSpec): Promise<OrgEditOutcome> {
  return runEdit(s.ctx, s.dryRun, async (tx) => {
    const before = await lockOrganization(tx, s.id);
    await (s.authorize ?? requireWriteOrganization)(s.ctx, tx, s.id);
    const patch = changedOnly(await s.plan(tx, before), before);
    refuseNoChange(patch, s.field);
    checkOrgVersion(before, s.expectedVersion);
    const cov = await coverageNow(tx, s.profile, [s.id]);
    const after = await writeOrganization(tx, s.id, s.expectedVersion, patch, s.ctx.actor);
    const changes = diffStates(before, after, ORG_FIELDS);
    await auditEdit(tx, s.ctx, s.action, s.id, { before, after, note: s.note });
    const gridIds = [before.gridId, after.gridId].filter((g): g is number => typeof g === 'number');
    await refreshCoverage(tx, { organizationIds: [s.id], gridIds: [...new Set(gridIds)] });
    return {
      id: s.id,
      version: s.dryRun ? before.version : after.version,
      dryRun: s.dryRun,
      changes,
      coverageBefore: cov.get(s.id) ?? null,
      coverageAfter: (await coverageNow(tx, s.profile, [s.id])).get(s.id) ?? null,
    };
  });
}

async function usccProblems(
  tx: Executor,
  patch: OrgFactsPatch,
  exceptId: number | null,
): Promise<FieldProblem[]> {
  if (typeof patch.uscc !== 'string') return [];
  const holder = await usccHolder(tx, patch.uscc, exceptId);
  return holder
    ? [
        {
          field: 'facts.uscc',
          reason: 'USCC_TAKEN',
          message: `该信用代码已属于「${holder.name}」(Organization:${holder.id})`,
        },
      ]
    : [];
}

/** Only the patch entries that differ from the current state (so an unchanged form writes nothing). */
function changedOnly(patch: OrgFactsPatch, before: OrgState): OrgFactsPatch {
  const out: OrgFactsPatch = {};
  for (const [k, v] of Object.entries(patch) as [keyof OrgFactsPatch, never][]) {
    if (k === 'point') {
      const p = v as [number, number] | null;
      const cur = before.lon === null ? null : [before.lon, before.lat];
      if (JSON.stringify(p) !== JSON.stringify(cur)) out.point = p;
    } else if ((before as unknown as Record<string, unknown>)[k] !== v) out[k] = v;
  }
  return out;
}

const refuseNoChange = (patch: OrgFactsPatch, field: string) => {
  if (Object.keys(patch).length === 0)
    throw badInput(field, 'NO_CHANGE', '没有要保存的修改 (nothing differs from the ledger)');
};

export function updateOrganization(t: EditTarget, facts: FactsInput): Promise<OrgEditOutcome> {
  return editOrganization({
    ...t,
    action: 'organization.update',
    field: 'facts',
    plan: async (tx, before) => {
      const { patch, problems } = checkFacts(facts, before, 'facts');
      refuseProblems([...problems, ...(await usccProblems(tx, patch, t.id))]);
      return patch;
    },
  });
}

export function setOrganizationStatus(t: EditTarget, status: string): Promise<OrgEditOutcome> {
  return editOrganization({
    ...t,
    action: 'organization.status',
    field: 'status',
    plan: async () => ({ status }),
  });
}

export function moveOrganization(t: EditTarget, input: PlaceInput): Promise<OrgEditOutcome> {
  const { ctx, id } = t;
  return editOrganization({
    ...t,
    action: 'organization.move',
    field: 'place',
    plan: async (tx) => {
      const { place, problems } = await resolvePlace(tx, input, 'place');
      refuseProblems(problems);
      await requireMoveOrganization(ctx, tx, id, place!.gridId);
      const patch: OrgFactsPatch = {};
      for (const k of PLACE_FIELDS) (patch as Record<string, unknown>)[k] = place![k];
      return patch;
    },
  });
}

/** Creates an organization where the caller may write; `facts.name` and `facts.subKind` required. */
export function createOrganization(
  ctx: Context,
  facts: FactsInput,
  status: string,
  placeInput: PlaceInput,
  profile: StoredProfile,
  dryRun: boolean,
): Promise<OrgEditOutcome> {
  return runEdit(ctx, dryRun, async (tx) => {
    const { patch, problems } = checkFacts(facts, null, 'facts');
    for (const k of ['name', 'subKind'] as const) {
      if (patch[k] === undefined && !problems.some((p) => p.field === `facts.${k}`))
        problems.push({ field: `facts.${k}`, reason: 'REQUIRED', message: '必填 (required)' });
    }
    const { place, problems: placeProblems } = await resolvePlace(tx, placeInput, 'place');
    refuseProblems([...problems, ...placeProblems, ...(await usccProblems(tx, patch, null))]);
    await requirePlaceOrganization(ctx, tx, place!.gridId);
    const row: OrgFactsPatch = { ...patch, status };
    for (const k of PLACE_FIELDS) (row as Record<string, unknown>)[k] = place![k];
    const after = await insertOrganization(tx, row, ctx.actor);
    await auditEdit(tx, ctx, 'organization.create', after.id, { after });
    await refreshCoverage(tx, {
      organizationIds: [after.id],
      gridIds: after.gridId === null ? [] : [Number(after.gridId)],
    });
    return {
      id: dryRun ? null : after.id,
      version: after.version,
      dryRun,
      changes: diffStates(null, after, ORG_FIELDS),
      coverageBefore: null,
      coverageAfter: (await coverageNow(tx, profile, [after.id])).get(after.id) ?? null,
    };
  });
}

/**
 * Removes an organization from the ledger, only once it is deregistered (seed 000 art. 7: zombie
 * organizations are deregistered first); the audit entry keeps its last state and its links.
 */
export function deleteOrganization(
  ctx: Context,
  id: number,
  expectedVersion: number,
): Promise<{ id: number; name: string }> {
  return runEdit(ctx, false, async (tx) => {
    const before = await lockOrganization(tx, id);
    await requireWriteOrganization(ctx, tx, id);
    checkOrgVersion(before, expectedVersion);
    if (before.status !== 'deregistered') {
      throw badInput(
        'id',
        'NOT_DEREGISTERED',
        `只能删除已注销的组织: 请先将状态改为"已注销" (status is ${before.status}; set it to DEREGISTERED first)`,
      );
    }
    const links = await deleteOrganizationRow(tx, id);
    await auditEdit(tx, ctx, 'organization.delete', id, { before: { ...before, ...links } });
    await refreshCoverage(tx, {
      organizationIds: [id],
      gridIds: before.gridId === null ? [] : [Number(before.gridId)],
    });
    return { id, name: String(before.name) };
  });
}

/**
 * Undoes a recorded change of an organization: the fields it changed get their `before` values
 * on the current version, checked like a form (facts, credit code, place) and scoped like a move;
 * administrators only (authorize.ts canRevertOrganization). Later changes of other fields stay.
 */
export function revertOrganizationChange(t: EditTarget, entry: AuditView): Promise<OrgEditOutcome> {
  const { ctx, id } = t;
  const was = (entry.before ?? {}) as Record<string, unknown>;
  const now = (entry.after ?? {}) as Record<string, unknown>;
  const differs = (k: string) => JSON.stringify(was[k]) !== JSON.stringify(now[k]);
  return editOrganization({
    ...t,
    action: 'organization.revert',
    field: 'auditId',
    note: `reverts AuditEntry:${entry.id} (${entry.action})`,
    authorize: requireRevertOrganization,
    plan: async (tx, before) => {
      const facts: FactsInput = {};
      for (const k of Object.keys(FACT_COLUMNS) as (keyof typeof FACT_COLUMNS)[])
        if (k !== 'category' && differs(k)) facts[k] = was[k] as FactsInput[typeof k];
      const { patch, problems } = checkFacts(facts, before, 'auditId');
      refuseProblems([...problems, ...(await usccProblems(tx, patch, id))]);
      if (differs('status')) patch.status = was.status as string;
      if (['buildingId', 'gridId', 'lon', 'lat'].some(differs)) {
        const { place, problems: placeProblems } = await resolvePlace(
          tx,
          {
            lon: was.lon as number | null,
            lat: was.lat as number | null,
            buildingId: was.buildingId as number | null,
            gridId: was.buildingId == null ? (was.gridId as number | null) : null,
          },
          'auditId',
        );
        refuseProblems(placeProblems);
        await requireMoveOrganization(ctx, tx, id, place!.gridId);
        for (const k of PLACE_FIELDS) (patch as Record<string, unknown>)[k] = place![k];
      }
      return patch;
    },
  });
}
