import type { PGlite } from '@electric-sql/pglite';
import { sql as rawSql, type SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { currentRequestScope, withRequestScope } from '../request-scope.ts';
import { limits } from '../limits.ts';
import {
  DataDirError,
  diskFull,
  diskFullMessage,
  emptyDataDir,
  ensureDataDir,
  isEmptyDataDir,
  lockDataDir,
} from './data-dir.ts';
import { rows } from './rows.ts';
import * as schema from './schema.ts';

/** One typed drizzle database over either engine. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query surface. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Tx;

export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Counts every SQL statement sent through drizzle (tests assert N+1 bounds with it). */
  stats: { queries: number };
  /** The PGlite instance when embedded (for dumps, COPY); undefined on a server. */
  pglite?: PGlite;
  /** The postgres.js client when on a server. */
  sql?: postgres.Sql;
  /** `statement_timeout` of every pooled server connection in ms (0: none, as on PGlite). */
  statementTimeoutMs: number;
  /**
   * Runs `fn` on a database whose statements are not bounded by the statement timeout: a
   * one-connection client of its own on a server, the same database on PGlite. For migrations.
   */
  unbounded<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /**
   * The first column of the first row of `query`, as the UTF-8 bytes PostgreSQL sent on a server
   * (no decoding into a JavaScript string and back: reads/ sends JSON that PostgreSQL built
   * as it is), as text on PGlite; null when there is no row. Counted and cancelled like
   * every statement. On a server it runs on the compiled reads' pool, where PostgreSQL may keep
   * a generic plan, unless `planForValues` asks for a plan made for its values every run.
   */
  firstValue(query: SQL, opts?: { planForValues?: boolean }): Promise<Buffer | string | null>;
  /** Applies every migration in migrations/ (through the engine's own drizzle migrator). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Renders drizzle SQL for statements sent without drizzle (`firstValue`); the schema's casing. */
const DIALECT = new PgDialect({ casing: 'snake_case' });

/** `application_name` of the server engine's connections (pg_stat_activity). */
export const APPLICATION_NAME = 'coverage-atlas';
/** Seconds to wait for a connection before the request fails SERVICE_UNAVAILABLE. */
const CONNECT_TIMEOUT_S = 5;
/** Seconds an unused pooled connection stays open. */
const IDLE_TIMEOUT_S = 60;
/**
 * A transaction of ours idle this long (ms) is ended by PostgreSQL, releasing its locks: our
 * transactions never wait on anything but their own statements, so this only fires on a bug.
 */
const IDLE_IN_TRANSACTION_MS = 120_000;

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations', import.meta.url));
const MIGRATIONS = { migrationsFolder: MIGRATIONS_DIR };

/**
 * The abort signal of the request whose statements run in this async context (app.ts sets it
 * around each GraphQL request, request-scope.ts). When the client goes away, statements not yet
 * sent are refused and running ones are cancelled on the server (57014), so abandoned requests
 * stop their work.
 */
const statementSignal = () => currentRequestScope()?.signal;

/** Runs `fn` (and everything it starts) with its statements bound to `signal`. */
export function withStatementSignal<T>(signal: AbortSignal, fn: () => T): T {
  return withRequestScope({ signal }, fn);
}

/** The error a statement of a request whose client went away fails with (not sent). */
export class RequestGoneError extends Error {
  code = '57014';
  constructor() {
    super('canceling statement: the client went away');
  }
}

/**
 * Distinct statement texts sent as named prepared statements, per process (each pooled
 * connection prepares each once). Drizzle sends every statement unnamed: PostgreSQL parses and
 * plans it again each time, and postgres.js describes an unnamed statement with parameters in a
 * round trip of its own before running it (issue 14). The loaders' texts are few and fixed
 * (`= ANY($1)`, one array parameter); the bound keeps texts built from user input (search
 * filters) from growing every connection's prepared statements without end.
 */
const PREPARED_TEXTS_MAX = 500;

/**
 * Connections of the compiled reads' pool (below): the admission gate lets 3 heavy reads run at
 * once (graphql/admission.ts), which leaves 2 for the light ones.
 */
const READS_POOL_MAX = 5;
const preparedTexts = new Set<string>();

/**
 * The pool as drizzle sees it: `unsafe` (drizzle's only way in outside transactions) prepares
 * statements with parameters (within the bound) and ties each statement to the request's signal.
 */
function hotClient(client: postgres.Sql): postgres.Sql {
  const unsafe = client.unsafe.bind(client);
  const hot = (text: string, args: unknown[] = [], options: Record<string, unknown> = {}) => {
    const prepare =
      args.length > 0 &&
      (preparedTexts.has(text) ||
        (preparedTexts.size < PREPARED_TEXTS_MAX && Boolean(preparedTexts.add(text))));
    const q = unsafe(
      text,
      args as postgres.ParameterOrJSON<never>[],
      prepare ? { ...options, prepare: true } : options,
    );
    const signal = statementSignal();
    // Cancels the statement on the server if the request goes while it runs (postgres.js sends
    // a CancelRequest; a statement still queued for a connection is dropped). Attaching to the
    // query itself would start it before drizzle asks for `.values()`, so the listener stays
    // until the request ends (a request has a handful of statements).
    if (signal) signal.addEventListener('abort', () => void q.cancel(), { once: true });
    return q;
  };
  return new Proxy(client, {
    get: (target, key, receiver) => (key === 'unsafe' ? hot : Reflect.get(target, key, receiver)),
  });
}

export interface OpenOptions {
  /** postgres://... to use a PostgreSQL server; otherwise embedded PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; undefined keeps the database in memory. */
  dataDir?: string;
  /** A PGlite data dump (from `dumpDataDir`) to start from, e.g. a migrated template in tests. */
  loadDataDir?: Blob | File;
  /** Extra PGlite server settings (`-c name=value`), e.g. for compact dumps (demo/snapshot.ts). */
  pgliteSettings?: Record<string, string>;
  /** Server engine: `statement_timeout` in ms; default `limits().statementTimeoutMs`, 0 for none. */
  statementTimeoutMs?: number;
  /** Server engine: `lock_timeout` in ms; default `limits().lockTimeoutMs`, 0 for none. */
  lockTimeoutMs?: number;
}

export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const stats = { queries: 0 };
  const logger = {
    logQuery: () => {
      // A request whose client went away sends no more statements (both engines).
      if (statementSignal()?.aborted) throw new RequestGoneError();
      stats.queries++;
    },
  };
  if (opts.databaseUrl) {
    const url = opts.databaseUrl;
    const timeout = opts.statementTimeoutMs ?? limits().statementTimeoutMs;
    const lockTimeout = opts.lockTimeoutMs ?? limits().lockTimeoutMs;
    // Sent in the startup packet of every pooled connection: no request statement outlives it
    // (issue 11, hole 2); bulk work lifts it per transaction (liftStatementTimeout). Our plans
    // are short: JIT compiling them cost more than running them (issue 14). A lock wait ends at
    // `lock_timeout`, before the statement timeout (limits.ts), as a retryable CONFLICT.
    // When the database restarts or cuts a connection (db/unavailable.ts), postgres.js drops
    // that connection and opens a new one for the next query: the pool recovers by itself and
    // the requests in flight fail with SERVICE_UNAVAILABLE. `connect_timeout` bounds how long a
    // request waits for an unreachable server (30 s by default); idle connections are closed,
    // so few sockets go stale while nothing happens. The application name lets an operator (and
    // the fault tests) find our backends in pg_stat_activity.
    const pool = (planCacheMode: 'force_custom_plan' | 'auto') =>
      postgres(url, {
        onnotice: () => {},
        max: planCacheMode === 'auto' ? READS_POOL_MAX : 10,
        connect_timeout: CONNECT_TIMEOUT_S,
        idle_timeout: IDLE_TIMEOUT_S,
        connection: {
          statement_timeout: timeout,
          lock_timeout: lockTimeout,
          idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
          jit: 'off',
          // No parallel workers for requests: many short requests share a few cores, and a
          // parallel plan's start-up and gather cost more than they save (issue 14: a street
          // view's outside-circle query at 1M took 45-90 ms with 2 workers, 22-33 ms without).
          // Bulk work (unboundedClient below) keeps them.
          max_parallel_workers_per_gather: '0', // a string: postgres.js drops a 0 from the start-up parameters
          // Prepared statements (below) keep their parse, not their plan: after five runs
          // PostgreSQL may switch to a generic plan that ignores the values, and a bbox or a
          // profile id decides the best plan (issue 14: the district's workstations at 1M took
          // 212 ms median with the generic plan, 20 ms planned for its values).
          plan_cache_mode: planCacheMode,
          application_name: APPLICATION_NAME,
        },
      });
    const client = pool('force_custom_plan');
    // Compiled hierarchy reads (reads/) have a pool of their own where PostgreSQL may keep a
    // generic plan: their parameters are ids, codes, page sizes, cursors and plain filters, whose
    // best plan does not depend on the value (those with an area filter run on the main pool),
    // and planning again on every run was a third of the PostgreSQL time of "one organization by
    // id" (0.10 ms instead of 0.068 ms a statement, pgbench; issue 14). Idle connections close,
    // so the second pool costs nothing unused. Fewer connections than the main pool: more
    // statements share one write to the socket and fewer backends are woken (50 clients reading
    // by id: 5 connections served 4-17 % more requests than 10, PostgreSQL CPU per request
    // 0.046-0.050 ms instead of 0.054-0.065).
    const readsClient = pool('auto');
    const reads = hotClient(readsClient);
    const hot = hotClient(client);
    const db = drizzlePostgres(hot, {
      schema,
      casing: 'snake_case',
      logger,
    }) as unknown as Db;
    /** The pool when it has no statement timeout, else a one-connection client of its own. */
    const unboundedClient = async <T>(fn: (c: postgres.Sql) => Promise<T>): Promise<T> => {
      if (timeout === 0) return fn(client);
      const own = postgres(url, {
        onnotice: () => {},
        max: 1,
        connection: { application_name: APPLICATION_NAME },
      });
      try {
        return await fn(own);
      } finally {
        await own.end({ timeout: 5 });
      }
    };
    return {
      db,
      engine: 'postgres',
      stats,
      sql: client,
      statementTimeoutMs: timeout,
      firstValue: async (query, opts) => {
        logger.logQuery();
        const { sql: text, params } = DIALECT.sqlToQuery(query);
        const pool = opts?.planForValues ? hot : reads;
        const [row] = await pool.unsafe(text, params as postgres.ParameterOrJSON<never>[]).raw();
        return (row?.[0] as Buffer | null | undefined) ?? null;
      },
      unbounded: <T>(fn: (db: Db) => Promise<T>) =>
        unboundedClient((c) =>
          fn(
            c === client
              ? db
              : (drizzlePostgres(c, { schema, casing: 'snake_case' }) as unknown as Db),
          ),
        ),
      // A data migration over a large district may run longer than any request should.
      migrate: () => unboundedClient((c) => migratePostgres(drizzlePostgres(c), MIGRATIONS)),
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), readsClient.end({ timeout: 5 })]);
      },
    };
  }
  // A data directory is created on first use and held by this process alone (data-dir.ts).
  let release = () => {};
  let firstStart = false;
  if (opts.dataDir) {
    ensureDataDir(opts.dataDir);
    release = lockDataDir(opts.dataDir);
    firstStart = isEmptyDataDir(opts.dataDir);
  }
  // The embedded engine is loaded only when used: a server on PostgreSQL does not carry its
  // ~60 MB (issue 14: server RSS).
  const [{ PGlite }, { postgis }, { drizzle: drizzlePglite }, { migrate: migratePglite }] =
    await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite-postgis'),
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ]);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: opts.dataDir,
      loadDataDir: opts.loadDataDir,
      extensions: { postgis },
      ...(opts.pgliteSettings && {
        startParams: [
          ...PGlite.defaultStartParams,
          ...Object.entries(opts.pgliteSettings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
        ],
      }),
    });
  } catch (e) {
    // A first start that failed half-way (a full disk while restoring the demo) must not leave
    // a half-written database that the next start would take for a real one.
    if (opts.dataDir && firstStart) emptyDataDir(opts.dataDir);
    release();
    throw diskFull(e) ? new DataDirError(diskFullMessage(opts.dataDir ?? '', e)) : e;
  }
  const db = drizzlePglite(pglite, { schema, casing: 'snake_case', logger }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    stats,
    pglite,
    statementTimeoutMs: 0,
    firstValue: async (query) => {
      const [row] = await rows<Record<string, unknown>>(db, query);
      return row ? ((Object.values(row)[0] as string | null) ?? null) : null;
    },
    unbounded: (fn) => fn(db),
    migrate: () => migratePglite(drizzlePglite(pglite), MIGRATIONS),
    close: async () => {
      try {
        await pglite.close();
      } finally {
        release();
      }
    },
  };
}

/** Whether the database answers `SELECT 1` within `ms` (readiness). */
export async function databaseAnswers(database: Database, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)));
  const ping = database.db.execute(rawSql`SELECT 1`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Applies every migration in migrations/ (the same files on both engines). */
export function migrateDatabase(database: Database): Promise<void> {
  return database.migrate();
}

/**
 * Lifts the statement timeout for the rest of the transaction `tx`, for bulk work that may
 * rightly take minutes (demo load, full coverage refresh, ledger import). A no-op on PGlite,
 * which has no timeout.
 */
export async function liftStatementTimeout(tx: Executor): Promise<void> {
  await tx.execute(rawSql`SET LOCAL statement_timeout = 0`);
}
