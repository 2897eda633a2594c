import type { Database } from '../db/client.ts';
import type { SessionUser } from './roles.ts';
import { readToken } from './token.ts';
import { userOfSession } from './users.sql.ts';

/**
 * The user behind an `Authorization: Bearer <token>` header. A missing, forged, expired or revoked
 * token makes the request anonymous (which may still call `signIn`).
 */
export async function authenticate(
  database: Database,
  header: string | undefined,
): Promise<{ user: SessionUser; sessionId: string } | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  const sessionId = m ? readToken(m[1]!) : null;
  if (!sessionId) return null;
  const user = await userOfSession(database, sessionId);
  return user ? { user, sessionId } : null;
}
