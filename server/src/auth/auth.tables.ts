import { boolean, index, integer, pgEnum, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { defaultNow, identity, instant, refersTo } from '../db/columns.ts';

/** Roles of issue 7; planners and analysts read everything and write nothing. */
export const userRole = pgEnum('user_role', [
  'district_admin',
  'subdistrict_admin',
  'grid_manager',
  'planner',
  'analyst',
]);
/** A scope is a node of the hierarchy. */
export const scopeKind = pgEnum('scope_kind', ['district', 'subdistrict', 'grid']);

export const users = pgTable(
  'users',
  {
    id: identity(),
    username: text().notNull(),
    displayName: text().notNull(),
    role: userRole().notNull(),
    /** `scrypt$N$r$p$salt$hash` (node:crypto scrypt, see auth/password.ts). */
    passwordHash: text().notNull(),
    disabled: boolean().notNull().default(false),
    createdAt: defaultNow(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

export const userScopes = pgTable(
  'user_scopes',
  {
    id: identity(),
    userId: refersTo(() => users.id, { onDelete: 'cascade' }),
    kind: scopeKind().notNull(),
    /** Id of the district, subdistrict or grid (by `kind`). */
    nodeId: integer().notNull(),
  },
  (t) => [uniqueIndex('user_scopes_uq').on(t.userId, t.kind, t.nodeId)],
);

/** Server-side sessions behind the signed bearer tokens, so sign-out revokes at once. */
export const sessions = pgTable(
  'sessions',
  {
    id: text().primaryKey(),
    userId: refersTo(() => users.id, { onDelete: 'cascade' }),
    createdAt: defaultNow(),
    expiresAt: instant().notNull(),
    revokedAt: instant(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export type UserRow = typeof users.$inferSelect;
export type UserScopeRow = typeof userScopes.$inferSelect;
