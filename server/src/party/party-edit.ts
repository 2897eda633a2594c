import { requireWriteOrganizations } from '../auth/authorize.ts';
import type { Executor } from '../db/client.ts';
import { badInput } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { auditEdit, coverageNow, diffStates, runEdit, type FieldChange } from '../orgs/edit-run.ts';
import type { EditTarget } from '../orgs/edit-run.ts';
import { refuseProblems, type FieldProblem } from '../orgs/org-edit.validate.ts';
import {
  DEFAULT_JOINT_UNIT_LIMIT,
  refreshCoverage,
  type CoverageModel,
  type StoredProfile,
} from '../policy/index.ts';
import { kindFor, kindThresholds } from './party-kinds.ts';
import {
  addUnits,
  checkPartyOrgVersion,
  insertPartyOrg,
  lockPartyOrg,
  removeUnits,
  touchPartyOrg,
  unitFacts,
  type PartyOrgState,
} from './party-edit.sql.ts';

/** Why a party-organization edit was refused (`extensions.reason`). */
export const PartyEditReasons = {
  REQUIRED: 'REQUIRED',
  TOO_LONG: 'TOO_LONG',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  DUPLICATE: 'DUPLICATE',
  TOO_FEW_MEMBERS: 'TOO_FEW_MEMBERS',
  STANDALONE_ONE_UNIT: 'STANDALONE_ONE_UNIT',
  JOINT_NEEDS_UNITS: 'JOINT_NEEDS_UNITS',
  OVER_JOINT_UNIT_LIMIT: 'OVER_JOINT_UNIT_LIMIT',
  NOT_JOINT: 'NOT_JOINT',
  UNKNOWN_ORGANIZATION: 'UNKNOWN_ORGANIZATION',
  ALREADY_IN_PARTY_ORG: 'ALREADY_IN_PARTY_ORG',
  NOT_A_MEMBER: 'NOT_A_MEMBER',
  EXCLUDED_STATUS: 'EXCLUDED_STATUS',
  DISSOLVED: 'DISSOLVED',
} as const;
type Reason = (typeof PartyEditReasons)[keyof typeof PartyEditReasons];
declare module '../errors.ts' {
  interface InputReasonRegistry {
    partyEdit: Reason;
  }
}

export type Setup = 'standalone' | 'joint' | 'attached';
const DEFAULT_MODE: Record<Setup, string> = {
  standalone: 'standalone',
  joint: 'regional',
  attached: 'village_enterprise',
};
/** Most units one call names (far above any joint limit a profile allows). */
export const MAX_UNITS_PER_CALL = 1000;

export interface FoundInput {
  name: string;
  setup: Setup;
  foundingMode?: string | null;
  memberCount: number;
  secretary?: string | null;
  foundedOn?: string | null;
  unitIds: number[];
}

export interface CoverageChange {
  organizationId: number;
  before: CoverageModel | null;
  after: CoverageModel | null;
}

export interface PartyEditOutcome {
  id: number | null;
  version: number;
  dryRun: boolean;
  changes: FieldChange[];
  kindReason: { zh: string; en: string } | null;
  coverageChanges: CoverageChange[];
}

const FIELDS = [
  'name',
  'kind',
  'foundingMode',
  'isJoint',
  'isAttached',
  'memberCount',
  'secretary',
  'foundedOn',
  'dissolvedOn',
  'unitIds',
];
const jointLimit = (p: StoredProfile) => p.document.jointUnitLimit ?? DEFAULT_JOINT_UNIT_LIMIT;

function problem(list: FieldProblem[], field: string, reason: Reason, message: string) {
  list.push({ field, reason: reason as FieldProblem['reason'], message });
}

/** Input checks on a unit list: duplicates, bound. */
function checkUnitList(ids: number[], field: string, problems: FieldProblem[]) {
  if (ids.length === 0)
    problem(problems, field, 'REQUIRED', '至少选择一个单位 (name at least one unit)');
  if (ids.length > MAX_UNITS_PER_CALL)
    problem(problems, field, 'OUT_OF_RANGE', `at most ${MAX_UNITS_PER_CALL} units per call`);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i)
      problem(problems, `${field}.${i}`, 'DUPLICATE', `Organization:${id} 重复 (named twice)`);
  });
}

