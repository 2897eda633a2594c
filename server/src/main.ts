import { count, sql } from 'drizzle-orm';
import { createApp } from './app.ts';
import { startAuth } from './auth/start.ts';
import { readConfig } from './config.ts';
import { migrateDatabase, openDatabase } from './db/client.ts';
import { districts } from './db/schema.ts';
import { loadDemo } from './demo/index.ts';
import { ensureCoverageFresh, ensureSeedProfiles } from './policy/index.ts';

/** `pnpm start`: migrate, load the demo district on first run, serve API and map. */
async function main() {
  const config = readConfig();
  const t0 = performance.now();
  const database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  const where = config.databaseUrl
    ? config.databaseUrl.replace(/\/\/[^@]*@/, '//')
    : config.dataDir;
  console.log(`[atlas] database: ${database.engine} (${where}) opened in ${ms(t0)}`);
  await migrateDatabase(database);
  console.log(`[atlas] migrations applied (${ms(t0)})`);
  const [{ n } = { n: 0 }] = await database.db.select({ n: count() }).from(districts);
  if (Number(n) === 0 && config.demo) {
    const t1 = performance.now();
    console.log('[atlas] empty database: loading the demo district ...');
    await loadDemo(database);
    // Fresh bulk-loaded tables have no statistics yet; without them the planner guesses badly.
    await database.rows(sql`ANALYZE`);
    console.log(`[atlas] demo district loaded in ${ms(t1)}`);
  }
  await startAuth(database, config);
  await ensureSeedProfiles(database);
  const t2 = performance.now();
  const refreshed = await ensureCoverageFresh(database);
  if (refreshed.length)
    console.log(`[atlas] coverage computed for ${refreshed.length} profile(s) in ${ms(t2)}`);
  const { app } = await createApp(database);
  const server = app.listen(config.port, config.host, () => {
    const url = `http://${config.host}:${config.port}`;
    console.log(`[atlas] ready in ${ms(t0)}`);
    console.log(`[atlas] map:      ${url}/`);
    console.log(`[atlas] GraphQL:  ${url}/graphql  (explorer: ${url}/graphiql.html)`);
  });
  const stop = async () => {
    server.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;

main().catch((e) => {
  console.error('[atlas] failed to start:', e instanceof Error ? e.message : e);
  process.exit(1);
});
