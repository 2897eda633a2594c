import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWebBuild as buildWebIfChanged } from '../../server/src/start/web-build.ts';
import { freePort } from '../helpers/server-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const DEMO_PASSWORD = 'e2e-demo-password';

/** Why browser tests cannot run here, or null when they can (CI must run them). */
export function browserSkipReason(): string | null {
  if (process.env.DATABASE_URL)
    return 'browser tests run once, on the PGlite pass (DATABASE_URL is set)';
  if (!existsSync(CHROMIUM) && !process.env.CI) {
    return `${CHROMIUM} is missing: apt-get install -y chromium to run the browser tests`;
  }
  return null;
}

/** Builds web/dist when its inputs changed (the same check `pnpm start` makes). */
export function ensureWebBuild() {
  buildWebIfChanged(() => {});
}

export interface RunningServer {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/** `pnpm start`'s server (migrations, demo district, coverage) on a temporary PGlite directory. */
export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ATLAS_DATA_DIR: dataDir,
    ATLAS_DEMO_PASSWORD: DEMO_PASSWORD,
  };
  delete env.DATABASE_URL;
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(ROOT, 'server'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (b: Buffer) => {
      log += b.toString();
      if (log.includes('[atlas] ready')) resolve();
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`server exited (${code}):\n${log}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    proc,
    async stop() {
      proc.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A session token for a demo user, so the page opens past the sign-in screen. */
export async function signIn(url: string, username = 'planner'): Promise<string> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
      variables: { u: username, p: DEMO_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { signIn: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return body.data.signIn.token;
}
