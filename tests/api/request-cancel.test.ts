import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RequestGoneError,
  withStatementSignal,
  type Database,
} from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { Gate, operationDepth } from '../../server/src/graphql/admission.ts';
import { parse, type OperationDefinitionNode } from 'graphql';
import { testDatabase } from '../helpers/db.ts';

/**
 * Issue 14: a request whose client went away stops its work. Its statements not yet sent are
 * not sent (both engines); a running one is cancelled on the server; a heavy query waiting for
 * admission leaves the queue.
 */
let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('statements of a request whose client went away', () => {
  it('are not sent once the request is gone', async () => {
    const gone = new AbortController();
    gone.abort();
    const before = database.stats.queries;
    await expect(
      withStatementSignal(gone.signal, async () => await database.db.execute(sql`SELECT 1`)),
    ).rejects.toBeInstanceOf(RequestGoneError);
    expect(database.stats.queries).toBe(before);
    // Outside the request, the database answers as before.
    expect(await rows(database.db, sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });

  it.runIf(process.env.DATABASE_URL)(
    'are cancelled on the server while they run (57014), and the pool goes on',
    async () => {
      const gone = new AbortController();
      const t0 = performance.now();
      // Drizzle's queries start when awaited: inside the request's async context, as resolvers do.
      const running = withStatementSignal(
        gone.signal,
        async () => await database.db.execute(sql`SELECT pg_sleep(20) AS slept_for_cancel_test`),
      );
      setTimeout(() => gone.abort(), 300);
      const error = await running.then(
        () => null,
        (e: unknown) => e as { code?: string; cause?: { code?: string } },
      );
      expect(error).not.toBeNull();
      expect(error!.code ?? error!.cause?.code).toBe('57014');
      expect(performance.now() - t0).toBeLessThan(5000);
      const still = await rows<{ n: number }>(
        database.db,
        sql`SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE query LIKE '%slept_for_cancel_test%' AND pid <> pg_backend_pid()`,
      );
      expect(Number(still[0]!.n)).toBe(0);
      // Every pooled connection still serves (none left waiting on the cancelled statement).
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          rows<{ i: number }>(database.db, sql`SELECT ${i}::int AS i`),
        ),
      );
      expect(answers.map((r) => r[0]!.i)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    },
  );
});

describe('admission of heavy queries', () => {
  const depthOf = (q: string) => {
    const doc = parse(q);
    return operationDepth(
      doc,
      doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode,
    );
  };

  it('measures the deepest field path, through fragments', () => {
    expect(depthOf(`{ organization(id: "x") { id name } }`)).toBe(2);
    expect(
      depthOf(
        `{ grid(id: "g") { ...B } } fragment B on Grid { buildings { organizations { nodes { id } } } }`,
      ),
    ).toBe(5);
  });

  it('runs a few at a time in arrival order; a waiter whose client goes leaves the queue', async () => {
    const gate = new Gate(2, 10);
    const a = await gate.acquire();
    const b = await gate.acquire();
    const order: string[] = [];
    const gone = new AbortController();
    const c = gate.acquire(gone.signal).then((r) => (order.push('c'), r));
    const d = gate.acquire().then((r) => (order.push('d'), r));
    expect(gate.stats).toEqual({ running: 2, waiting: 2 });
    gone.abort();
    await expect(c).rejects.toThrow();
    expect(gate.stats).toEqual({ running: 2, waiting: 1 });
    a();
    a(); // a second release of the same place frees nothing more
    const releaseD = await d;
    expect(order).toEqual(['d']);
    expect(gate.stats).toEqual({ running: 2, waiting: 0 });
    b();
    releaseD();
    expect(gate.stats).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses beyond the queue bound, retryable', async () => {
    const gate = new Gate(1, 1);
    const release = await gate.acquire();
    const waiting = gate.acquire();
    await expect(gate.acquire()).rejects.toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    release();
    (await waiting)();
    expect(gate.stats).toEqual({ running: 0, waiting: 0 });
  });
});

describe('request connections on the server engine', () => {
  // Measured at 1M (issue 14): named prepared statements switched to generic plans after five
  // runs and the district's workstations took 212 ms instead of 20; parallel workers doubled a
  // street view's statement; JIT compiled longer than short map statements ran.
  it.runIf(process.env.DATABASE_URL)(
    'plan each run for its own values, without parallel workers or JIT',
    async () => {
      const show = async (name: string) =>
        (await rows<Record<string, string>>(database.db, sql.raw(`SHOW ${name}`)))[0]![name];
      expect(await show('plan_cache_mode')).toBe('force_custom_plan');
      expect(await show('max_parallel_workers_per_gather')).toBe('0');
      expect(await show('jit')).toBe('off');
    },
  );

  // Compiled reads (reads/) key on ids, codes, page sizes, cursors and plain filters: a generic
  // plan serves them, and planning each run was a third of the PostgreSQL time of a read by id.
  it.runIf(process.env.DATABASE_URL)(
    'compiled reads may keep a generic plan, still without parallel workers or JIT',
    async () => {
      const value = await database.firstValue(
        sql.raw(
          `SELECT concat_ws(',', current_setting('plan_cache_mode'), current_setting('jit'), current_setting('max_parallel_workers_per_gather'))`,
        ),
      );
      expect(String(value)).toBe('auto,off,0');
      // An area filter (bbox, near): planned for its values, on the request pool.
      const forValues = await database.firstValue(
        sql.raw(`SELECT current_setting('plan_cache_mode')`),
        { planForValues: true },
      );
      expect(String(forValues)).toBe('force_custom_plan');
    },
  );
});
