/**
 * Whether an error means the database could not serve a request at all, rather than refusing
 * it: the server is down, restarting, or cut the connection (pg_terminate_backend, a crash, a
 * network reset). Such requests are answered SERVICE_UNAVAILABLE (errors.ts), a retryable error;
 * postgres.js opens new connections for the next requests by itself, so the pool recovers once
 * the database is back. PGlite runs in-process and never raises these.
 */

/** Client-side codes of postgres.js and Node's socket errors that mean "no usable connection". */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of the same (https://www.postgresql.org/docs/15/errcodes-appendix.html): class 08
 * connection exceptions, 57P01 admin_shutdown (a restart or pg_terminate_backend), 57P02
 * crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down), 53300
 * too_many_connections.
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

export function isDatabaseUnavailable(e: unknown): boolean {
  let cur: unknown = e;
  // drizzle wraps the driver's error in `cause`; GraphQL wraps a resolver's in `originalError`.
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const c = cur as { code?: unknown; errno?: unknown; cause?: unknown; originalError?: unknown };
    const code = typeof c.code === 'string' ? c.code : typeof c.errno === 'string' ? c.errno : '';
    if (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code)) return true;
    cur = c.cause ?? c.originalError;
  }
  return false;
}
