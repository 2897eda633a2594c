import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureWebBuild as buildWebIfChanged } from '../../server/src/start/web-build.ts';
import { graphqlData, signInHttp } from '../helpers/http-client.ts';
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

/** browserSkipReason, said once in the log when the browser tests are skipped. */
export function browserSkip(): string | null {
  const skip = browserSkipReason();
  if (skip) console.warn(`[e2e] skipping browser tests: ${skip}`);
  return skip;
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

/** What a browser suite runs against; set once the suite's beforeAll has run. */
export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
  /** A session token for a demo user (signIn) on this suite's server. */
  signIn(username?: string): Promise<string>;
  /** A new page signed in as `token`'s user (signedInPage). */
  page(token: string, options?: BrowserContextOptions): Promise<Page>;
  /** The data of a GraphQL request as `token`'s user on this suite's server (graphqlData). */
  api(token: string, query: string, variables?: Record<string, unknown>): Promise<any>;
}

/**
 * The set-up every browser suite shares, as hooks of the calling `describe`: the screenshot
 * folder, web/dist built when stale, `pnpm start`'s server on a fresh PGlite directory and
 * Debian's Chromium; both stopped after the suite. Read the fields in hooks and tests (a hook the
 * suite registers after this call runs after the start).
 */
export function useBrowserSuite(shots: string): BrowserSuite {
  const suite: BrowserSuite = {
    server: undefined as unknown as RunningServer,
    browser: undefined as unknown as Browser,
    signIn: (username) => signIn(suite.server.url, username),
    page: (token, options) => signedInPage(suite.browser, token, options),
    api: (token, query, variables) =>
      graphqlData(`${suite.server.url}/graphql`, query, variables, token),
  };
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    ensureWebBuild();
    suite.server = await startServer();
    suite.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  }, 600_000); // a web build and the demo's first start on a busy shared machine
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

/** A new page signed in as `token`'s user: the token is in localStorage before the app loads. */
export async function signedInPage(
  browser: Browser,
  token: string,
  options: BrowserContextOptions = { viewport: { width: 1280, height: 820 } },
): Promise<Page> {
  const page = await browser.newPage(options);
  await page.addInitScript((t) => localStorage.setItem('atlas.token', t), token);
  return page;
}
