import type { Executor } from '../db/client.ts';
import type { Context } from '../graphql/context.ts';
import {
  canWriteGrid as writeGridVerdict,
  canRead,
  denial,
  enforce,
  requireCreateGrid,
  requireWriteGrid,
  requireWriteOrganization,
  requireSignedIn,
} from './authorize.ts';
import { READ_ONLY_ROLES, WRITERS, type Role, type SessionUser } from './roles.ts';

/**
 * The names other modules (and other branches) have imported since issue 7, kept as thin aliases
 * of auth/authorize.ts, which decides every permission. New code imports authorize.ts directly.
 */
export { SYSTEM_USER, READ_ONLY_ROLES, WRITERS } from './roles.ts';
export type { Role, ScopeRef, SessionUser } from './roles.ts';

export function requireUser(ctx: Context): SessionUser {
  return requireSignedIn(ctx);
}

/** Coarse role check; prefer the action's own `require…` in authorize.ts. */
export function requireRole(ctx: Context, ...roles: Role[]): SessionUser {
  const user = requireSignedIn(ctx);
  if (!roles.includes(user.role)) {
    enforce(
      denial(
        READ_ONLY_ROLES.includes(user.role) ? 'READ_ONLY_ROLE' : 'ROLE_NOT_ALLOWED',
        `Role ${user.role} may not do this; needs one of: ${roles.join(', ')}.`,
      ),
    );
  }
  return user;
}

export const requireGridWrite = (ctx: Context, tx: Executor, gridId: number) =>
  requireWriteGrid(ctx, tx, gridId);
export const requireOrgWrite = (ctx: Context, tx: Executor, orgId: number) =>
  requireWriteOrganization(ctx, tx, orgId);
export const requireSubdistrictWrite = (
  ctx: Context,
  tx: Executor,
  subdistrictId: number,
  parentGridId: number | null = null,
) => requireCreateGrid(ctx, tx, subdistrictId, parentGridId);

/** Boolean form of authorize.canWriteGrid (`Grid.canEdit`, for the map to hide tools). */
export async function canWriteGrid(
  user: SessionUser | null,
  tx: Executor,
  gridId: number,
): Promise<boolean> {
  if (!canRead(user).ok || !WRITERS.includes(user!.role)) return false;
  return (await writeGridVerdict(user, tx, gridId)).ok;
}
