import { audit, type AuditAction, type AuditEntry } from '../audit/audit.ts';
import {
  canWritePlace,
  enforce,
  type PlaceArea,
  type PlaceTier,
  type Verdict,
  type Who,
} from '../auth/authorize.ts';
import type { Executor } from '../db/client.ts';
import type { Crs } from '../geo/crs.ts';
import type { Context } from '../graphql/context.ts';
import { DEFAULT_CELL_CHARS } from '../ledger/limits.ts';
import { diffStates, runEdit, type FieldChange } from '../orgs/edit-run.ts';
import { refuseProblems, type FieldProblem } from '../orgs/org-edit.validate.ts';
import { resolvePlace } from '../orgs/org-place.sql.ts';
import {
  buildingArea,
  CENTERS,
  checkPlaceVersion,
  deletePlace,
  insertPlace,
  lockPlace,
  outsideOwnRadius,
  writePlace,
  WORKSTATIONS,
  type PlacePatch,
  type PlaceState,
  type PlaceTable,
} from './place-edit.sql.ts';

/** Why a service-center or workstation edit was refused, besides the organization edit's reasons. */
export const PlaceEditReasons = {
  WORKSTATION_EXISTS: 'WORKSTATION_EXISTS',
} as const;
type Reason = (typeof PlaceEditReasons)[keyof typeof PlaceEditReasons];
declare module '../errors.ts' {
  interface InputReasonRegistry {
    placeEdit: Reason;
  }
}

/** Bounds of a center's and a workstation's facts (the tables' checks, and sane sizes). */
export const PLACE_LIMITS = {
  nameChars: 200,
  addressChars: DEFAULT_CELL_CHARS,
  radiusM: [1, 50_000],
  floorAreaM2: 1_000_000,
  staff: 100_000,
} as const;

export interface PointInput {
  lon: number;
  lat: number;
  crs?: Crs | null;
}
type Input = Record<string, string | number | null | undefined>;

export interface PlaceOutcome {
  id: number | null;
  version: number;
  dryRun: boolean;
  changes: FieldChange[];
  /** Service centers only: active organizations outside every own radius, before and after. */
  outsideBefore: number;
  outsideAfter: number;
}

const CENTER_FIELDS = [
  'name',
  'level',
  'serviceRadiusM',
  'floorAreaM2',
  'address',
  'lon',
  'lat',
  'subdistrictId',
  'districtId',
] as const;
const WORKSTATION_FIELDS = ['name', 'buildingId', 'openedOn', 'staff'] as const;

/** The level a center answers to: district centers the district's, town and street ones their subdistrict's. */
export const centerTier = (level: string): PlaceTier =>
  level === 'district' ? 'district' : level === 'community' ? 'grid' : 'subdistrict';

// ---- checks ----------------------------------------------------------------------------------

function fail(problems: FieldProblem[], field: string, reason: string, message: string) {
  problems.push({ field, reason: reason as FieldProblem['reason'], message });
}

