import type { Executor } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { READ_ONLY_ROLES, WRITERS, type Role, type ScopeRef, type SessionUser } from './roles.ts';
import { districtOfScope, gridOfOrganization, gridPlace, scopesCover } from './scope.sql.ts';

/**
 * Every write permission in one place (issue 11): a `can…` function per action that answers a
 * verdict without throwing, and a `require…` wrapper that throws it as FORBIDDEN (or
 * UNAUTHENTICATED) with a message saying who could do it instead. GraphQL resolvers, the HTTP
 * routes and the CLI (as SYSTEM_USER) all decide through these; nothing else compares roles.
 */

/** Why a call was refused (`extensions.reason` of the FORBIDDEN error). */
export type DenialReason =
  'NOT_SIGNED_IN' | 'READ_ONLY_ROLE' | 'ROLE_NOT_ALLOWED' | 'OUT_OF_SCOPE' | 'OUTSIDE_EVERY_GRID';

export interface Denial {
  ok: false;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  reason: DenialReason;
  message: string;
}
export type Verdict = { ok: true } | Denial;

/** A resolver passes its context, the CLI a user; both carry the user the decision is about. */
export type Who = SessionUser | null | { user: SessionUser | null };

const ALLOW: Verdict = { ok: true };

/** Both checks must allow: the first refusal, else the second verdict (asked only then). */
const allowBoth = async (first: Verdict | Promise<Verdict>, second: () => Promise<Verdict>) => {
  const a = await first;
  return a.ok ? second() : a;
};

function userOf(who: Who): SessionUser | null {
  if (who && 'user' in who) return who.user;
  return who as SessionUser | null;
}

/** A denial for `reason`: UNAUTHENTICATED when not signed in, otherwise FORBIDDEN. */
export const denial = (reason: DenialReason, message: string): Denial => ({
  ok: false,
  code: reason === 'NOT_SIGNED_IN' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
  reason,
  message,
});

const notSignedIn = () => denial('NOT_SIGNED_IN', 'Sign in first (请先登录).');

function describeScopes(u: SessionUser): string {
  if (u.scopes === 'all') return 'everything';
  if (u.scopes.length === 0) return 'no scope';
  const name = { district: 'District', subdistrict: 'Subdistrict', grid: 'Grid' } as const;
  return u.scopes.map((s) => `${name[s.kind]}:${s.id}`).join(', ');
}

/** Role check shared by every write: read-only roles first, with their own reason. */
function roleVerdict(u: SessionUser | null, roles: readonly Role[], what: string): Verdict {
  if (!u) return notSignedIn();
  if (roles.includes(u.role)) return ALLOW;
  if (READ_ONLY_ROLES.includes(u.role)) {
    return denial(
      'READ_ONLY_ROLE',
      `Role ${u.role} reads only and may not ${what} (只读角色); ask a grid manager or an administrator.`,
    );
  }
  return denial(
    'ROLE_NOT_ALLOWED',
    `Role ${u.role} may not ${what}; ask a ${roles.join(' or ')} to do it.`,
  );
}

const outOfScope = (u: SessionUser, node: string, what: string) =>
  denial(
    'OUT_OF_SCOPE',
    `${node} is outside your scope (${describeScopes(u)}), so you may not ${what}; ask an ` +
      `administrator of its subdistrict or district to do it or to extend your scope (不在您的负责范围内).`,
  );

/** Signed in at all: enough to read anything (every role reads the whole district). */
export function canRead(who: Who): Verdict {
  return userOf(who) ? ALLOW : notSignedIn();
}

/** Change a grid: its boundary, split it, revert its history, clip it by a neighbour's edit. */
export async function canWriteGrid(who: Who, ex: Executor, gridId: number): Promise<Verdict> {
  const u = userOf(who);
  const what = `change Grid:${gridId}`;
  const role = roleVerdict(u, WRITERS, what);
  if (!role.ok || u!.scopes === 'all') return role;
  const g = await gridPlace(ex, gridId);
  if (g && (await scopesCover(ex, u!.scopes, g))) return ALLOW;
  return outOfScope(u!, `Grid:${gridId}`, what);
}

/** Merge two grids: both must be the caller's to change. */
export async function canMergeGrids(
  who: Who,
  ex: Executor,
  gridId: number,
  otherGridId: number,
): Promise<Verdict> {
  return allowBoth(canWriteGrid(who, ex, gridId), () => canWriteGrid(who, ex, otherGridId));
}

/**
 * Draw a new grid in a subdistrict, or nested in `parentGridId`: grid managers only inside a grid
 * they manage; subdistrict and district administrators within their scope.
 */
