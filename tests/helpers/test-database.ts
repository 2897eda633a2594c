import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import postgres from 'postgres';
import { migrateDatabase, openDatabase, type Database } from '../../server/src/db/client.ts';

/**
 * Test databases: migrate once into a template, then give every test file a fresh copy of it.
 * On PGlite the template is a data-dir dump (as pglite's own postgis tests do); on a server it
 * is a template database cloned with CREATE DATABASE ... TEMPLATE.
 */
/** The template is named after the database in DATABASE_URL, so parallel runs can coexist. */
export function templateName(databaseUrl: string): string {
  const db = new URL(databaseUrl).pathname.slice(1) || 'postgres';
  return `${db.replace(/[^a-z0-9_]/gi, '_')}_template`.toLowerCase();
}

/** Run once (vitest globalSetup): returns what `freshDatabase` needs. */
export async function prepareTemplate(opts: {
  databaseUrl?: string;
  dumpPath: string;
}): Promise<void> {
  if (opts.databaseUrl) {
    const template = templateName(opts.databaseUrl);
    const admin = postgres(opts.databaseUrl, { onnotice: () => {}, max: 1 });
    try {
      await admin.unsafe(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${template}`);
    } finally {
      await admin.end();
    }
    const db = await openDatabase({ databaseUrl: withDatabase(opts.databaseUrl, template) });
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
    // named after the template (so after DATABASE_URL's database): parallel runs keep apart
    const name = `${templateName(opts.databaseUrl).replace(/_template$/, '')}_${randomBytes(6).toString('hex')}`;
    const admin = postgres(opts.databaseUrl, { onnotice: () => {}, max: 1 });
    try {
      await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${templateName(opts.databaseUrl)}`);
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
