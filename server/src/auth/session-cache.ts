import type { Database } from '../db/client.ts';
import type { SessionUser } from './roles.ts';

/**
 * Who is behind a session, kept for a few seconds so that a request does not read the session
 * before its data (issue 14: "one organization by id" sent two statements where PostGraphile sends
 * one). A change to sessions, users or scopes notifies channel `atlas_auth` (migration 0016) and
 * every listening process clears its cache, so a sign-out, a disabled user or a changed scope
 * takes effect at once, whichever process made it (a CLI on the server engine, another server).
 * The cache is used only while the notifications are being received; entries live at most
 * SESSION_CACHE_TTL_MS even so, and a GraphQL mutation of this process clears it before its
 * answer is sent (auth/operation-guard.ts), so its author never sees the state before it.
 */
export const SESSION_CACHE_TTL_MS = 10_000;
/** Sessions kept at most (the oldest goes first). */
const MAX_ENTRIES = 10_000;
const CHANNEL = 'atlas_auth';

export class SessionCache {
  private entries = new Map<string, { user: SessionUser; until: number }>();
  private generation = 0;
  /** Whether change notifications are being received (only then is anything kept). */
  live = false;

  get(sessionId: string, now = Date.now()): SessionUser | null {
    const e = this.entries.get(sessionId);
    if (!e) return null;
    if (e.until > now) return e.user;
    this.entries.delete(sessionId);
    return null;
  }

  /** A ticket to `put` with: a clear between the read and the put voids the put. */
  ticket(): number {
    return this.generation;
  }

  put(sessionId: string, user: SessionUser, ticket: number, now = Date.now()) {
    if (!this.live || ticket !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(sessionId, { user: freeze(user), until: now + SESSION_CACHE_TTL_MS });
  }

  clear() {
    this.generation++;
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}

/** A shared user must not be changed by one request under another. */
function freeze(user: SessionUser): SessionUser {
  if (Array.isArray(user.scopes)) user.scopes.forEach((s) => Object.freeze(s));
  Object.freeze(user.scopes);
  return Object.freeze(user);
}

const caches = new WeakMap<Database, SessionCache>();

/**
 * The session cache of a database, listening to its change notifications from the first call on
 * (both engines: postgres.js re-listens after a reconnect, and clears the cache when it does).
 */
export function sessionCacheOf(database: Database): SessionCache {
  const cache = caches.get(database);
  if (cache) return cache;
  const created = new SessionCache();
  caches.set(database, created);
  const changed = () => created.clear();
  const listening = () => {
    created.clear();
    created.live = true;
  };
  const subscribe = database.sql
    ? database.sql.listen(CHANNEL, changed, listening).then(() => undefined)
    : database.pglite!.listen(CHANNEL, changed).then(listening);
  subscribe.catch((e: unknown) => {
    // No notifications, no cache: every request reads its session, as before.
    created.live = false;
    console.error('[auth] session cache off, cannot listen for changes:', e);
  });
  return created;
}

/** Clears the cache of a database that has one (after a write of this process). */
export function forgetSessions(database: Database) {
  caches.get(database)?.clear();
}