/** Units that may join: they exist, are active and belong to no party organization now. */
async function checkJoining(tx: Executor, ids: number[], field: string, problems: FieldProblem[]) {
  const units = await unitFacts(tx, ids);
  const byId = new Map(units.map((u) => [u.id, u]));
  ids.forEach((id, i) => {
    const u = byId.get(id);
    if (!u)
      return problem(problems, `${field}.${i}`, 'UNKNOWN_ORGANIZATION', `no Organization:${id}`);
    if (u.partyOrganizationId !== null)
      problem(
        problems,
        `${field}.${i}`,
        'ALREADY_IN_PARTY_ORG',
        `「${u.name}」已属于「${u.partyOrganizationName}」(PartyOrganization:${u.partyOrganizationId}); remove it there first`,
      );
    if (u.status === 'zombie' || u.status === 'deregistered')
      problem(
        problems,
        `${field}.${i}`,
        'EXCLUDED_STATUS',
        `「${u.name}」为${u.status === 'zombie' ? '僵尸型' : '已注销'}组织, 不能加入 (status ${u.status})`,
      );
  });
  return units;
}

async function coverageChanges(
  tx: Executor,
  profile: StoredProfile,
  ids: number[],
  before: Map<number, CoverageModel>,
): Promise<CoverageChange[]> {
  const after = await coverageNow(tx, profile, ids);
  return ids.map((id) => ({
    organizationId: id,
    before: before.get(id) ?? null,
    after: after.get(id) ?? null,
  }));
}

/** Founds a party organization over `unitIds` (issue 16); its kind follows the member count. */
export function foundPartyOrganization(
  ctx: Context,
  input: FoundInput,
  profile: StoredProfile,
  dryRun: boolean,
): Promise<PartyEditOutcome> {
  return runEdit(ctx, dryRun, async (tx) => {
    const problems: FieldProblem[] = [];
    const name = input.name.trim();
    if (name === '') problem(problems, 'input.name', 'REQUIRED', '必填 (required)');
    if (name.length > 200) problem(problems, 'input.name', 'TOO_LONG', '最多200个字符');
    const ids = input.unitIds;
    checkUnitList(ids, 'input.unitIds', problems);
    if (input.setup === 'standalone' && ids.length !== 1)
      problem(
        problems,
        'input.unitIds',
        'STANDALONE_ONE_UNIT',
        '单独组建只能有一个单位 (a standalone party organization covers exactly one unit)',
      );
    if (input.setup === 'joint' && ids.length < 2)
      problem(
        problems,
        'input.unitIds',
        'JOINT_NEEDS_UNITS',
        '联合党支部至少两个单位 (a joint branch covers two units or more)',
      );
    if (input.setup === 'joint' && ids.length > jointLimit(profile))
      problem(problems, 'input.unitIds', 'OVER_JOINT_UNIT_LIMIT', overLimit(profile, ids.length));
    const kind = kindFor(input.memberCount, kindThresholds(profile.document));
    if (
      !Number.isInteger(input.memberCount) ||
      input.memberCount < 0 ||
      input.memberCount > 1_000_000
    )
      problem(problems, 'input.memberCount', 'OUT_OF_RANGE', '须在 0..1000000 之间');
    else if (!kind.kind)
      problem(problems, 'input.memberCount', 'TOO_FEW_MEMBERS', `${kind.zh} (${kind.en})`);
    const units = await checkJoining(tx, ids, 'input.unitIds', problems);
    refuseProblems(problems);
    await requireWriteOrganizations(ctx, tx, ids);
    const before = await coverageNow(tx, profile, ids);
    const lead = units.find((u) => u.id === ids[0])!;
    const id = await insertPartyOrg(
      tx,
      {
        name,
        kind: kind.kind!,
        foundingMode: input.foundingMode ?? DEFAULT_MODE[input.setup],
        isJoint: input.setup === 'joint',
        isAttached: input.setup === 'attached',
        memberCount: input.memberCount,
        secretary: input.secretary?.trim() || null,
        foundedOn: input.foundedOn ?? null,
        seat: lead.lon === null ? null : [lead.lon, lead.lat!],
        districtId: lead.districtId,
        subdistrictId: lead.subdistrictId,
        gridId: lead.gridId,
      },
      ctx.actor,
    );
    await addUnits(tx, id, ids, input.foundedOn ?? null);
    const after = await lockPartyOrg(tx, id);
    await auditEdit(tx, ctx, 'party_org.found', id, { after });
    await refreshCoverage(tx, { organizationIds: ids, gridIds: gridsOf(units) });
    return {
      id: dryRun ? null : id,
      version: after.version,
      dryRun,
      changes: diffStates(null, after, FIELDS),
      kindReason: { zh: kind.zh, en: kind.en },
      coverageChanges: await coverageChanges(tx, profile, ids, before),
    };
  });
}

