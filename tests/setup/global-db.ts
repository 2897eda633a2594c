import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareTemplate } from '../helpers/test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dumpPath: string;
  }
}

/** Migrates one template database for the whole run (see tests/helpers/test-database.ts). */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-test-'));
  const dumpPath = join(dir, 'template.tar.gz');
  const t0 = performance.now();
  await prepareTemplate({ databaseUrl: process.env.DATABASE_URL, dumpPath });
  const engine = process.env.DATABASE_URL ? 'postgres server' : 'pglite';
  console.log(`[tests] ${engine} template migrated in ${Math.round(performance.now() - t0)} ms`);
  project.provide('dumpPath', dumpPath);
  return () => rmSync(dir, { recursive: true, force: true });
}
