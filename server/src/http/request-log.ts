import type { NextFunction, Request, Response } from 'express';
import { getOperationAST, parse, type OperationDefinitionNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';

/**
 * Structured request logs (issue 17): one JSON line per request when its response is done, with
 * a request id (the caller's `X-Request-Id` if it is a plain token, else a new UUID; echoed in
 * the response), method, path, status, duration and, for GraphQL, the operation's name (its
 * declared name, else its type and root fields: "mutation signIn"). `debug` adds a line when a
 * request arrives. Nothing the caller sent beyond that is logged: no variables (passwords,
 * files), no headers (tokens), no query strings, so no secret can reach the log.
 *
 * `ATLAS_LOG_LEVEL`: trace, debug, info (default), warn, error, silent.
 */
export function createLogger(env: NodeJS.ProcessEnv = process.env): Logger {
  return pino({
    level: env.ATLAS_LOG_LEVEL || 'info',
    base: { service: 'coverage-atlas' },
    // Belt and braces: should a field of these names ever be logged, it is masked.
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization'],
      censor: '[redacted]',
    },
  });
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;

/** Express middleware: a request id for every request, and its log line when it ends. */
export function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    // Logged from its arrival by the compiled reads' path, which handed it over.
    const known = reqIds.get(req);
    if (known) {
      res.locals.reqId = known;
      next();
      return;
    }
    res.locals.reqId = logRequest(logger, req, res, {
      t0: performance.now(),
      path: req.originalUrl,
      operation: () => operationName(req),
      user: () => (res.locals.auth as { user?: { username?: string } } | undefined)?.user?.username,
    });
    next();
  };
}

/** Requests being logged, and their ids (a request is logged once, from its arrival). */
const reqIds = new WeakMap<IncomingMessage, string>();

/**
 * Gives a request its id (echoed in `X-Request-Id`) and logs its line when the response is done
 * or the connection closes; returns the id. Express's middleware above and the compiled reads'
 * own HTTP path (reads/compiled-http.ts) both log through it.
 */
export function logRequest(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  at: {
    /** `performance.now()` when the request arrived. */
    t0: number;
    path: string;
    operation: () => string | undefined;
    user: () => string | undefined;
  },
): string {
  const given = req.headers['x-request-id'];
  const reqId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  reqIds.set(req, reqId);
  res.setHeader('x-request-id', reqId);
  const path = at.path.split('?')[0];
  logger.debug({ reqId, method: req.method, path }, 'request received');
  let logged = false;
  const done = (event: 'finish' | 'close') => {
    if (logged) return;
    logged = true;
    const line = {
      reqId,
      method: req.method,
      path,
      status: res.statusCode,
      ms: Math.round(performance.now() - at.t0),
      operation: at.operation(),
      user: at.user(),
      // `close` before `finish`: the client went away or the server cut the connection.
      ...(event === 'close' && !res.writableFinished && { aborted: true }),
    };
    if (res.statusCode >= 500) logger.warn(line, 'request failed');
    else logger.info(line, 'request');
  };
  res.on('finish', () => done('finish'));
  res.on('close', () => done('close'));
  return reqId;
}

/** The GraphQL operation of a /graphql request, or undefined for other routes. */
export function operationName(
  req: IncomingMessage & { body?: unknown; query?: Request['query'] },
): string | undefined {
  const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
  const query =
    typeof body?.query === 'string'
      ? body.query
      : typeof req.query?.query === 'string'
        ? req.query.query
        : undefined;
  if (query === undefined) return undefined;
  const wanted = typeof body?.operationName === 'string' ? body.operationName : undefined;
  let op: OperationDefinitionNode | null | undefined;
  try {
    // The document passed the length and token bounds before it ran; one that failed to
    // parse is logged as such.
    op = getOperationAST(parse(query, { maxTokens: 10_000, noLocation: true }), wanted);
  } catch {
    return '(unparsable)';
  }
  if (!op) return '(unknown)';
  return operationLabel(op);
}

/** An operation as the log names it: its declared name, else its type and root fields. */
export function operationLabel(op: OperationDefinitionNode): string {
  if (op.name) return op.name.value;
  const fields = op.selectionSet.selections
    .map((s) => (s.kind === 'Field' ? s.name.value : '...'))
    .slice(0, 5);
  return `${op.operation} ${fields.join(',')}`;
}
