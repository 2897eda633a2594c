import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../../server/src/db/client.ts';
import { ensureWebBuild } from '../../server/src/start/web-build.ts';

/**
 * `pnpm start`'s server as a child process (main.ts), for what only another process can show:
 * SIGKILL and SIGTERM mid-request, a restart on the same data, the server's own RSS under load.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Fixed, so tokens signed before a restart still verify after it. */
export const SERVER_SECRET = 'faults-and-load-secret-0123456789';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

export interface ServerProcess {
  /** http://127.0.0.1:PORT */
  base: string;
  /** base + /graphql */
  url: string;
  proc: ChildProcess;
  /** Everything it printed so far. */
  log(): string;
  /** Resolves with the exit code (null after a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts the server on `env` (DATABASE_URL or ATLAS_DATA_DIR; the demo is off, the database is
 * expected to hold data and users already) and resolves once it prints `ready`; rejects with its
 * output when it exits first.
 */
export async function spawnServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const t0 = performance.now();
  ensureWebBuild(() => {});
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    ATLAS_DEMO: '0',
    ATLAS_SECRET: SERVER_SECRET,
    ...env,
  };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(ROOT, 'server'),
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    proc.once('exit', (code, signal) => r({ code, signal })),
  );
  await new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      log += b.toString();
      if (log.includes('[atlas] ready')) resolve();
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    void exited.then(({ code, signal }) =>
      reject(new Error(`server exited (${code ?? signal}) before ready:\n${log}`)),
    );
  });
  console.log(`[server] ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const base = `http://127.0.0.1:${port}`;
  return { base, url: `${base}/graphql`, proc, log: () => log, exited };
}

/** Waits until the server's output matches `pattern` (generous: the machine may be loaded). */
export async function waitForLog(server: ServerProcess, pattern: RegExp, ms = 120_000) {
  const t0 = performance.now();
  while (!pattern.test(server.log())) {
    if (performance.now() - t0 > ms) throw new Error(`no ${pattern} in:\n${server.log()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The resident set size of a process in bytes (Linux /proc), or NaN when it is gone. */
export async function rssOf(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** The data a child server runs on, and how the parent reads it for its checks. */
export interface DataTarget {
  /** DATABASE_URL or ATLAS_DATA_DIR for spawnServer. */
  env: NodeJS.ProcessEnv;
  /** The database while no server runs (PGlite: one process) or beside it (a server). */
  open(): Promise<Database>;
  release(db: Database): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * A PGlite data directory in a temporary folder (from `loadDataDir` when given), filled by `fill`
 * and closed, ready for a child server.
 */
export async function pgliteTarget(
  fill: (db: Database) => Promise<void>,
  loadDataDir?: File,
): Promise<DataTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-target-'));
  const dataDir = join(dir, 'pglite');
  const db = await openDatabase({ dataDir, loadDataDir });
  await fill(db);
  await db.close();
  return {
    env: { ATLAS_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    release: (d) => d.close(),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A database on a PostgreSQL server at `url`, kept open beside the child server. */
export function serverTarget(db: Database, url: string, dispose: () => Promise<void>): DataTarget {
  return {
    env: { DATABASE_URL: url },
    open: async () => db,
    release: async () => {},
    dispose,
  };
}
