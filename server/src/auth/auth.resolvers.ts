import { eq, sql } from 'drizzle-orm';
import type { Resolvers, ScopeInput } from '../__generated__/resolvers.ts';
import { audit } from '../audit/audit.ts';
import type { Executor } from '../db/client.ts';
import { badInput, forbidden, unauthenticated } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { users } from './auth.tables.ts';
import { requireRole, requireUser, WRITERS, type ScopeRef, type SessionUser } from './guards.ts';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { issueToken } from './token.ts';
import {
  createSession,
  insertUser,
  revokeSession,
  scopesOf,
  toSessionUser,
  userByUsername,
} from './users.sql.ts';

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

/** District id of a scope node, to keep an administrator's new users inside their district. */
async function districtOf(ctx: Context, tx: Executor, s: ScopeRef): Promise<number | null> {
  const q =
    s.kind === 'district'
      ? sql`SELECT id AS d FROM districts WHERE id = ${s.id}`
      : s.kind === 'subdistrict'
        ? sql`SELECT district_id AS d FROM subdistricts WHERE id = ${s.id}`
        : sql`SELECT s.district_id AS d FROM grids g JOIN subdistricts s ON s.id = g.subdistrict_id WHERE g.id = ${s.id}`;
  const [row] = await ctx.database.rows<{ d: number }>(q, tx);
  return row ? Number(row.d) : null;
}

function parseScopes(input: readonly ScopeInput[]): ScopeRef[] {
  return input.map((s, i) => ({
    kind: s.kind,
    id: parseIdOf(SCOPE_TYPE[s.kind], s.id, `input.scopes[${i}].id`),
  }));
}

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => userView(requireUser(ctx), ctx) as never,
    users: async (_, __, ctx) => {
      requireRole(ctx, 'district_admin');
      const rows = await ctx.database.db.select().from(users).orderBy(users.id);
      return Promise.all(
        rows.map(async (u) =>
          userView(toSessionUser(u, await scopesOf(ctx.database.db, u.id)), ctx),
        ),
      ) as never;
    },
  },
  Mutation: {
    signIn: async (_, { username, password }, ctx) => {
      const { db } = ctx.database;
      const u = await userByUsername(db, username.trim());
      // Same work whether or not the user exists, so timing does not reveal usernames.
      const ok = await verifyPassword(password, u?.passwordHash ?? DUMMY_HASH);
      if (!u || !ok || u.disabled)
        throw unauthenticated('用户名或密码错误 (wrong username or password)');
      const session = await createSession(db, u.id, sessionTtlMs());
      const user = toSessionUser(u, await scopesOf(db, u.id));
      return {
        token: issueToken(session.id, session.expiresAt),
        expiresAt: session.expiresAt,
        user: userView(user, ctx),
      } as never;
    },
    signOut: async (_, __, ctx) => {
      requireUser(ctx);
      if (ctx.sessionId) await revokeSession(ctx.database.db, ctx.sessionId);
      return true;
    },
    changePassword: async (_, { oldPassword, newPassword }, ctx) => {
      const me = requireUser(ctx);
      const problem = passwordProblem(newPassword);
      if (problem) throw badInput('newPassword', 'WEAK_PASSWORD', problem);
      const [row] = await ctx.database.db.select().from(users).where(eq(users.id, me.id));
      if (!row || !(await verifyPassword(oldPassword, row.passwordHash))) {
        throw badInput('oldPassword', 'WRONG_PASSWORD', 'is not your current password');
      }
      await ctx.database.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(newPassword) })
          .where(eq(users.id, me.id));
        await audit(tx, {
          actor: ctx.actor,
          action: 'user.password.change',
          entityType: 'User',
          entityId: me.id,
        });
      });
      return true;
    },
    createUser: async (_, { input }, ctx) => {
      const admin = requireRole(ctx, 'district_admin');
      const problem = passwordProblem(input.password);
      if (problem) throw badInput('input.password', 'WEAK_PASSWORD', problem);
      if (!/^[A-Za-z0-9_.-]{3,40}$/.test(input.username)) {
        throw badInput('input.username', 'MALFORMED', 'use 3-40 letters, digits, _ . -');
      }
      const scopes = parseScopes(input.scopes);
      return ctx.database.db.transaction(async (tx) => {
        const allowed =
          admin.scopes === 'all'
            ? null
            : new Set(admin.scopes.filter((s) => s.kind === 'district').map((s) => s.id));
        for (const [i, s] of scopes.entries()) {
          const d = await districtOf(ctx, tx, s);
          if (d === null) throw badInput(`input.scopes[${i}].id`, 'NOT_FOUND', 'does not exist');
          if (allowed && !allowed.has(d)) {
            throw forbidden(`input.scopes[${i}]: lies outside your district`);
          }
        }
        const row = await insertUser(tx, { ...input, scopes });
        await audit(tx, {
          actor: ctx.actor,
          action: 'user.create',
          entityType: 'User',
          entityId: row.id,
          after: { username: row.username, role: row.role, scopes },
        });
        return userView(toSessionUser(row, scopes), ctx) as never;
      });
    },
  },
};