/** Trims text, turns '' into null, refuses a missing required field; returns the patch entries given. */
function given(input: Input, prefix: string, required: readonly string[], creating: boolean) {
  const problems: FieldProblem[] = [];
  const patch: PlacePatch = {};
  for (const [k, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    const v = typeof raw === 'string' ? raw.trim() || null : raw;
    if (v === null && required.includes(k))
      fail(problems, `${prefix}.${k}`, 'REQUIRED', '必填 (required)');
    else patch[k] = v;
  }
  if (creating) {
    for (const k of required)
      if (patch[k] === undefined && !problems.some((p) => p.field === `${prefix}.${k}`))
        fail(problems, `${prefix}.${k}`, 'REQUIRED', '必填 (required)');
  }
  return { patch, problems };
}

function checkText(
  patch: PlacePatch,
  k: string,
  max: number,
  prefix: string,
  problems: FieldProblem[],
) {
  const v = patch[k];
  if (typeof v === 'string' && v.length > max)
    fail(
      problems,
      `${prefix}.${k}`,
      'TOO_LONG',
      `最多${max}个字符 (at most ${max} characters; got ${v.length})`,
    );
}

function checkNumber(
  patch: PlacePatch,
  k: string,
  [min, max]: readonly [number, number],
  integer: boolean,
  prefix: string,
  problems: FieldProblem[],
) {
  const v = patch[k];
  if (typeof v !== 'number') return;
  if (integer && !Number.isInteger(v))
    fail(problems, `${prefix}.${k}`, 'NOT_AN_INTEGER', '须为整数 (a whole number)');
  else if (!(v >= min && v <= max))
    fail(problems, `${prefix}.${k}`, 'OUT_OF_RANGE', `须在 ${min}..${max} 之间`);
}

export function checkCenterFacts(input: Input, creating: boolean, prefix = 'facts') {
  const { patch, problems } = given(input, prefix, ['name', 'level', 'serviceRadiusM'], false);
  if (creating)
    for (const k of ['name', 'level'])
      if (patch[k] === undefined && !problems.some((p) => p.field === `${prefix}.${k}`))
        fail(problems, `${prefix}.${k}`, 'REQUIRED', '必填 (required)');
  checkText(patch, 'name', PLACE_LIMITS.nameChars, prefix, problems);
  checkText(patch, 'address', PLACE_LIMITS.addressChars, prefix, problems);
  checkNumber(patch, 'serviceRadiusM', PLACE_LIMITS.radiusM, true, prefix, problems);
  const area = patch.floorAreaM2;
  if (typeof area === 'number' && !(area > 0 && area <= PLACE_LIMITS.floorAreaM2))
    fail(
      problems,
      `${prefix}.floorAreaM2`,
      'OUT_OF_RANGE',
      `须在 0..${PLACE_LIMITS.floorAreaM2} 平方米之间 (> 0)`,
    );
  return { patch, problems };
}

export function checkWorkstationFacts(input: Input, creating: boolean, prefix = 'facts') {
  const { patch, problems } = given(input, prefix, ['name'], creating);
  checkText(patch, 'name', PLACE_LIMITS.nameChars, prefix, problems);
  checkNumber(patch, 'staff', [0, PLACE_LIMITS.staff], true, prefix, problems);
  return { patch, problems };
}

/** Only the entries that differ from `before`; NO_CHANGE when none does. */
function changedOnly(patch: PlacePatch, before: PlaceState, field: string): PlacePatch {
  const out: PlacePatch = {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'point') {
      const p = v as unknown as [number, number];
      if (p[0] !== before.lon || p[1] !== before.lat) out.point = p;
    } else if (before[k] !== v) out[k] = v;
  }
  if (Object.keys(out).length === 0)
    refuseProblems([{ field, reason: 'NO_CHANGE', message: '没有要保存的修改 (nothing differs)' }]);
  return out;
}

// ---- where a place lies, who may change it ----------------------------------------------------

/** The district, subdistrict and innermost grid of a point; refuses a point outside every district. */
async function areaOfPoint(tx: Executor, p: PointInput, field: string) {
  const { place, problems } = await resolvePlace(tx, p, field);
  refuseProblems(problems);
  return place!;
}

async function centerArea(tx: Executor, c: PlaceState): Promise<PlaceArea> {
  const { place } = await resolvePlace(tx, { lon: Number(c.lon), lat: Number(c.lat) }, 'id');
  return {
    districtId: place?.districtId ?? Number(c.districtId),
    subdistrictId: place?.subdistrictId ?? (c.subdistrictId as number | null),
    gridId: place?.gridId ?? null,
  };
}

export async function canWriteCenter(who: Who, tx: Executor, c: PlaceState): Promise<Verdict> {
  return canWritePlace(
    who,
    tx,
    await centerArea(tx, c),
    centerTier(String(c.level)),
    `change ServiceCenter:${c.id}`,
  );
}

async function workstationArea(tx: Executor, w: PlaceState): Promise<PlaceArea> {
  const b = await buildingArea(tx, Number(w.buildingId));
  return { districtId: b!.districtId, subdistrictId: b!.subdistrictId, gridId: b!.gridId };
}

export async function canWriteWorkstation(who: Who, tx: Executor, w: PlaceState): Promise<Verdict> {
  return canWritePlace(
    who,
    tx,
    await workstationArea(tx, w),
    'grid',
    `change BuildingWorkstation:${w.id}`,
  );
}

// ---- the edit shape ---------------------------------------------------------------------------

/** Who asks, and whether to roll the edit back after computing its result. */
export interface Caller {
  ctx: Context;
  dryRun: boolean;
}

interface PlaceEdit {
  ctx: Context;
  t: PlaceTable;
  dryRun: boolean;
  action: AuditAction;
  fields: readonly string[];
  /** Counts a center edit reports before and after (district of the state). */
  measure?: (tx: Executor, districtId: number) => Promise<number>;
  /** Who may change or close an existing one. */
  canWrite: (who: Who, tx: Executor, place: PlaceState) => Promise<Verdict>;
  /** The kind's checks of the facts given (`creating`: the required ones must be there). */
  checkFacts: (input: Input, creating: boolean) => { patch: PlacePatch; problems: FieldProblem[] };
}

