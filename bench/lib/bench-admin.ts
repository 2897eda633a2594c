import type { SessionUser } from '../../server/src/auth/guards.ts';

/** The user a bench runs its GraphQL operations as: the administrator of one district or subdistrict. */
export const benchAdmin = (
  kind: 'district' | 'subdistrict',
  scopeId: number,
  userId = 0,
): SessionUser => ({
  id: userId,
  username: 'bench',
  displayName: 'bench',
  role: kind === 'district' ? 'district_admin' : 'subdistrict_admin',
  scopes: [{ kind, id: scopeId }],
});
