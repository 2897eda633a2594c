import { and, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { sessions, users, userScopes, type UserRow } from './auth.tables.ts';
import type { Role, ScopeRef, SessionUser } from './roles.ts';
import { hashPassword } from './password.ts';
import { newSessionId } from './token.ts';
import { rows } from '../db/rows.ts';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  scopes: ScopeRef[];
}

/** Inserts a user and their scopes; the caller checks permissions and password rules. */
export async function insertUser(tx: Executor, u: NewUser): Promise<UserRow> {
  const [row] = await tx
    .insert(users)
    .values({
      username: u.username,
      displayName: u.displayName,
      role: u.role,
      passwordHash: await hashPassword(u.password),
    })
    .returning();
  if (u.scopes.length > 0) {
    await tx
      .insert(userScopes)
      .values(u.scopes.map((s) => ({ userId: row!.id, kind: s.kind, nodeId: s.id })));
  }
  return row!;
}

export async function userByUsername(ex: Executor, username: string) {
  const [row] = await ex.select().from(users).where(eq(users.username, username));
  return row ?? null;
}

export async function scopesOf(ex: Executor, userId: number): Promise<ScopeRef[]> {
  const rows = await ex
    .select({ kind: userScopes.kind, id: userScopes.nodeId })
    .from(userScopes)
    .where(eq(userScopes.userId, userId))
    .orderBy(userScopes.id);
  return rows;
}

export const toSessionUser = (u: UserRow, scopes: ScopeRef[]): SessionUser => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  scopes,
});

/** Opens a session for a signed-in user. */
export async function createSession(ex: Executor, userId: number, ttlMs: number) {
  const id = newSessionId();
  const expiresAt = new Date(Date.now() + ttlMs);
  await ex.insert(sessions).values({ id, userId, expiresAt });
  return { id, expiresAt };
}

export async function revokeSession(ex: Executor, sessionId: string) {
  await ex
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, sessionId), sql`${sessions.revokedAt} IS NULL`));
}

/** Revokes every live session of the user but `keep` (the caller's own); returns how many. */
export async function revokeOtherSessions(
  ex: Executor,
  userId: number,
  keep: string | null,
): Promise<number> {
  const rows = await ex
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keep === null ? undefined : ne(sessions.id, keep),
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

/**
 * Deletes sessions past their expiry (revoked ones too: a revoked session also expires): all of
 * them at start and every hour (auth/start.ts), a user's own at each of their sign-ins.
 */
export async function purgeExpiredSessions(ex: Executor, userId?: number): Promise<number> {
  const rows = await ex
    .delete(sessions)
    .where(
      and(
        lt(sessions.expiresAt, sql`now()`),
        userId === undefined ? undefined : eq(sessions.userId, userId),
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

interface SessionRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  scopes: ScopeRef[] | string | null;
}

/**
 * The user behind a live session (unexpired, not revoked, user not disabled), with scopes, in one
 * query; null otherwise.
 */
export async function userOfSession(
  database: Database,
  sessionId: string,
): Promise<SessionUser | null> {
  const [r] = await rows<SessionRow>(
    database.db,
    sql`
    SELECT u.id, u.username, u.display_name, u.role,
      (SELECT coalesce(json_agg(json_build_object('kind', s.kind, 'id', s.node_id) ORDER BY s.id), '[]')
         FROM user_scopes s WHERE s.user_id = u.id) AS scopes
    FROM sessions ss JOIN users u ON u.id = ss.user_id
    WHERE ss.id = ${sessionId} AND ss.revoked_at IS NULL AND ss.expires_at > now()
      AND NOT u.disabled`,
  );
  if (!r) return null;
  const scopes = typeof r.scopes === 'string' ? JSON.parse(r.scopes) : (r.scopes ?? []);
  return {
    id: Number(r.id),
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    scopes,
  };
}