/**
 * The facts given, checked by the kind's rules (`creating`: the required ones too); refused on
 * any problem.
 */
function checkedFacts(s: PlaceEdit, input: Input, creating: boolean): PlacePatch {
  const { patch, problems } = s.checkFacts(input, creating);
  refuseProblems(problems);
  return patch;
}

const districtOf = (s: PlaceState | null) => Number(s?.districtId ?? 0);

/**
 * Every change to an existing center or workstation: lock, authorize (`canWrite`), check
 * (`plan`; null closes it), version, write, audit (before / after), the reach precompute by
 * trigger, all in one transaction; `dryRun` rolls it back after computing the result.
 */
function editPlace(
  s: PlaceEdit & {
    id: number;
    expectedVersion: number;
    /** Facts to change, checked before `plan` is given them (refused on any problem). */
    facts?: Input;
    plan: (tx: Executor, before: PlaceState, facts: PlacePatch) => Promise<PlacePatch | null>;
  },
): Promise<PlaceOutcome> {
  return runEdit(s.ctx, s.dryRun, async (tx) => {
    const before = await lockPlace(tx, s.t, s.id);
    enforce(await s.canWrite(s.ctx, tx, before));
    const patch = await s.plan(tx, before, s.facts ? checkedFacts(s, s.facts, false) : {});
    checkPlaceVersion(s.t, before, s.expectedVersion);
    const outsideBefore = (await s.measure?.(tx, districtOf(before))) ?? 0;
    let after: PlaceState | null = null;
    if (patch) after = await writePlace(tx, s.t, s.id, s.expectedVersion, patch, s.ctx.actor);
    else await deletePlace(tx, s.t, s.id);
    await audit(tx, {
      actor: s.ctx.actor,
      action: s.action,
      entityType: s.t.type,
      entityId: s.id,
      before,
      after,
    } as AuditEntry);
    return {
      id: after ? s.id : null,
      version: s.dryRun || !after ? before.version : after.version,
      dryRun: s.dryRun,
      changes: diffStates(before, after, s.fields),
      outsideBefore,
      outsideAfter: (await s.measure?.(tx, districtOf(after ?? before))) ?? 0,
    };
  });
}

/**
 * A new center or workstation: the facts checked (refused on any problem), then `plan` places it
 * and authorizes; insert, audit, the reach precompute by trigger, in one transaction.
 */
function createPlace(
  s: PlaceEdit & { facts: Input; plan: (tx: Executor, facts: PlacePatch) => Promise<PlacePatch> },
) {
  return runEdit(s.ctx, s.dryRun, async (tx): Promise<PlaceOutcome> => {
    const patch = await s.plan(tx, checkedFacts(s, s.facts, true));
    const outsideBefore = (await s.measure?.(tx, Number(patch.districtId ?? 0))) ?? 0;
    const after = await insertPlace(tx, s.t, patch, s.ctx.actor);
    await audit(tx, {
      actor: s.ctx.actor,
      action: s.action,
      entityType: s.t.type,
      entityId: after.id,
      after,
    } as AuditEntry);
    return {
      id: s.dryRun ? null : after.id,
      version: after.version,
      dryRun: s.dryRun,
      changes: diffStates(null, after, s.fields),
      outsideBefore,
      outsideAfter: (await s.measure?.(tx, districtOf(after))) ?? 0,
    };
  });
}

// ---- service centers --------------------------------------------------------------------------

const center = ({ ctx, dryRun }: Caller, action: AuditAction) => ({
  ctx,
  t: CENTERS,
  dryRun,
  action,
  fields: CENTER_FIELDS,
  measure: outsideOwnRadius,
  canWrite: canWriteCenter,
  checkFacts: checkCenterFacts,
});

export function createServiceCenter(
  c: Caller,
  facts: Input,
  location: PointInput,
): Promise<PlaceOutcome> {
  const { ctx } = c;
  return createPlace({
    ...center(c, 'service_center.create'),
    facts,
    plan: async (tx, patch) => {
      const area = await areaOfPoint(tx, location, 'input.location');
      const level = String(patch.level);
      enforce(
        await canWritePlace(
          ctx,
          tx,
          area,
          centerTier(level),
          `open a ${level} service center here`,
        ),
      );
      return {
        ...patch,
        districtId: area.districtId,
        subdistrictId: area.subdistrictId,
        point: area.point!,
      };
    },
  });
}

