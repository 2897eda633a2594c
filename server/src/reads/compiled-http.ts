import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { authenticate } from '../auth/authenticate.ts';
import type { Database } from '../db/client.ts';
import { clientGone, withRequestScope } from '../request-scope.ts';
import { logRequest, operationLabel, operationName } from '../http/request-log.ts';
import { authenticated, bodyFailed, type RequestAuth } from '../http/request-guards.ts';
import type { Limits } from '../limits.ts';
import type { CompiledRead, CompiledReader } from './compiled-reads.ts';

export interface CompiledHttpOptions {
  database: Database;
  limits: Limits;
  reader: CompiledReader;
  /** The security headers Express sends on /graphql (http/security-headers.ts), flat. */
  headers: readonly string[];
  logger?: Logger;
}

/**
 * The HTTP path of compiled reads: `POST /graphql` with a plain JSON body, answered without
 * Express. For a read by id, Express's router, body parser, helmet's per-request middlewares and
 * `res.send` were about a fifth of the server's CPU (issue 14: PostGraphile serves Node's http
 * directly). It sends what Express would send (the same security headers, request id and log
 * line) and checks what Express checks, in the same order: the caller's token before the body is
 * read, the body within the small limit (`maxBodyBytes`), JSON, the document's length.
 *
 * Everything else goes to `fallback` (the Express app) untouched: other routes and methods, a
 * body that is compressed, chunked, larger than the small limit or not `application/json` in
 * UTF-8, a client that asks for another response type, anonymous callers. A request whose body
 * was read here and that does not compile (or whose statement fails) goes on with its body
 * already parsed (`req.body`, or the parse error for Express's error handler to answer,
 * http/request-guards.ts) and its caller authenticated, so Express and Apollo answer it exactly
 * as they answer any other.
 */
export function compiledReadsHttp(opts: CompiledHttpOptions, fallback: RequestListener) {
  const { limits, reader, logger } = opts;
  return (req: IncomingMessage, res: ServerResponse) => {
    if (!eligible(req, limits)) {
      fallback(req, res);
      return;
    }
    const t0 = performance.now();
    let auth: RequestAuth = null;
    let read: CompiledRead | null = null;
    // Logged from its arrival, whichever path answers (Express's does not log it again).
    if (logger) {
      logRequest(logger, req, res, {
        t0,
        path: '/graphql',
        operation: () => (read ? operationLabel(read.plan.operation) : operationName(req)),
        user: () => auth?.user.username,
      });
    }
    let handedOver = false;
    const handOver = (body?: unknown) => {
      handedOver = true;
      if (body !== undefined) (req as IncomingMessage & { body?: unknown }).body = body;
      fallback(req, res);
    };
    const serve = async () => {
      try {
        auth = await authenticate(opts.database, req.headers.authorization);
      } catch (error) {
        // The database is away: Express's path answers 503 as it always has.
        authenticated(req, { error });
        return handOver();
      }
      authenticated(req, { auth });
      if (!auth) return handOver();
      const raw = await readBody(req);
      if (raw === null) return; // the client went away while sending
      const body = parseJson(raw);
      if (body instanceof Error) {
        bodyFailed(req, body, true);
        return handOver();
      }
      const query = (body as { query?: unknown } | null)?.query;
      if (typeof query === 'string' && query.length > limits.maxQueryChars) return handOver(body);
      read = reader.prepare(body, auth);
      if (!read) return handOver(body);
      await answer(res, read, () => handOver(body));
    };
    void serve().catch((e: unknown) => {
      // A bug here: Express's error handler answers 500 (the body may be read already).
      if (!handedOver && !res.headersSent && !res.destroyed) {
        bodyFailed(req, e instanceof Error ? e : new Error(String(e)));
        handOver();
      }
    });
  };

  async function answer(res: ServerResponse, read: CompiledRead, handOver: () => void) {
    // A client that disconnects before the answer cancels the statement (db/client.ts).
    const signal = clientGone(res);
    let data: Buffer;
    try {
      data = await withRequestScope({ signal }, () => reader.answer(read, signal));
    } catch {
      // Cancelled, timed out, database away, gate full: graphql-js answers with the errors and
      // codes it gives for those (nothing to answer a client that left).
      if (!signal.aborted) handOver();
      return;
    }
    if (signal.aborted) return;
    res.writeHead(200, [
      ...opts.headers,
      'Content-Type',
      'application/json; charset=utf-8',
      'Content-Length',
      String(data.length),
    ]);
    res.end(data);
  }
}

const JSON_TYPE = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** A request this path may read: everything else is left to Express untouched. */
function eligible(req: IncomingMessage, limits: Limits): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const h = req.headers;
  const length = Number(h['content-length']);
  return (
    h.authorization !== undefined &&
    acceptsJson(h.accept) &&
    h['transfer-encoding'] === undefined &&
    (h['content-encoding'] === undefined || h['content-encoding'] === 'identity') &&
    JSON_TYPE.test(h['content-type'] ?? '') &&
    Number.isInteger(length) &&
    length > 0 &&
    length <= limits.maxBodyBytes
  );
}

/**
 * Whether Apollo would answer `application/json` to this `Accept` (absent, `*\/*` or JSON
 * named; never when the GraphQL response type is asked for: Apollo prefers it then).
 */
function acceptsJson(accept: string | undefined): boolean {
  if (accept === undefined) return true;
  const a = accept.toLowerCase();
  return !a.includes('graphql-response') && (a.includes('application/json') || a.includes('*/*'));
}

/** The body (Node's parser stops at Content-Length); null if the client went away. */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  if (req.destroyed) return Promise.resolve(null);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(null));
    req.on('close', () => {
      if (!req.complete) resolve(null);
    });
  });
}

/** JSON as Express's parser takes it (strict: an object or an array), or why not. */
function parseJson(raw: Buffer): unknown {
  const text = raw.toString('utf8').replace(/^\uFEFF/, '');
  if (!/^[\s]*[{[]/.test(text)) return new SyntaxError('not a JSON object or array');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    return e as Error;
  }
}
