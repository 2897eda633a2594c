import { eq } from 'drizzle-orm';
import type { Resolvers, ScopeInput } from '../__generated__/resolvers.ts';
import { audit } from '../audit/audit.ts';
import { badInput, unauthenticated } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { users } from './auth.tables.ts';
import {
  canSeeGridManagers,
  requireListUsers,
  requireManageUsers,
  requireSignedIn,
  unknownScopes,
} from './authorize.ts';
import { WRITERS, type ScopeRef, type SessionUser } from './roles.ts';
import { currentClientIp, rateLimited, signInThrottle } from './sign-in-throttle.ts';
import {
  DUMMY_HASH,
  hashPassword,
  needsRehash,
  passwordProblem,
  verifyPassword,
} from './password.ts';
import { issueToken } from './token.ts';
import {
  createSession,
  insertUser,
  purgeExpiredSessions,
  revokeOtherSessions,
  revokeSession,
  scopesOf,
  toSessionUser,
  userByUsername,
} from './users.sql.ts';

/** Reasons of the input errors of sign-in, passwords and user management. */
export const AUTH_REASONS = {
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  WRONG_PASSWORD: 'WRONG_PASSWORD',
  MALFORMED: 'MALFORMED',
  NOT_FOUND: 'NOT_FOUND',
} as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    auth: (typeof AUTH_REASONS)[keyof typeof AUTH_REASONS];
  }
}

/** Session lifetime: `ATLAS_SESSION_HOURS` (default 12 h). */
export function sessionTtlMs(env = process.env): number {
  const h = Number(env.ATLAS_SESSION_HOURS ?? 12);
  return (Number.isFinite(h) && h > 0 ? h : 12) * 3600_000;
}

const SCOPE_TYPE = { district: 'District', subdistrict: 'Subdistrict', grid: 'Grid' } as const;

async function scopeName(ctx: Context, s: ScopeRef): Promise<string | null> {
  const row =
    s.kind === 'district'
      ? await ctx.loaders.district.load(s.id)
      : s.kind === 'subdistrict'
        ? await ctx.loaders.subdistrict.load(s.id)
        : await ctx.loaders.grid.load(s.id);
  return row?.name ?? null;
}

/** The GraphQL shape of a user. */
export function userView(u: SessionUser, ctx: Context) {
  const scopes = u.scopes === 'all' ? [] : u.scopes;
  return {
    id: toGlobalId('User', u.id),
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    canEdit: WRITERS.includes(u.role),
    scopes: scopes.map((s) => ({
      kind: s.kind,
      id: toGlobalId(SCOPE_TYPE[s.kind], s.id),
      name: () => scopeName(ctx, s),
    })),
  };
}

/** A User as resolved: each scope's name is a thunk graphql calls only when it is asked for. */
export type UserModel = ReturnType<typeof userView>;

function parseScopes(input: readonly ScopeInput[]): ScopeRef[] {
  return input.map((s, i) => ({
    kind: s.kind,
    id: parseIdOf(SCOPE_TYPE[s.kind], s.id, `input.scopes[${i}].id`),
  }));
}

