import { existsSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { lockFileOf } from '../../server/src/db/data-dir.ts';
import { rows } from '../../server/src/db/rows.ts';
import {
  gridsToShrink,
  gridVersions,
  gridVersionsWithoutAudit,
  type GridToShrink,
} from '../helpers/grids.ts';
import {
  IMPORT_LEDGER,
  importNewOrganizations,
  ledgerFile,
  newOrganizationsCsv,
  postGraphql,
  saveGridBoundary,
  signInHttp,
} from '../helpers/http-client.ts';
import { checkIntact, INTACT } from '../helpers/invariants.ts';
import { engine, smallDemoTarget } from '../helpers/small-demo-target.ts';
import {
  spawnServer,
  type DataTarget,
  type ServerProcess,
  waitForLog,
} from '../helpers/server-process.ts';

/**
 * Issue 17: the server process is killed (SIGKILL) in the middle of a boundary save and of a
 * ledger import, then started again on the same data: each write is there whole or not at all,
 * the invariants hold, and on PGlite the data directory opens again (the dead process's lock is
 * taken over, PostgreSQL's WAL recovery runs). Then SIGTERM: the request in flight finishes, the
 * process exits 0 and leaves no lock behind. On the engine of this run (PGlite, or DATABASE_URL).
 */
const PASSWORD = 'faults-password-1';
const IMPORT_ROWS = 1500;
const prepareTarget = () => smallDemoTarget(PASSWORD);

describe(`the server process is killed mid-write (${engine})`, () => {
  let target: DataTarget;
  let server: ServerProcess | undefined;
  let grid: GridToShrink;
  let initialVersions: Map<number, number>;
  const buildingCodes = ['B1101130010011', 'B1101130010012', 'B1101130020011'];

  beforeAll(async () => {
    target = await prepareTarget();
    const db = await target.open();
    [grid] = (await gridsToShrink(db.db, { metres: 30, limit: 1 })) as [GridToShrink];
    initialVersions = await gridVersions(db.db);
    await target.release(db);
  }, 300_000);

  afterAll(async () => {
    server?.proc.kill('SIGKILL');
    await server?.exited;
    await target?.dispose();
  });

  /** A server left running by a failed test would hold the PGlite directory. */
  async function noServer() {
    if (!server) return;
    server.proc.kill('SIGKILL');
    await server.exited;
    server = undefined;
  }

  /** SIGKILL once `ms` have passed since the request was sent; the request's own outcome is moot. */
  async function killDuring(request: Promise<unknown>, ms: number) {
    await new Promise((r) => setTimeout(r, ms));
    server!.proc.kill('SIGKILL');
    await request.catch(() => {});
    await server!.exited;
    server = undefined;
  }

  /** On a server: waits until PostgreSQL has noticed the dead client and ended its backends. */
  async function backendsGone(db: Database) {
    if (engine !== 'postgres') return;
    for (let i = 0; i < 300; i++) {
      const [r] = await rows<{ n: number }>(
        db.db,
        sql`SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND application_name = 'coverage-atlas' AND state <> 'idle'`,
      );
      if (r!.n === 0) return;
      await new Promise((res) => setTimeout(res, 100));
    }
  }

  it(
    'a boundary save cut by SIGKILL is there whole or not at all',
    { timeout: 300_000 },
    async () => {
      server = await spawnServer(target.env);
      const token = await signInHttp(server.url, 'subadmin', PASSWORD);
      // Grids tile their subdistrict (issue 13): a shrink gives the released land to the
      // neighbour across it (clipNeighbours: ADJUST), and growing back takes it again, so every
      // save writes two grids in one transaction, each with its audit row.
      const save = (b: unknown, v: number) => saveGridBoundary(server!.url, token, grid.id, b, v);
      const t0 = performance.now();
      const first = await save(grid.shrunk, grid.version);
      const ms = performance.now() - t0;
      expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
      const written = first.data!.updateGridBoundary.grids;
      const neighbours = written.filter((g) => g.id !== `Grid:${grid.id}`);
      expect(neighbours.length).toBeGreaterThan(0);
      const v1 = grid.version + 1;
      await killDuring(save(grid.original, v1), Math.max(5, ms / 2));

      if (engine === 'pglite')
        expect(existsSync(lockFileOf(target.env.ATLAS_DATA_DIR!))).toBe(true);
      const db = await target.open(); // PGlite: the dead process's lock is taken over
      try {
        await backendsGone(db);
        const [after] = await rows<{ version: number; is_original: boolean }>(
          db.db,
          sql`SELECT g.version,
              ST_HausdorffDistance(g.boundary, ST_GeomFromGeoJSON(${JSON.stringify(grid.original)})) < 1e-9 AS is_original
            FROM grids g WHERE g.id = ${grid.id}`,
        );
        const saved = after!.version === v1 + 1;
        console.log(
          `[faults] ${engine}: save killed after ${(ms / 2).toFixed(0)} ms of ~${ms.toFixed(0)}: ${saved ? 'committed' : 'rolled back'}`,
        );
        expect([v1, v1 + 1]).toContain(after!.version);
        expect(after!.is_original).toBe(saved);
        // Whole or nothing across the grids: each save is one audit group whose rows all
        // committed (the grid and the neighbours it adjusted) or none did, and every grid's
        // version moved by exactly its audit rows.
        const groups = await rows<{ n: number }>(
          db.db,
          sql`SELECT count(*)::int AS n FROM audit_log
              WHERE action IN ('grid.boundary.update', 'grid.boundary.adjust')
              GROUP BY change_id ORDER BY min(id)`,
        );
        expect(groups.length).toBe(saved ? 2 : 1);
        expect(groups[0]!.n).toBe(written.length);
        if (saved) expect(groups[1]!.n).toBeGreaterThanOrEqual(2);
        expect(await gridVersionsWithoutAudit(db.db, initialVersions)).toBe(0);
        expect(await checkIntact(db.db, { gaps: true })).toEqual(INTACT);
        grid.version = after!.version;
      } finally {
        await target.release(db);
      }
    },
  );

  it(
    'an import cut by SIGKILL is there whole or not at all, and the server starts again',
    // Two server starts: on PGlite at a load average of 27 each took 80-110 s (WAL recovery).
    { timeout: 480_000 },
    async () => {
      await noServer();
      server = await spawnServer(target.env);
      const token = await signInHttp(server.url, 'admin', PASSWORD);
      const importFile = (serial: number, prefix: string) =>
        importNewOrganizations(server!.url, token, IMPORT_ROWS, { buildingCodes, serial, prefix });
      const t0 = performance.now();
      const first = await importFile(82_000_000, '北京先导入');
      const ms = performance.now() - t0;
      expect(first.data?.importLedger).toMatchObject({ inserted: IMPORT_ROWS, applied: true });
      await killDuring(importFile(83_000_000, '北京被中断'), ms * 0.6);

      const db = await target.open();
      try {
        await backendsGone(db);
        const [r] = await rows<{ orgs: number; creates: number; summaries: number }>(
          db.db,
          sql`SELECT (SELECT count(*) FROM organizations WHERE name LIKE '北京被中断%')::int AS orgs,
              (SELECT count(*) FROM audit_log WHERE action = 'organization.import.create'
                 AND after->>'name' LIKE '北京被中断%')::int AS creates,
              (SELECT count(*) FROM audit_log WHERE action = 'ledger.import')::int AS summaries`,
        );
        const imported = r!.orgs === IMPORT_ROWS;
        console.log(
          `[faults] ${engine}: import killed after ${(ms * 0.6).toFixed(0)} ms of ~${ms.toFixed(0)}: ${imported ? 'committed' : 'rolled back'}`,
        );
        expect([0, IMPORT_ROWS]).toContain(r!.orgs);
        expect(r!.creates).toBe(r!.orgs);
        expect(r!.summaries).toBe(imported ? 2 : 1);
        expect(await checkIntact(db.db, { gaps: false })).toEqual(INTACT);
      } finally {
        await target.release(db);
      }
      // The server starts on the same data and answers with the token signed before the kill.
      server = await spawnServer(target.env);
      const read = await postGraphql(server.url, '{ me { username } }', {}, token);
      expect(read.data).toEqual({ me: { username: 'admin' } });
    },
  );

  it(
    'SIGTERM lets the import in flight finish, then exits 0 and releases the data; logs hold no secret',
    { timeout: 300_000 },
    async () => {
      await noServer();
      // Debug logs say when a request has arrived; a long drain timeout, since the import may
      // take long on a loaded machine (the default 15 s would cut it).
      server = await spawnServer({
        ...target.env,
        ATLAS_LOG_LEVEL: 'debug',
        ATLAS_SHUTDOWN_TIMEOUT_MS: '240000',
      });
      const token = await signInHttp(server.url, 'admin', PASSWORD);
      // A sign-in with a wrong password: refused, and that password must not be logged either.
      const wrongPassword = 'not-the-password-7f3a9c';
      const refused = await postGraphql(
        server.url,
        'mutation SignIn($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
        { u: 'admin', p: wrongPassword },
      );
      expect(refused.errors).toBeDefined();
      const csv = newOrganizationsCsv(IMPORT_ROWS, {
        buildingCodes,
        serial: 84_000_000,
        prefix: '北京停机中',
      });
      // The import's body is sent in two halves: SIGTERM comes after the server has taken the
      // request and before it has all of it, so the request is surely in flight, whatever the
      // machine's load. The server must read the rest, import, answer, and only then exit.
      const body = Buffer.from(
        JSON.stringify({ query: IMPORT_LEDGER, variables: { f: ledgerFile('term.csv', csv) } }),
      );
      let rest!: () => void;
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(body.subarray(0, body.length >> 1));
          rest = () => {
            c.enqueue(body.subarray(body.length >> 1));
            c.close();
          };
        },
      });
      const importing = fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-request-id': 'sigterm-import',
        },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      await waitForLog(server, /"reqId":"sigterm-import"[^\n]*"msg":"request received"/);
      const t0 = performance.now();
      server.proc.kill('SIGTERM');
      await waitForLog(server, /SIGTERM: finishing [1-9]\d* request\(s\) in flight/);
      // It stopped listening at once: no new request is accepted.
      await expect(fetch(`${server.base}/healthz`)).rejects.toThrow();
      rest();
      const res = await importing;
      expect(res.headers.get('connection')).toBe('close');
      const r = (await res.json()) as { data?: { importLedger: unknown }; errors?: unknown };
      expect(r.errors, server.log()).toBeUndefined();
      expect(r.data?.importLedger).toMatchObject({ inserted: IMPORT_ROWS, applied: true });
      expect(await server.exited).toEqual({ code: 0, signal: null });
      console.log(`[faults] ${engine}: SIGTERM to exit ${(performance.now() - t0).toFixed(0)} ms`);
      expect(server.log()).toContain('[atlas] stopped');
      // Its request log line: id, operation, status, duration.
      const line = server
        .log()
        .split('\n')
        .find((l) => l.includes('"reqId":"sigterm-import"') && l.includes('"msg":"request"'));
      expect(JSON.parse(line!)).toMatchObject({
        reqId: 'sigterm-import',
        operation: 'mutation importLedger',
        status: 200,
        user: 'admin',
        ms: expect.any(Number),
      });
      // Structured logs with request ids and operation names, and no secret in them, even at
      // debug level: not the passwords, not the session token, not the imported file.
      const lines = server
        .log()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.map((l) => l.operation)).toEqual(
        expect.arrayContaining(['mutation signIn', 'SignIn', 'mutation importLedger']),
      );
      expect(lines.every((l) => typeof l.reqId === 'string' && typeof l.time === 'number')).toBe(
        true,
      );
      expect(new Set(lines.map((l) => l.reqId)).size).toBeGreaterThanOrEqual(3);
      for (const secret of [PASSWORD, wrongPassword, token, csv.toString('base64').slice(0, 40)])
        expect(server.log()).not.toContain(secret);
      server = undefined;
      if (engine === 'pglite')
        expect(existsSync(lockFileOf(target.env.ATLAS_DATA_DIR!))).toBe(false);
      const db = await target.open();
      try {
        const [c] = await rows<{ n: number }>(
          db.db,
          sql`SELECT count(*)::int AS n FROM organizations WHERE name LIKE '北京停机中%'`,
        );
        expect(c!.n).toBe(IMPORT_ROWS);
      } finally {
        await target.release(db);
      }
    },
  );
});