export async function canCreateGrid(
  who: Who,
  ex: Executor,
  subdistrictId: number,
  parentGridId: number | null = null,
): Promise<Verdict> {
  const u = userOf(who);
  const what = `draw a grid in Subdistrict:${subdistrictId}`;
  const role = roleVerdict(u, WRITERS, what);
  if (!role.ok || u!.scopes === 'all') return role;
  if (parentGridId !== null) {
    const parent = await gridPlace(ex, parentGridId);
    if (
      parent &&
      parent.subdistrictId === subdistrictId &&
      (await scopesCover(ex, u!.scopes, parent))
    ) {
      return ALLOW;
    }
    return outOfScope(u!, `Grid:${parentGridId}`, what);
  }
  const top = { id: -1, subdistrictId, parentGridId: null };
  if (await scopesCover(ex, u!.scopes, top)) return ALLOW;
  return outOfScope(u!, `Subdistrict:${subdistrictId}`, what);
}

/**
 * See where a subdistrict's grids fail to tile it (issue 13): administrators of the subdistrict
 * or its district (grid managers see refusals of their own edits instead).
 */
export async function canCheckTiling(
  who: Who,
  ex: Executor,
  subdistrictId: number,
): Promise<Verdict> {
  const u = userOf(who);
  const what = `check the tiling of Subdistrict:${subdistrictId}`;
  const role = roleVerdict(u, ['district_admin', 'subdistrict_admin'], what);
  if (!role.ok || u!.scopes === 'all') return role;
  if (await scopesCover(ex, u!.scopes, { id: -1, subdistrictId, parentGridId: null })) return ALLOW;
  return outOfScope(u!, `Subdistrict:${subdistrictId}`, what);
}

/**
 * Change an organization (its ledger entry, its place): decided by the grid it lies in now. One
 * outside every grid only a district administrator of its district may change.
 */
export async function canWriteOrganization(
  who: Who,
  ex: Executor,
  orgId: number,
): Promise<Verdict> {
  const u = userOf(who);
  const what = `change Organization:${orgId}`;
  const role = roleVerdict(u, WRITERS, what);
  if (!role.ok || u!.scopes === 'all') return role;
  const gridId = await gridOfOrganization(ex, orgId);
  if (gridId === undefined) return outOfScope(u!, `Organization:${orgId}`, what);
  if (gridId === null) {
    if (u!.role === 'district_admin') return ALLOW;
    return denial(
      'OUTSIDE_EVERY_GRID',
      `Organization:${orgId} lies outside every grid; only a district administrator may change it.`,
    );
  }
  const g = await canWriteGrid(u, ex, gridId);
  return g.ok ? ALLOW : outOfScope(u!, `Organization:${orgId} (in Grid:${gridId})`, what);
}

/**
 * Put an organization in `gridId` (create it there, or move it there): the caller must be allowed
 * to write that grid; outside every grid (null) only a district administrator of the district.
 */
export async function canPlaceOrganization(
  who: Who,
  ex: Executor,
  gridId: number | null,
): Promise<Verdict> {
  const u = userOf(who);
  const what =
    gridId === null
      ? 'place an organization outside every grid'
      : `place an organization in Grid:${gridId}`;
  const role = roleVerdict(u, WRITERS, what);
  if (!role.ok || u!.scopes === 'all') return role;
  if (gridId === null) {
    if (u!.role === 'district_admin') return ALLOW;
    return denial('OUTSIDE_EVERY_GRID', `${what}: only a district administrator may do that.`);
  }
  return canWriteGrid(u, ex, gridId);
}

/** Move an organization: allowed where it lies now AND where it goes (issue 16). */
export async function canMoveOrganization(
  who: Who,
  ex: Executor,
  orgId: number,
  toGridId: number | null,
): Promise<Verdict> {
  return allowBoth(canWriteOrganization(who, ex, orgId), () =>
    canPlaceOrganization(who, ex, toGridId),
  );
}

/**
 * Change the party-organization links of these organizations (found a party organization over
 * them, add or remove them as units, dissolve, assign instructors): each must be the caller's to
 * change, so a joint branch spanning two grids needs both grids' permission.
 */
export async function canWriteOrganizations(
  who: Who,
  ex: Executor,
  orgIds: readonly number[],
): Promise<Verdict> {
  const u = userOf(who);
  const role = roleVerdict(u, WRITERS, 'change party organizations and instructors');
  if (!role.ok || u!.scopes === 'all') return role;
  for (const id of orgIds) {
    const v = await canWriteOrganization(u, ex, id);
    if (!v.ok) return v;
  }
  return ALLOW;
}