const gridsOf = (units: { gridId: number | null }[]) => [
  ...new Set(units.map((u) => u.gridId).filter((g): g is number => g !== null)),
];

const overLimit = (profile: StoredProfile, n: number) =>
  `联合党支部一般不超过${jointLimit(profile)}个单位 (${profile.key}: a joint branch covers at most ${jointLimit(profile)} units; this would be ${n}); found another joint branch instead`;

interface UnitEdit extends EditTarget {
  action: 'party_org.units.add' | 'party_org.units.remove' | 'party_org.dissolve';
  /** Dissolving: the date (null: today). */
  dissolvedOn?: string | null;
  /** Checks and writes; returns the organizations whose coverage may change. */
  apply: (tx: Executor, before: PartyOrgState, problems: FieldProblem[]) => Promise<number[]>;
}

/** Lock, version, checks, scope (every unit touched), write, audit, coverage — one transaction. */
function editUnits(s: UnitEdit): Promise<PartyEditOutcome> {
  return runEdit(s.ctx, s.dryRun, async (tx) => {
    const before = await lockPartyOrg(tx, s.id);
    checkPartyOrgVersion(before, s.expectedVersion);
    if (before.dissolvedOn !== null)
      throw badInput(
        'id',
        PartyEditReasons.DISSOLVED,
        `已于${before.dissolvedOn}撤销 (dissolved on ${before.dissolvedOn})`,
      );
    const problems: FieldProblem[] = [];
    const touched = await s.apply(tx, before, problems);
    const cov = await coverageNow(tx, s.profile, touched);
    await touchPartyOrg(tx, s.id, s.expectedVersion, s.ctx.actor, s.dissolvedOn);
    const after = await lockPartyOrg(tx, s.id);
    await auditEdit(tx, s.ctx, s.action, s.id, { before, after });
    const units = await unitFacts(tx, touched);
    await refreshCoverage(tx, { organizationIds: touched, gridIds: gridsOf(units) });
    return {
      id: s.id,
      version: s.dryRun ? before.version : after.version,
      dryRun: s.dryRun,
      changes: diffStates(before, after, FIELDS),
      kindReason: null,
      coverageChanges: await coverageChanges(tx, s.profile, touched, cov),
    };
  });
}

export function addPartyOrgUnits(t: EditTarget, unitIds: number[]) {
  const { ctx, id, profile } = t;
  return editUnits({
    ...t,
    action: 'party_org.units.add',
    apply: async (tx, before, problems) => {
      checkUnitList(unitIds, 'unitIds', problems);
      const total = before.unitIds.length + unitIds.length;
      if (!before.isJoint && total > 1 && !before.isAttached)
        problem(
          problems,
          'unitIds',
          'NOT_JOINT',
          '单独组建的党组织只覆盖本单位; 请改为联合党支部 (a standalone party organization covers one unit)',
        );
      if (before.isJoint && total > jointLimit(profile))
        problem(problems, 'unitIds', 'OVER_JOINT_UNIT_LIMIT', overLimit(profile, total));
      await checkJoining(tx, unitIds, 'unitIds', problems);
      refuseProblems(problems);
      await requireWriteOrganizations(ctx, tx, unitIds);
      await addUnits(tx, id, unitIds);
      return unitIds;
    },
  });
}

export function removePartyOrgUnits(t: EditTarget, unitIds: number[]) {
  const { ctx, id } = t;
  return editUnits({
    ...t,
    action: 'party_org.units.remove',
    apply: async (tx, before, problems) => {
      checkUnitList(unitIds, 'unitIds', problems);
      unitIds.forEach((u, i) => {
        if (!before.unitIds.includes(u))
          problem(
            problems,
            `unitIds.${i}`,
            'NOT_A_MEMBER',
            `Organization:${u} 不是该党组织的成员单位 (not a member unit)`,
          );
      });
      refuseProblems(problems);
      await requireWriteOrganizations(ctx, tx, unitIds);
      await removeUnits(tx, id, unitIds);
      return unitIds;
    },
  });
}

/** Dissolves it: every unit leaves today; the caller must be allowed to change every unit. */
export function dissolvePartyOrg(t: EditTarget, dissolvedOn: string | null) {
  return editUnits({
    ...t,
    action: 'party_org.dissolve',
    dissolvedOn,
    apply: async (tx, before) => {
      await requireWriteOrganizations(t.ctx, tx, before.unitIds);
      await removeUnits(tx, t.id, before.unitIds, dissolvedOn);
      return before.unitIds;
    },
  });
}
