import { AsyncLocalStorage } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';

/**
 * What the code serving an HTTP request may need without it being passed down: the request's
 * abort signal (db/client.ts ties each statement to it) and the client's IP (sign-in
 * throttling). ONE async-local store for both: on Node 20 every store costs every promise of the
 * process a hook (issue 14: with no store at all, "one organization by id" took 12-22 % less
 * server CPU; one store keeps the cancellation and pays part of that).
 */
export interface RequestScope {
  /** Aborted when the client goes away before the answer. */
  signal?: AbortSignal;
  /** The client's IP (`req.ip`: honours Express's `trust proxy`); undefined in-process. */
  readonly clientIp?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

export const currentRequestScope = (): RequestScope | undefined => scope.getStore();

/** Runs `fn` (and everything it starts) within `s`, on top of the current scope's fields. */
export function withRequestScope<T>(s: RequestScope, fn: () => T): T {
  const outer = scope.getStore();
  return scope.run(outer ? mergeScopes(outer, s) : s, fn);
}

function mergeScopes(outer: RequestScope, inner: RequestScope): RequestScope {
  return {
    signal: inner.signal ?? outer.signal,
    get clientIp() {
      return 'clientIp' in inner ? inner.clientIp : outer.clientIp;
    },
  };
}

/**
 * A signal aborted when the client goes away (disconnects or cancels) before its response is
 * finished: the request's work stops (db/client.ts cancels its statements; issue 14).
 */
export function clientGone(res: ServerResponse): AbortSignal {
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  return gone.signal;
}