/** Where a service center or workstation lies (issue 16): its district, subdistrict and grid. */
export interface PlaceArea {
  districtId: number;
  subdistrictId: number | null;
  gridId: number | null;
}
/** The level of the hierarchy a place answers to: its district, its subdistrict or its grid. */
export type PlaceTier = 'district' | 'subdistrict' | 'grid';

/**
 * Change a service center or building workstation (issue 16) at `area`: a district-level center
 * is the district's, a town or street center its subdistrict's, a community center and a
 * workstation the grid's they lie in (a place outside every grid or subdistrict answers to the
 * level above).
 */
export async function canWritePlace(
  who: Who,
  ex: Executor,
  area: PlaceArea,
  tier: PlaceTier,
  what: string,
): Promise<Verdict> {
  const u = userOf(who);
  const role = roleVerdict(u, WRITERS, what);
  if (!role.ok || u!.scopes === 'all') return role;
  if (tier === 'grid' && area.gridId !== null) {
    const g = await gridPlace(ex, area.gridId);
    if (g && (await scopesCover(ex, u!.scopes, g))) return ALLOW;
    return outOfScope(u!, `Grid:${area.gridId}`, what);
  }
  if (tier !== 'district' && area.subdistrictId !== null) {
    const top = { id: -1, subdistrictId: area.subdistrictId, parentGridId: null };
    if (await scopesCover(ex, u!.scopes, top)) return ALLOW;
    return outOfScope(u!, `Subdistrict:${area.subdistrictId}`, what);
  }
  if (u!.scopes.some((s) => s.kind === 'district' && s.id === area.districtId)) return ALLOW;
  return outOfScope(u!, `District:${area.districtId}`, what);
}

/**
 * Revert a recorded change of an organization (issue 16): administrators (district, subdistrict)
 * who may change the organization where it lies now.
 */
export async function canRevertOrganization(
  who: Who,
  ex: Executor,
  orgId: number,
): Promise<Verdict> {
  const u = userOf(who);
  const role = roleVerdict(
    u,
    ['district_admin', 'subdistrict_admin'],
    `revert changes of Organization:${orgId}`,
  );
  return allowBoth(role, () => canWriteOrganization(u, ex, orgId));
}

/** Import a ledger file at all (each row is then checked with `canImportRow`). */
export function canImportLedger(who: Who): Verdict {
  return roleVerdict(userOf(who), WRITERS, 'import a ledger');
}

/**
 * Import one ledger row: the caller must be allowed to write where the row puts the organization
 * (`gridId`, null when outside every grid) AND, when the credit code already belongs to an
 * organization, to change that organization where it lies now (issue 11, hole 1: a row must not
 * pull another grid's organization into one's own).
 */
export async function canImportRow(
  who: Who,
  ex: Executor,
  row: { gridId: number | null; existingOrganizationId?: number | null },
): Promise<Verdict> {
  const u = userOf(who);
  const role = canImportLedger(u);
  if (!role.ok || u!.scopes === 'all') return role;
  if (row.existingOrganizationId != null) {
    const existing = await canWriteOrganization(u, ex, row.existingOrganizationId);
    if (!existing.ok) return existing;
  }
  if (row.gridId === null) {
    if (u!.role === 'district_admin') return ALLOW;
    return denial(
      'OUTSIDE_EVERY_GRID',
      'The row places the organization outside every grid; only a district administrator may import it.',
    );
  }
  return canWriteGrid(u, ex, row.gridId);
}

/** Create or change a policy profile: district-wide, so district administrators only. */
export function canEditProfile(who: Who): Verdict {
  return roleVerdict(userOf(who), ['district_admin'], 'create or change a policy profile');
}

/** Take a coverage snapshot of the district: district administrators only. */
export function canTakeSnapshot(who: Who): Verdict {
  return roleVerdict(userOf(who), ['district_admin'], 'take a coverage snapshot');
}

/**
 * See who manages a grid (`Grid.managers`: names of people): planners everywhere (they plan with
 * the grid teams); district and subdistrict administrators and grid managers within their scope;
 * analysts, who read statistics, not.
 */
export async function canSeeGridManagers(who: Who, ex: Executor, gridId: number): Promise<Verdict> {
  const u = userOf(who);
  const what = `see the managers of Grid:${gridId}`;
  const role = roleVerdict(u, ['planner', ...WRITERS], what);
  if (!role.ok) return role;
  if (u!.role === 'planner' || u!.scopes === 'all') return ALLOW;
  const g = await gridPlace(ex, gridId);
  if (g && (await scopesCover(ex, u!.scopes, g))) return ALLOW;
  return outOfScope(u!, `Grid:${gridId}`, what);
}

