import type { Database } from '../db/client.ts';
import type { SessionUser } from './roles.ts';
import { sessionCacheOf } from './session-cache.ts';
import { readToken } from './token.ts';
import { userOfSession } from './users.sql.ts';

/**
 * The user behind an `Authorization: Bearer <token>` header. A missing, forged, expired or revoked
 * token makes the request anonymous (which may still call `signIn`). A live session is read from
 * the database once and then kept a few seconds (auth/session-cache.ts).
 */
export async function authenticate(
  database: Database,
  header: string | undefined,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  const sessionId = m ? readToken(m[1]!) : null;
  if (!sessionId) return null;
  const cache = sessionCacheOf(database);
  const cached = cache.get(sessionId);
  if (cached) return { user: cached, sessionId };
  const ticket = cache.ticket();
  const user = await userOfSession(database, sessionId);
  if (!user) return null;
  cache.put(sessionId, user, ticket);
  return { user, sessionId };
}
