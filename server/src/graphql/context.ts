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

/**
 * A value made once per request, the first time a resolver asks for it (loaders that only some
 * queries need).
 */
export function perRequest<T>(create: (ctx: Context) => T): (ctx: Context) => T {
  const made = new WeakMap<Context, T>();
  return (ctx) => {
    let v = made.get(ctx);
    if (v === undefined) made.set(ctx, (v = create(ctx)));
    return v;
  };
}

/** A batch of `{ key, value }` rows as DataLoader answers it: the values of each key, in order. */
export function valuesByKey<K, V>(keys: readonly K[], rows: { key: K; value: V }[]): V[][] {
  const byKey = new Map<K, V[]>();
  for (const r of rows) {
    const list = byKey.get(r.key);
    if (list) list.push(r.value);
    else byKey.set(r.key, [r.value]);
  }
  return keys.map((k) => byKey.get(k) ?? []);
}
