import { ensureWebBuild } from '../start/web-build.ts';

/** `postinstall` / `pnpm build:web`: builds the map client unless it is current. */
try {
  if (!ensureWebBuild((line) => console.log(`[atlas] ${line}`))) {
    console.log('[atlas] map client is current');
  }
} catch (e) {
  console.error('[atlas] map client build failed:', e instanceof Error ? e.message : e);
  process.exit(1);
}