export const authResolvers: Resolvers = {
  Grid: {
    managers: async (g, _, ctx) => {
      if (!(await canSeeGridManagers(ctx, ctx.database.db, g.id)).ok) return null;
      return (await ctx.loaders.gridManagers.load(g.id)).map((u) => userView(u, ctx));
    },
  },
  Query: {
    me: (_, __, ctx) => userView(requireSignedIn(ctx), ctx),
    users: async (_, __, ctx) => {
      requireListUsers(ctx);
      const rows = await ctx.database.db.select().from(users).orderBy(users.id);
      return Promise.all(
        rows.map(async (u) =>
          userView(toSessionUser(u, await scopesOf(ctx.database.db, u.id)), ctx),
        ),
      );
    },
  },
  Mutation: {
    signIn: async (_, { username, password }, ctx) => {
      const { db } = ctx.database;
      const name = username.trim();
      const ip = currentClientIp();
      const wait = signInThrottle.retryAfter(ip, name);
      if (wait > 0) throw rateLimited(wait);
      const u = await userByUsername(db, name);
      // Same work whether or not the user exists, so timing does not reveal usernames.
      const ok = await verifyPassword(password, u?.passwordHash ?? DUMMY_HASH);
      if (!u || !ok || u.disabled) {
        signInThrottle.failed(ip, name);
        throw unauthenticated('用户名或密码错误 (wrong username or password)');
      }
      signInThrottle.succeeded(name);
      // Hashes made at an older cost are replaced now that we hold the password.
      if (needsRehash(u.passwordHash)) {
        await db
          .update(users)
          .set({ passwordHash: await hashPassword(password) })
          .where(eq(users.id, u.id));
      }
      await purgeExpiredSessions(db, u.id);
      const session = await createSession(db, u.id, sessionTtlMs());
      const user = toSessionUser(u, await scopesOf(db, u.id));
      return {
        token: issueToken(session.id, session.expiresAt),
        expiresAt: session.expiresAt,
        user: userView(user, ctx),
      };
    },
    signOut: async (_, __, ctx) => {
      requireSignedIn(ctx);
      if (ctx.sessionId) await revokeSession(ctx.database.db, ctx.sessionId);
      return true;
    },
    changePassword: async (_, { oldPassword, newPassword }, ctx) => {
      const me = requireSignedIn(ctx);
      const problem = passwordProblem(newPassword);
      if (problem) throw badInput('newPassword', AUTH_REASONS.WEAK_PASSWORD, problem);
      // The old password is a password guess too: throttled like signIn.
      const ip = currentClientIp();
      const wait = signInThrottle.retryAfter(ip, me.username);
      if (wait > 0) throw rateLimited(wait);
      const [row] = await ctx.database.db.select().from(users).where(eq(users.id, me.id));
      if (!row || !(await verifyPassword(oldPassword, row.passwordHash))) {
        signInThrottle.failed(ip, me.username);
        throw badInput('oldPassword', AUTH_REASONS.WRONG_PASSWORD, 'is not your current password');
      }
      await ctx.database.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(newPassword) })
          .where(eq(users.id, me.id));
        // Whoever else holds a session of this user (a stolen token) is signed out now.
        const revoked = await revokeOtherSessions(tx, me.id, ctx.sessionId ?? null);
        await audit(tx, {
          actor: ctx.actor,
          action: 'user.password.change',
          entityType: 'User',
          entityId: me.id,
          after: { otherSessionsRevoked: revoked },
        });
      });
      return true;
    },
    createUser: async (_, { input }, ctx) => {
      // The role first (no scopes to look up yet), so a refused caller learns nothing of the input.
      await requireManageUsers(ctx, ctx.database.db, []);
      const problem = passwordProblem(input.password);
      if (problem) throw badInput('input.password', AUTH_REASONS.WEAK_PASSWORD, problem);
      if (!/^[A-Za-z0-9_.-]{3,40}$/.test(input.username)) {
        throw badInput('input.username', AUTH_REASONS.MALFORMED, 'use 3-40 letters, digits, _ . -');
      }
      const scopes = parseScopes(input.scopes);
      return ctx.database.db.transaction(async (tx) => {
        await requireManageUsers(ctx, tx, scopes);
        const [missing] = await unknownScopes(tx, scopes);
        if (missing !== undefined) {
          throw badInput(`input.scopes[${missing}].id`, AUTH_REASONS.NOT_FOUND, 'does not exist');
        }
        const row = await insertUser(tx, { ...input, scopes });
        await audit(tx, {
          actor: ctx.actor,
          action: 'user.create',
          entityType: 'User',
          entityId: row.id,
          after: { username: row.username, role: row.role, scopes },
        });
        return userView(toSessionUser(row, scopes), ctx);
      });
    },
  },
};
