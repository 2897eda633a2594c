import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { existsSync } from 'node:fs';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Logger } from 'pino';
import { operationGuard } from './auth/operation-guard.ts';
import { databaseAnswers, type Database } from './db/client.ts';
import { clientGone, withRequestScope } from './request-scope.ts';
import { admissionPlugin, Gate, HEAVY_CONCURRENCY, HEAVY_QUEUE_MAX } from './graphql/admission.ts';
import { compiledReader } from './reads/compiled-reads.ts';
import { compiledReadsHttp } from './reads/compiled-http.ts';
import { createContext, type Context } from './graphql/context.ts';
import { createArmor } from './graphql/armor.ts';
import { formatError } from './graphql/format-error.ts';
import { httpStatusPlugin } from './graphql/http-status.ts';
import { buildResolvers } from './graphql/resolvers.ts';
import { loadTypeDefs } from './graphql/schema.ts';
import { graphqlBody, jsonErrors, queryLength, type RequestAuth } from './http/request-guards.ts';
import { requestLog } from './http/request-log.ts';
import {
  API_SECURITY_HEADERS,
  apiSecurityHeaders,
  securityHeaders,
} from './http/security-headers.ts';
import { registerLedgerRoutes } from './ledger/ledger.routes.ts';
import { registerListRoutes } from './lists/index.ts';
import { registerPlanningRoutes } from './planning/index.ts';
import { limits as processLimits, type Limits } from './limits.ts';
import { WEB_DIST } from './start/web-build.ts';

/** The GraphQL server alone (tests execute operations against it without HTTP). */
export function createApollo(
  limits: Limits = processLimits(),
  opts: {
    /** The admission gate of heavy queries (shared with compiled reads). */
    gate?: Gate;
    /** Told the executable schema once Apollo has built it (compiled reads use it). */
    onSchema?: (schema: GraphQLSchema) => void;
  } = {},
) {
  const typeDefs = loadTypeDefs();
  const armor = createArmor();
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: buildResolvers(typeDefs),
    formatError,
    introspection: true,
    // Apollo would stop itself on SIGTERM at once, failing the requests in flight ("Cannot
    // execute GraphQL operations after the server has stopped"); main.ts drains them first.
    stopOnTerminationSignals: false,
    // Explicit, not NODE_ENV's accident: stack traces name server files (limits.ts).
    includeStacktraceInErrorResponses: limits.includeStacktraces,
    // The token bound is graphql-js's own parse option: a document over it is a parse failure
    // (400), where graphql-armor's parser plugin made it an unexpected error (500).
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    // Compact JSON: Apollo's default indents every response (3.4 MB instead of 2.8 MB for the
    // district hierarchy, and the time to write the indentation; issue 14).
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used (no Cache-Control from GraphQL); the default cache-control plugin
      // hooks every resolved field (willResolveField), 40,000 fields per hierarchy page.
      ApolloServerPluginCacheControlDisabled(),
      operationGuard,
      httpStatusPlugin,
      admissionPlugin(opts.gate),
      {
        async serverWillStart({ schema }) {
          opts.onSchema?.(schema);
        },
      },
    ],
  });
}

/** How long /readyz waits for `SELECT 1` (PGlite answers after a running import commits). */
const READY_TIMEOUT_MS = 2000;

/** HTTP: GraphQL at /graphql, the explorer at /graphiql, the built web client at /. */
export async function createApp(
  database: Database,
  limits: Limits = processLimits(),
  opts: {
    /** Request logs (http/request-log.ts): main.ts passes one; tests in-process go without. */
    logger?: Logger;
    /** Hierarchy reads compiled to one SQL statement (reads/); on unless turned off (tests). */
    compiledReads?: boolean;
  } = {},
) {
  const gate = new Gate(HEAVY_CONCURRENCY, HEAVY_QUEUE_MAX);
  let schema: GraphQLSchema | undefined;
  const apollo = createApollo(limits, { gate, onSchema: (s) => (schema = s) });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  // No ETag on GraphQL and JSON answers: Express hashed every answer (SHA-1 of up to megabytes)
  // for a validator no client sends back; static files keep serve-static's own (issue 14).
  app.set('etag', false);
  if (opts.logger) app.use(requestLog(opts.logger));
  // Pages (the map, the explorer) get helmet's headers with their CSP; GraphQL's JSON answers
  // get the API's (http/security-headers.ts).
  const pageHeaders = securityHeaders();
  app.use('/graphql', (req, res, next) => {
    res.locals.api = true;
    apiSecurityHeaders(req, res, next);
  });
  app.use((req, res, next) => (res.locals.api ? next() : pageHeaders(req, res, next)));
  // Liveness answers without the database (it is this process that is alive or not); readiness
  // says whether the database answers now, within READY_TIMEOUT_MS (issue 17).
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, engine: database.engine });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await databaseAnswers(database, READY_TIMEOUT_MS);
    res.status(ready ? 200 : 503).json({ ready, engine: database.engine });
  });
  app.get('/graphql', (req, res, next) => {
    // A browser opening /graphql gets the bundled explorer; GraphQL GET requests go on.
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
      res.redirect('/graphiql.html');
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    graphqlBody(database, limits),
    queryLength(limits),
    (req, res, next) => {
      // A client that disconnects (or cancels) before the answer aborts the request's work: long
      // plans stop, a heavy query leaves the admission queue, statements not yet sent are not
      // sent and running ones are cancelled (db/client.ts; issue 14). The client IP is for
      // sign-in throttling per IP (auth/sign-in-throttle.ts), read only by signIn.
      const signal = clientGone(res);
      res.locals.signal = signal;
      withRequestScope(
        {
          signal,
          get clientIp() {
            return req.ip ?? req.socket.remoteAddress;
          },
        },
        next,
      );
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        // Authenticated once, before the body was read (graphqlBody).
        const auth = res.locals.auth as RequestAuth;
        const ctx = createContext(database, auth?.user ?? null, auth?.sessionId);
        return { ...ctx, signal: res.locals.signal as AbortSignal };
      },
    }),
  );
  registerLedgerRoutes(app, database);
  registerListRoutes(app, database);
  registerPlanningRoutes(app, database);
  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
  }
  app.use(jsonErrors);
  const handler: RequestListener =
    opts.compiledReads === false
      ? app
      : compiledReadsHttp(
          {
            database,
            limits,
            reader: compiledReader(database, {
              limits,
              schema: () => schema,
              rules: createArmor().validationRules,
              gate,
            }),
            headers: API_SECURITY_HEADERS,
            logger: opts.logger,
          },
          app,
        );
  return { app: listenable(handler), apollo };
}

/** A request listener with Express's `listen` (main.ts, tests and benches call it). */
export interface App extends RequestListener {
  listen(port: number, host: string, listening?: () => void): Server;
}

function listenable(handler: RequestListener): App {
  const app = handler as App;
  app.listen = (port, host, listening) => createServer(app).listen(port, host, listening);
  return app;
}
