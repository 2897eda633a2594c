import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { authenticate } from './auth/authenticate.ts';
import { operationGuard } from './auth/operation-guard.ts';
import type { Database } from './db/client.ts';
import { createContext, type Context } from './graphql/context.ts';
import { createArmor } from './graphql/armor.ts';
import { formatError } from './graphql/format-error.ts';
import { buildResolvers } from './graphql/resolvers.ts';
import { loadTypeDefs } from './graphql/schema.ts';
import { registerLedgerRoutes } from './ledger/ledger.routes.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The GraphQL server alone (tests execute operations against it without HTTP). */
export function createApollo() {
  const typeDefs = loadTypeDefs();
  const armor = createArmor();
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: buildResolvers(typeDefs) as never,
    formatError,
    introspection: true,
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, ApolloServerPluginLandingPageDisabled(), operationGuard],
  });
}

/** HTTP: GraphQL at /graphql, the explorer at /graphiql, the built web client at /. */
export async function createApp(database: Database) {
  const apollo = createApollo();
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, engine: database.engine });
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
    express.json({ limit: '20mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const auth = await authenticate(database, req.headers.authorization);
        return createContext(database, auth?.user ?? null, auth?.sessionId);
      },
    }),
  );
  registerLedgerRoutes(app, database);
  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: 'index.html', maxAge: '1h' }));
  }
  return { app, apollo };
}
