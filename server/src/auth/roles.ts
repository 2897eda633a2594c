/** Roles (issue 7). Planners and analysts read everything and write nothing. */
export type Role = 'district_admin' | 'subdistrict_admin' | 'grid_manager' | 'planner' | 'analyst';

export const ROLES: readonly Role[] = [
  'district_admin',
  'subdistrict_admin',
  'grid_manager',
  'planner',
  'analyst',
];

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

/** Roles that may write something (within their scopes). */
export const WRITERS: Role[] = ['district_admin', 'subdistrict_admin', 'grid_manager'];
/** Roles that read everything and write nothing (operation-guard.ts refuses their mutations). */
export const READ_ONLY_ROLES: Role[] = ['planner', 'analyst'];
