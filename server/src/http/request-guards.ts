import type { IncomingMessage } from 'node:http';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { authenticate } from '../auth/authenticate.ts';
import { WRITERS } from '../auth/guards.ts';
import type { Database } from '../db/client.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { serviceUnavailable } from '../errors.ts';
import type { ErrorCode } from '../__generated__/resolvers.ts';
import type { Limits } from '../limits.ts';

/** Reasons of HTTP-level refusals (tests assert on them). */
export const HttpReasons = {
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  INVALID_JSON: 'INVALID_JSON',
  UNSUPPORTED_ENCODING: 'UNSUPPORTED_ENCODING',
  QUERY_TOO_LONG: 'QUERY_TOO_LONG',
} as const;

/** Who is asking, resolved once per request before the body is read (res.locals.auth). */
export type RequestAuth = Awaited<ReturnType<typeof authenticate>>;

/**
 * Reads the JSON body of a /graphql request within the caller's limit: the small one for
 * anonymous users and read-only roles, the import one for roles that may send a ledger file.
 * The bearer token is checked first, so nobody unauthenticated can make the server read more
 * than `maxBodyBytes` (issue 11, hole 4); an oversized Content-Length is refused unread.
 */
export function graphqlBody(database: Database, limits: Limits): RequestHandler {
  const small = express.json({ limit: limits.maxBodyBytes });
  const large = express.json({ limit: limits.maxImportBodyBytes });
  return async (req, res, next) => {
    try {
      const known = authentications.get(req);
      if (known && 'error' in known) throw known.error;
      const auth: RequestAuth = known
        ? known.auth
        : await authenticate(database, req.headers.authorization);
      res.locals.auth = auth;
      // Read already by the compiled reads' path (reads/compiled-http.ts): `req.body` is set
      // (the JSON parser sees a finished request and leaves it), or the parse failed.
      const failed = bodyFailures.get(req);
      if (failed) {
        next(failed);
        return;
      }
      const writer = auth != null && WRITERS.includes(auth.user.role);
      (writer ? large : small)(req, res, next);
    } catch (e) {
      next(e);
    }
  };
}

const authentications = new WeakMap<IncomingMessage, { auth: RequestAuth } | { error: unknown }>();

/** The caller as authenticated already (the compiled reads' path): not looked up again. */
export function authenticated(
  req: IncomingMessage,
  result: { auth: RequestAuth } | { error: unknown },
) {
  authentications.set(req, result);
}

const bodyFailures = new WeakMap<IncomingMessage, Error>();

/**
 * A body read elsewhere that failed: `jsonErrors` answers it. `notJson` makes the error the one
 * Express's JSON parser gives (400 INVALID_JSON); any other is a bug (500).
 */
export function bodyFailed(req: IncomingMessage, error: Error, notJson = false): void {
  bodyFailures.set(
    req,
    notJson ? Object.assign(error, { type: 'entity.parse.failed', status: 400 }) : error,
  );
}

/** Refuses a GraphQL document longer than `maxQueryChars` before anything parses it. */
export function queryLength(limits: Limits): RequestHandler {
  return (req, res, next) => {
    const body: unknown = req.body;
    const query =
      body && typeof body === 'object' && 'query' in body ? body.query : req.query?.query;
    if (typeof query === 'string' && query.length > limits.maxQueryChars) {
      sendError(
        res,
        400,
        'BAD_REQUEST',
        HttpReasons.QUERY_TOO_LONG,
        `The GraphQL document has ${query.length} characters; at most ${limits.maxQueryChars} are accepted.`,
      );
      return;
    }
    next();
  };
}

/**
 * Every error that reaches Express (unreadable JSON, a body over its limit, a bug) answers as a
 * GraphQL-shaped JSON error with a code, never Express's HTML page with a stack trace.
 */
export const jsonErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) {
    next(err);
    return;
  }
  const e = (err ?? {}) as { type?: string; status?: number; limit?: number };
  if (e.type === 'entity.too.large') {
    sendError(
      res,
      413,
      'BAD_REQUEST',
      HttpReasons.BODY_TOO_LARGE,
      `The request body is larger than the ${e.limit} bytes this server accepts from you. Send large ledger files with \`pnpm import\`.`,
    );
  } else if (e.type === 'entity.parse.failed') {
    sendError(res, 400, 'BAD_REQUEST', HttpReasons.INVALID_JSON, 'The request body is not JSON.');
  } else if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    sendError(res, 415, 'BAD_REQUEST', HttpReasons.UNSUPPORTED_ENCODING, String(err.message));
  } else if (isDatabaseUnavailable(err)) {
    // e.g. the token check before GraphQL while the database restarts: retryable, not a bug.
    const u = serviceUnavailable();
    res.setHeader('retry-after', String(u.extensions.retryAfterSeconds));
    res.status(503).json({ errors: [{ message: u.message, extensions: u.extensions }] });
  } else if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    sendError(res, e.status, 'BAD_REQUEST', undefined, 'Bad request.');
  } else {
    console.error('[http] internal error:', err);
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', undefined, 'Internal server error');
  }
};

function sendError(
  res: Parameters<RequestHandler>[1],
  status: number,
  code: ErrorCode,
  reason: string | undefined,
  message: string,
) {
  res.status(status).json({ errors: [{ message, extensions: { code, reason } }] });
}
