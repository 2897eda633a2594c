import type { SessionUser } from '../auth/guards.ts';
import type { Database } from '../db/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Per-request context: the database, a fresh loader set, and who is asking. */
export interface Context {
  database: Database;
  loaders: Loaders;
  /** The signed-in user; null when anonymous. Guards in auth/guards.ts check it. */
  user: SessionUser | null;
  /** Name recorded in the audit log for changes made by this request. */
  actor: string;
  /** The session behind the bearer token (auth/token.ts), for sign-out. */
  sessionId?: string;
  /** Aborted when the client goes away before the answer (long plans stop, issue 18). */
  signal?: AbortSignal;
}

export function createContext(
  database: Database,
  user: SessionUser | null = null,
  sessionId?: string,
): Context {
  return {
    database,
    loaders: createLoaders(database),
    user,
    actor: user?.username ?? 'anonymous',
    sessionId,
  };
}