/** An edit of an existing place: which one, at which version. */
interface Existing extends Caller {
  id: number;
  expectedVersion: number;
}

export function updateServiceCenter(e: Existing, facts: Input): Promise<PlaceOutcome> {
  return editPlace({
    ...e,
    ...center(e, 'service_center.update'),
    facts,
    plan: async (tx, before, patch) => {
      const changed = changedOnly(patch, before, 'facts');
      // a new level may answer to a higher level of the hierarchy: the caller must own that too
      if (changed.level !== undefined)
        enforce(await canWriteCenter(e.ctx, tx, { ...before, level: String(changed.level) }));
      return changed;
    },
  });
}

export function moveServiceCenter(e: Existing, location: PointInput): Promise<PlaceOutcome> {
  return editPlace({
    ...e,
    ...center(e, 'service_center.move'),
    plan: async (tx, before) => {
      const area = await areaOfPoint(tx, location, 'location');
      enforce(
        await canWritePlace(
          e.ctx,
          tx,
          area,
          centerTier(String(before.level)),
          `move ServiceCenter:${e.id} there`,
        ),
      );
      return changedOnly(
        { point: area.point!, districtId: area.districtId, subdistrictId: area.subdistrictId },
        before,
        'location',
      );
    },
  });
}

export function closeServiceCenter(e: Existing): Promise<PlaceOutcome> {
  return editPlace({
    ...e,
    ...center(e, 'service_center.close'),
    plan: async () => null,
  });
}

// ---- building workstations --------------------------------------------------------------------

const workstation = ({ ctx, dryRun }: Caller, action: AuditAction) => ({
  ctx,
  t: WORKSTATIONS,
  dryRun,
  action,
  fields: WORKSTATION_FIELDS,
  canWrite: canWriteWorkstation,
  checkFacts: checkWorkstationFacts,
});

/** The building a workstation goes to: it exists, has none yet, and the caller may write its grid. */
async function freeBuilding(ctx: Context, tx: Executor, buildingId: number, field: string) {
  const b = await buildingArea(tx, buildingId);
  if (!b)
    refuseProblems([
      { field, reason: 'UNKNOWN_BUILDING', message: `楼宇不存在 (no Building:${buildingId})` },
    ]);
  if (b!.workstationId !== null)
    refuseProblems([
      {
        field,
        reason: PlaceEditReasons.WORKSTATION_EXISTS as FieldProblem['reason'],
        message: `该楼宇已有工作站 (Building:${buildingId} has BuildingWorkstation:${b!.workstationId})`,
      },
    ]);
  enforce(await canWritePlace(ctx, tx, b!, 'grid', `open a workstation in Building:${buildingId}`));
}

/**
 * May the caller open a workstation in this building: the permission `createWorkstation` checks
 * (whoever may write the building's grid), without the building's current workstation.
 */
export async function canOpenWorkstation(
  who: Who,
  ex: Executor,
  buildingId: number,
): Promise<Verdict> {
  const b = await buildingArea(ex, buildingId);
  if (!b) return { ok: false, code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE', message: 'no building' };
  return canWritePlace(who, ex, b, 'grid', `open a workstation in Building:${buildingId}`);
}

export function createWorkstation(c: Caller, buildingId: number, facts: Input) {
  return createPlace({
    ...workstation(c, 'workstation.create'),
    facts,
    plan: async (tx, patch) => {
      await freeBuilding(c.ctx, tx, buildingId, 'input.buildingId');
      return { ...patch, buildingId };
    },
  });
}

export function updateWorkstation(e: Existing, facts: Input): Promise<PlaceOutcome> {
  return editPlace({
    ...e,
    ...workstation(e, 'workstation.update'),
    facts,
    plan: async (_tx, before, patch) => changedOnly(patch, before, 'facts'),
  });
}

export function moveWorkstation(e: Existing, buildingId: number): Promise<PlaceOutcome> {
  return editPlace({
    ...e,
    ...workstation(e, 'workstation.move'),
    plan: async (tx, before) => {
      const patch = changedOnly({ buildingId }, before, 'buildingId');
      await freeBuilding(e.ctx, tx, buildingId, 'buildingId');
      return patch;
    },
  });
}

export function closeWorkstation(e: Existing): Promise<PlaceOutcome> {
  return editPlace({
    ...e,
    ...workstation(e, 'workstation.close'),
    plan: async () => null,
  });
}
