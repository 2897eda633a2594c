import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesHash } from '../files-hash.ts';

/**
 * The web client is built once (at install, by the root `postinstall`) and again only when its
 * inputs change: `pnpm start` used to run codegen and a full Vite build every time (25-28 s of a
 * 33-59 s start; issue 10). The stamp in web/dist records a hash of the inputs it was built from.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const WEB_DIST = join(ROOT, 'web', 'dist');
const STAMP = join(WEB_DIST, '.inputs-hash');

/** What the build reads: the sources, the schema the typed documents come from, the versions. */
const INPUTS = [
  'web/src',
  'web/index.html',
  'web/graphiql.html',
  'web/vite.config.ts',
  'web/package.json',
  'schema',
  'codegen.ts',
  // The web names industries with the ledger's codes and labels (web/src/i18n/industries.ts).
  'server/src/ledger/industries.ts',
  'pnpm-lock.yaml',
];

export function webInputsHash(): string {
  return filesHash(ROOT, INPUTS.flatMap((p) => walk(join(ROOT, p))).sort());
}

function walk(p: string): string[] {
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [p];
  return readdirSync(p).flatMap((name) =>
    name === 'node_modules' || name === '__generated__' ? [] : walk(join(p, name)),
  );
}

export function webBuildIsCurrent(hash = webInputsHash()): boolean {
  return existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === hash;
}

/**
 * Runs codegen and the Vite build when the inputs changed since the last build (or none exists).
 * Returns whether it built. Throws with the failing step's name.
 */
export function ensureWebBuild(log: (line: string) => void = console.log): boolean {
  const hash = webInputsHash();
  if (webBuildIsCurrent(hash)) return false;
  log(
    existsSync(STAMP)
      ? 'web sources changed: rebuilding the map client'
      : 'building the map client (once)',
  );
  for (const [what, args] of [
    ['codegen', ['codegen', '--silent']],
    ['web build', ['--filter', '@atlas/web', 'build']],
  ] as const) {
    const r = spawnSync('pnpm', [...args], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status ?? r.signal})`);
  }
  writeFileSync(STAMP, hash + '\n');
  return true;
}