/** List users: district administrators only. */
export function canListUsers(who: Who): Verdict {
  return roleVerdict(userOf(who), ['district_admin'], 'list users');
}

/**
 * Create a user with these scopes: district administrators, only inside their own district.
 * Scopes naming nodes that do not exist are the caller's input error, reported by `unknownScopes`.
 */
export async function canManageUsers(
  who: Who,
  ex: Executor,
  scopes: readonly ScopeRef[],
): Promise<Verdict> {
  const u = userOf(who);
  const role = roleVerdict(u, ['district_admin'], 'create users');
  if (!role.ok || u!.scopes === 'all') return role;
  const own = new Set(u!.scopes.filter((s) => s.kind === 'district').map((s) => s.id));
  for (const [i, s] of scopes.entries()) {
    const d = await districtOfScope(ex, s);
    if (d !== null && !own.has(d)) {
      return denial(
        'OUT_OF_SCOPE',
        `input.scopes[${i}]: lies outside your district (${describeScopes(u!)}); ask that district's administrator.`,
      );
    }
  }
  return ALLOW;
}

/** Indexes of scopes whose node does not exist (input errors, not permission errors). */
export async function unknownScopes(ex: Executor, scopes: readonly ScopeRef[]): Promise<number[]> {
  const out: number[] = [];
  for (const [i, s] of scopes.entries()) if ((await districtOfScope(ex, s)) === null) out.push(i);
  return out;
}

/** Throws a refusal as the GraphQL error it stands for. */
export function enforce(verdict: Verdict): void {
  if (!verdict.ok) throw new AppError(verdict.code, verdict.message, { reason: verdict.reason });
}

/** The signed-in user, or UNAUTHENTICATED. */
export function requireSignedIn(who: Who): SessionUser {
  enforce(canRead(who));
  return userOf(who)!;
}

async function required(who: Who, verdict: Verdict | Promise<Verdict>): Promise<SessionUser> {
  enforce(await verdict);
  return userOf(who)!;
}

export const requireWriteGrid = (who: Who, ex: Executor, gridId: number) =>
  required(who, canWriteGrid(who, ex, gridId));
export const requireMergeGrids = (who: Who, ex: Executor, a: number, b: number) =>
  required(who, canMergeGrids(who, ex, a, b));
export const requireCreateGrid = (
  who: Who,
  ex: Executor,
  subdistrictId: number,
  parentGridId: number | null = null,
) => required(who, canCreateGrid(who, ex, subdistrictId, parentGridId));
export const requireCheckTiling = (who: Who, ex: Executor, subdistrictId: number) =>
  required(who, canCheckTiling(who, ex, subdistrictId));
export const requireWriteOrganization = (who: Who, ex: Executor, orgId: number) =>
  required(who, canWriteOrganization(who, ex, orgId));
export const requirePlaceOrganization = (who: Who, ex: Executor, gridId: number | null) =>
  required(who, canPlaceOrganization(who, ex, gridId));
export const requireMoveOrganization = (
  who: Who,
  ex: Executor,
  orgId: number,
  toGridId: number | null,
) => required(who, canMoveOrganization(who, ex, orgId, toGridId));
export const requireWriteOrganizations = (who: Who, ex: Executor, orgIds: readonly number[]) =>
  required(who, canWriteOrganizations(who, ex, orgIds));
export const requireWritePlace = (
  who: Who,
  ex: Executor,
  area: PlaceArea,
  tier: PlaceTier,
  what: string,
) => required(who, canWritePlace(who, ex, area, tier, what));
export const requireRevertOrganization = (who: Who, ex: Executor, orgId: number) =>
  required(who, canRevertOrganization(who, ex, orgId));
export const requireImportLedger = (who: Who) => required(who, canImportLedger(who));
export const requireImportRow = (
  who: Who,
  ex: Executor,
  row: { gridId: number | null; existingOrganizationId?: number | null },
) => required(who, canImportRow(who, ex, row));
export const requireEditProfile = (who: Who) => required(who, canEditProfile(who));
export const requireTakeSnapshot = (who: Who) => required(who, canTakeSnapshot(who));
export const requireListUsers = (who: Who) => {
  enforce(canListUsers(who));
  return userOf(who)!;
};
export const requireManageUsers = (who: Who, ex: Executor, scopes: readonly ScopeRef[]) =>
  required(who, canManageUsers(who, ex, scopes));
