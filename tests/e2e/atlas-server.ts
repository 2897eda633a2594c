import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBuild as buildWebIfChanged } from '../../server/src/start/web-build.ts';
import { signInHttp } from '../helpers/http-client.ts';
import { spawnServer } from '../helpers/server-process.ts';

export const CHROMIUM = '/usr/bin/chromium';
/** MapLibre's WebGL in headless Chromium (shared/STACK.md). */
export const CHROMIUM_FLAGS = [
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
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
  const server = await spawnServer({
    ATLAS_DATA_DIR: dataDir,
    ATLAS_DEMO: '1',
    ATLAS_DEMO_PASSWORD: DEMO_PASSWORD,
  });
  return {
    url: server.base,
    proc: server.proc,
    async stop() {
      server.proc.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A session token for a demo user, so the page opens past the sign-in screen. */
export const signIn = (url: string, username = 'planner'): Promise<string> =>
  signInHttp(`${url}/graphql`, username, DEMO_PASSWORD);
