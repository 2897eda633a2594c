// Production unless told otherwise: no stack traces in responses (issue 10). The start script
// sets it too; `pnpm dev` sets NODE_ENV=development. Apollo and Express read it when they are
// created in main(), after this line.
process.env.NODE_ENV ??= 'production';

import { count } from 'drizzle-orm';
import type { ServerResponse } from 'node:http';
import { createApp } from './app.ts';
import { startAuth } from './auth/start.ts';
import { readConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { DataDirError, isEmptyDataDir } from './db/data-dir.ts';
import { createLogger } from './http/request-log.ts';
import { districts } from './db/schema.ts';
import { loadDemo } from './demo/index.ts';
import { usableDemoSnapshot } from './demo/snapshot.ts';
import { ensureCoverageFresh, ensureSeedProfiles } from './policy/index.ts';
import { ensureWebBuild } from './start/web-build.ts';

/** `pnpm start`: migrate, load the demo district on first run, serve API and map. */
async function main() {
  const t0 = performance.now();
  const step = (line: string) => console.log(`[atlas] ${line} (${secs(t0)})`);
  const config = readConfig();
  if (ensureWebBuild(step)) step('map client built');

  // First start on the embedded engine: restore the prepared demo database instead of
  // generating it (demo/snapshot.ts), unless the code that shapes it has changed since.
  let restore: File | undefined;
  if (!config.databaseUrl && config.demo && isEmptyDataDir(config.dataDir)) {
    const snapshot = usableDemoSnapshot();
    if ('file' in snapshot) restore = snapshot.file;
    else step(`demo snapshot not used: ${snapshot.why}; generating the demo instead`);
  }
  const where = config.databaseUrl
    ? config.databaseUrl.replace(/\/\/[^@]*@/, '//')
    : config.dataDir;
  step(`opening the ${config.databaseUrl ? 'PostgreSQL' : 'embedded'} database at ${where}`);
  const database = await openDatabase(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl }
      : { dataDir: config.dataDir, loadDataDir: restore },
  );
  if (restore) step('demo district restored from server/data/demo-snapshot.tar.gz');
  else step(`database ${database.engine} opened`);
  await migrateDatabase(database);
  step('migrations applied');
  const [{ n } = { n: 0 }] = await database.db.select({ n: count() }).from(districts);
  if (Number(n) === 0 && config.demo) {
    step('empty database: generating the demo district (30,000 organizations) ...');
    await loadDemo(database);
    step('demo district loaded');
  }
  await startAuth(database, config);
  await ensureSeedProfiles(database);
  const refreshed = await ensureCoverageFresh(database);
  if (refreshed.length) step(`coverage computed for ${refreshed.length} profile(s)`);
  const logger = createLogger();
  const { app, apollo } = await createApp(database, undefined, { logger });
  const server = app.listen(config.port, config.host, () => {
    const url = `http://${config.host}:${config.port}`;
    step('ready');
    console.log(`[atlas] map:      ${url}/`);
    console.log(`[atlas] GraphQL:  ${url}/graphql  (explorer: ${url}/graphiql.html)`);
  });
  server.on('error', (e) => fail(e));
  // Idle keep-alive connections are kept longer than clients keep them (undici and browsers
  // close theirs after a few seconds, or the `Keep-Alive: timeout` hint less a margin). With
  // Node's 5 s default, a server whose event loop was busy (PGlite runs each query in-line) ran
  // the expired keep-alive timer before reading the request that had arrived on that socket, and
  // reset it: the client saw ECONNRESET for a request the server never saw (issue 17, load bench).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  // SIGTERM / SIGINT (issue 17): stop accepting at once, let the requests in flight finish (an
  // import or a save commits or rolls back whole either way), then close the database cleanly so
  // the next start needs no recovery. Past the timeout the remaining connections are cut.
  let stopping = false;
  // Responses in flight when stopping say `Connection: close`, so no client sends another
  // request on their keep-alive connection.
  const inFlight = new Set<ServerResponse>();
  server.on('request', (_req, res: ServerResponse) => {
    if (stopping) res.setHeader('connection', 'close');
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
  });
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    step(
      `${signal}: finishing ${inFlight.size} request(s) in flight (at most ${config.shutdownTimeoutMs / 1000} s)`,
    );
    const closed = new Promise<void>((r) => server.close(() => r()));
    // Keep-alive connections that fall idle would hold close() until their own timeout.
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const cut = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
    server.closeIdleConnections();
    await closed;
    clearInterval(idle);
    clearTimeout(cut);
    await apollo.stop();
    await database.close();
    step('stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** How long an idle keep-alive connection stays open (see above). */
const KEEP_ALIVE_MS = 65_000;

const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

/** Start-up failures are the user's to fix: say what and how, without a stack trace. */
function fail(e: unknown): never {
  const code = e && typeof e === 'object' && 'code' in e ? String(e.code) : '';
  let message = e instanceof Error ? e.message : String(e);
  if (code === 'EADDRINUSE') message = `${message}: another server uses that port; set PORT=...`;
  if (e instanceof DataDirError || code) console.error(`[atlas] cannot start: ${message}`);
  else console.error('[atlas] failed to start:', message);
  process.exit(1);
}

main().catch(fail);
