import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
