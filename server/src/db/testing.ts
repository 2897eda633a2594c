import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import postgres from 'postgres';
import { migrateDatabase, openDatabase, type Database } from './client.ts';

/**
 * Test databases: migrate once into a template, then give every test file a fresh copy of it.
 * On PGlite the template is a data-dir dump (as pglite's own postgis tests do); on a server it
 * is a template database cloned with CREATE DATABASE ... TEMPLATE.
 */
export const TEMPLATE_DB = 'atlas_test_template';

/** Run once (vitest globalSetup): returns what `freshDatabase` needs. */
export async function prepareTemplate(opts: {
  databaseUrl?: string;
  dumpPath: string;
}): Promise<void> {
  if (opts.databaseUrl) {
    const admin = postgres(opts.databaseUrl, { onnotice: () => {}, max: 1 });
    try {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${TEMPLATE_DB}`);
    } finally {
      await admin.end();
    }
    const db = await openDatabase({ databaseUrl: withDatabase(opts.databaseUrl, TEMPLATE_DB) });
    await migrateDatabase(db);
    await db.close();
    return;
  }
  const db = await openDatabase();
  await migrateDatabase(db);
  const dump = await db.pglite!.dumpDataDir('gzip');
  writeFileSync(opts.dumpPath, Buffer.from(await dump.arrayBuffer()));
  await db.close();
}

/** A fresh, migrated, empty database for one test file. */
export async function freshDatabase(opts: {
  databaseUrl?: string;
  dumpPath: string;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const name = `atlas_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(opts.databaseUrl, { onnotice: () => {}, max: 1 });
    try {
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`);
    } finally {
      await admin.end();
    }
    const db = await openDatabase({ databaseUrl: withDatabase(opts.databaseUrl, name) });
    const close = db.close;
    db.close = async () => {
      await close();
      const a = postgres(opts.databaseUrl!, { onnotice: () => {}, max: 1 });
      await a.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => a.end());
    };
    return db;
  }
  const dump = new File([readFileSync(opts.dumpPath)], 'template.tar.gz', {
    type: 'application/x-gzip',
  });
  return openDatabase({ loadDataDir: dump });
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
