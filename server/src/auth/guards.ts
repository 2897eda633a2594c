import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { grids, organizations } from '../db/schema.ts';
import { forbidden, unauthenticated } from '../errors.ts';
import type { Context } from '../graphql/context.ts';

/** Roles (issue 7). Planners and analysts read everything and write nothing. */
export type Role = 'district_admin' | 'subdistrict_admin' | 'grid_manager' | 'planner' | 'analyst';

/** A node of the hierarchy a user is responsible for. */
export interface ScopeRef {
  kind: 'district' | 'subdistrict' | 'grid';
  id: number;
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** 'all' only for tools and tests acting as the system. */
  scopes: ScopeRef[] | 'all';
}

/** The user tools (CLI, seeding) and in-process tests act as. */
export const SYSTEM_USER: SessionUser = {
  id: 0,
  username: 'system',
  displayName: '系统',
  role: 'district_admin',
  scopes: 'all',
};

export function requireUser(ctx: Context): SessionUser {
  if (!ctx.user) throw unauthenticated('Sign in first (请先登录).');
  return ctx.user;
}

export function requireRole(ctx: Context, ...roles: Role[]): SessionUser {
  const user = requireUser(ctx);
  if (!roles.includes(user.role)) {
    throw forbidden(`Role ${user.role} may not do this; needs one of: ${roles.join(', ')}.`);
  }
  return user;
}

/** Roles that may write something (within their scopes). */
export const WRITERS: Role[] = ['district_admin', 'subdistrict_admin', 'grid_manager'];
/** Roles that read everything and write nothing (operation-guard.ts refuses their mutations). */
export const READ_ONLY_ROLES: Role[] = ['planner', 'analyst'];

/** Where a grid sits, to compare with a user's scopes. */
async function gridPath(tx: Executor, gridId: number) {
  const [g] = await tx
    .select({ id: grids.id, subdistrictId: grids.subdistrictId, parentGridId: grids.parentGridId })
    .from(grids)
    .where(eq(grids.id, gridId));
  return g ?? null;
}

/**
 * May the user change this grid (its boundary, its ledger)? District admins within their
 * district, subdistrict admins within their subdistrict, grid managers for the grids they manage
 * (and the grids nested in them). Throws FORBIDDEN otherwise.
 */
export async function requireGridWrite(
  ctx: Context,
  tx: Executor,
  gridId: number,
): Promise<SessionUser> {
  const user = requireRole(ctx, ...WRITERS);
  if (user.scopes === 'all') return user;
  const g = await gridPath(tx, gridId);
  if (!g) throw forbidden(`Grid:${gridId} is not in your scope.`);
  if (await inScope(tx, user.scopes, g)) return user;
  throw forbidden(`Grid:${gridId} is not in your scope.`);
}

async function inScope(
  tx: Executor,
  scopes: ScopeRef[],
  g: { id: number; subdistrictId: number; parentGridId: number | null },
): Promise<boolean> {
  const { subdistricts } = await import('../db/schema.ts');
  let districtId: number | undefined;
  for (const s of scopes) {
    if (s.kind === 'subdistrict' && s.id === g.subdistrictId) return true;
    if (s.kind === 'district') {
      if (districtId === undefined) {
        const [row] = await tx
          .select({ d: subdistricts.districtId })
          .from(subdistricts)
          .where(eq(subdistricts.id, g.subdistrictId));
        districtId = row?.d ?? -1;
      }
      if (s.id === districtId) return true;
    }
  }
  // grid scopes cover nested grids too: walk up the parents
  const gridScopes = new Set(scopes.filter((s) => s.kind === 'grid').map((s) => s.id));
  let cur: typeof g | null = g;
  for (let depth = 0; cur && depth < 5; depth++) {
    if (gridScopes.has(cur.id)) return true;
    cur = cur.parentGridId ? await gridPath(tx, cur.parentGridId) : null;
  }
  return false;
}

/** May the user change this organization's ledger entry? Decided by the grid it lies in. */
export async function requireOrgWrite(
  ctx: Context,
  tx: Executor,
  orgId: number,
): Promise<SessionUser> {
  const user = requireRole(ctx, ...WRITERS);
  if (user.scopes === 'all') return user;
  const [o] = await tx
    .select({ gridId: organizations.gridId })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  if (!o?.gridId) {
    if (user.role === 'district_admin') return user;
    throw forbidden(
      `Organization:${orgId} lies outside every grid; only a district administrator may change it.`,
    );
  }
  return requireGridWrite(ctx, tx, o.gridId);
}

/** Does not throw: may this user change the grid? (`Grid.canEdit`, for the map to hide tools.) */
export async function canWriteGrid(
  user: SessionUser | null,
  tx: Executor,
  gridId: number,
): Promise<boolean> {
  if (!user || !WRITERS.includes(user.role)) return false;
  if (user.scopes === 'all') return true;
  const g = await gridPath(tx, gridId);
  return g ? inScope(tx, user.scopes, g) : false;
}

/**
 * May the user add a grid to this subdistrict (optionally nested in `parentGridId`)? Grid managers
 * only inside a grid they manage; subdistrict and district administrators within their scope.
 */
export async function requireSubdistrictWrite(
  ctx: Context,
  tx: Executor,
  subdistrictId: number,
  parentGridId: number | null = null,
): Promise<SessionUser> {
  const user = requireRole(ctx, ...WRITERS);
  if (user.scopes === 'all') return user;
  if (parentGridId !== null) {
    const parent = await gridPath(tx, parentGridId);
    if (
      parent &&
      parent.subdistrictId === subdistrictId &&
      (await inScope(tx, user.scopes, parent))
    )
      return user;
    throw forbidden(`Grid:${parentGridId} is not in your scope.`);
  }
  if (await inScope(tx, user.scopes, { id: -1, subdistrictId, parentGridId: null })) return user;
  throw forbidden(`Subdistrict:${subdistrictId} is not in your scope.`);
}
