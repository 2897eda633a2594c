import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { authenticate } from '../auth/authenticate.ts';
import { requireSignedIn } from '../auth/authorize.ts';
import type { Database } from '../db/client.ts';
import { createContext } from '../graphql/context.ts';
import { ledgerResolvers } from './ledger.resolvers.ts';

/**
 * Downloads for browsers and scripts (the same as the GraphQL queries, as files):
 * GET /ledger/export.xlsx?scope=Grid:12&profile=shunyi-2017 and
 * GET /ledger/organizations/:id/form.xlsx (id as a global id or a number). Bearer session as for
 * /graphql; errors come back as JSON with the GraphQL error code.
 */
type Field = (
  parent: unknown,
  args: Record<string, unknown>,
  ctx: unknown,
  info: unknown,
) => unknown;
const query = ledgerResolvers.Query as unknown as Record<string, Field>;

async function send(
  database: Database,
  req: Request,
  res: Response,
  field: 'exportLedger' | 'exportOrganizationForm',
  args: Record<string, unknown>,
) {
  try {
    const auth = await authenticate(database, req.headers.authorization);
    const ctx = createContext(database, auth?.user ?? null, auth?.sessionId);
    requireSignedIn(ctx);
    const file = (await query[field]!({}, args, ctx, {})) as {
      fileName: string;
      mimeType: string;
      contentBase64: string;
    } | null;
    if (!file) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'no such organization' } });
      return;
    }
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.send(Buffer.from(file.contentBase64, 'base64'));
  } catch (e) {
    const code =
      e instanceof GraphQLError
        ? String(e.extensions.code ?? 'INTERNAL_SERVER_ERROR')
        : 'INTERNAL_SERVER_ERROR';
    const status =
      { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 }[code] ?? 500;
    res
      .status(status)
      .json({ error: { code, message: status === 500 ? 'internal error' : (e as Error).message } });
  }
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

export function registerLedgerRoutes(app: Express, database: Database): void {
  app.get('/ledger/export.xlsx', (req, res) =>
    send(database, req, res, 'exportLedger', {
      scope: str(req.query.scope),
      profile: str(req.query.profile),
    }),
  );
  app.get('/ledger/organizations/:id/form.xlsx', (req, res) => {
    const id = String(req.params.id);
    return send(database, req, res, 'exportOrganizationForm', {
      id: /^\d+$/.test(id) ? `Organization:${id}` : id,
      profile: str(req.query.profile),
    });
  });
}
