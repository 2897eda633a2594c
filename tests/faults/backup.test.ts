import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { createTestApi } from '../helpers/graphql.ts';
import type { DataTarget } from '../helpers/server-process.ts';
import { engine, smallDemoTarget } from '../helpers/small-demo-target.ts';
import { withDatabase } from '../helpers/test-database.ts';

/**
 * Issue 17: `pnpm backup` and `pnpm restore`, run as a user runs them, on the engine of this run
 * (pg_dump/pg_restore with DATABASE_URL, PGlite's data-directory dump with ATLAS_DATA_DIR). The
 * restored copy must answer the same as the original: the same GraphQL answers and the same
 * rows in every table. A restore never overwrites data, and a backup never overwrites a file.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** Runs `pnpm <args>` at the repository root; resolves with its exit code and output. */
async function pnpm(args: string[], env: NodeJS.ProcessEnv) {
  const childEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  try {
    const r = await run('pnpm', ['--silent', ...args], { cwd: ROOT, env: childEnv });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** What a planner and an administrator read, plus a digest of every table's rows. */
async function answers(database: Database) {
  const api = await createTestApi(database);
  try {
    const read = async (q: string) => {
      const r = await api.exec(q);
      expect(r.errors).toBeUndefined();
      return r.data;
    };
    const graphql = [
      await read(
        '{ districts { id name subdistricts { id name grids { id name version boundary } } } }',
      ),
      await read('{ coverageSummary { total organizational blankSpots gaps organizationalRate } }'),
      await read(
        '{ organizations(first: 100) { totalCount nodes { id name uscc grid { id } building { id } } } }',
      ),
      await read('{ auditLog(first: 50) { totalCount nodes { id action entityId at } } }'),
      await read('{ users { username role } }'),
    ];
    const tables = await rows<{ t: string }>(
      database.db,
      sql`SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind = 'r' AND n.nspname = 'public' AND c.relname <> 'spatial_ref_sys'
          ORDER BY 1`,
    );
    const digests: Record<string, string> = {};
    for (const { t } of tables) {
      const [d] = await rows<{ n: number; md5: string | null }>(
        database.db,
        sql.raw(
          `SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS md5 FROM "${t}" x`,
        ),
      );
      digests[t] = `${d!.n}:${d!.md5}`;
    }
    return { graphql, digests };
  } finally {
    await api.stop();
  }
}

describe(`pnpm backup and pnpm restore (${engine})`, () => {
  let original: DataTarget;
  let dir: string;
  /** Where the copy goes: an empty database on the server, an empty directory for PGlite. */
  let copy: { env: NodeJS.ProcessEnv; open: () => Promise<Database>; drop: () => Promise<void> };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-backup-'));
    original = await smallDemoTarget('backup-password-1');
    if (engine === 'postgres') {
      const db = await original.open();
      const [d] = await rows<{ name: string }>(db.db, sql`SELECT current_database() AS name`);
      const name = `${d!.name}_restored`;
      const admin = postgres(process.env.DATABASE_URL!, { onnotice: () => {}, max: 1 });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE ${name}`);
      const url = withDatabase(process.env.DATABASE_URL!, name);
      copy = {
        env: { DATABASE_URL: url },
        open: () => openDatabase({ databaseUrl: url }),
        drop: async () => {
          await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await admin.end();
        },
      };
    } else {
      const dataDir = join(dir, 'restored');
      copy = {
        env: { ATLAS_DATA_DIR: dataDir },
        open: () => openDatabase({ dataDir }),
        drop: async () => {},
      };
    }
  }, 300_000);

  afterAll(async () => {
    await copy?.drop();
    await original?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a restored copy answers the same as the original', { timeout: 600_000 }, async () => {
    const file = join(dir, engine === 'postgres' ? 'atlas.dump' : 'atlas.tar.gz');
    const backup = await pnpm(['backup', file], original.env);
    expect(backup, backup.out).toMatchObject({ code: 0 });
    expect(backup.out).toMatch(/\[atlas\] backup of .*: .* bytes/);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(`${file}.partial`)).toBe(false);
    // No secret of the URL is printed (the test servers use trust auth; the form is checked).
    expect(backup.out).not.toMatch(/postgres:\/\/[^/\s]*@/);

    // A backup does not overwrite an existing file.
    const again = await pnpm(['backup', file], original.env);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(/exists already/);

    const restore = await pnpm(['restore', file], copy.env);
    expect(restore, restore.out).toMatchObject({ code: 0 });
    expect(restore.out).toMatch(/restored into/);

    const db = await original.open();
    const before = await answers(db).finally(() => original.release(db));
    const restored = await copy.open();
    const after = await answers(restored).finally(() => restored.close());
    expect(Object.keys(before.digests).length).toBeGreaterThan(10);
    expect(before.digests.organizations).toMatch(/^60:/);
    expect(after.digests).toEqual(before.digests);
    expect(after.graphql).toEqual(before.graphql);

    // A restore does not overwrite data: the copy holds some now.
    const twice = await pnpm(['restore', file], copy.env);
    expect(twice.code).toBe(1);
    expect(twice.out).toMatch(/holds/);
    // A file that is not a backup of this engine is refused with what to do.
    const bogus = join(dir, 'bogus.tar.gz');
    writeFileSync(bogus, 'PGDMP not really');
    const wrong = await pnpm(
      ['restore', bogus],
      engine === 'postgres' ? copy.env : { ATLAS_DATA_DIR: join(dir, 'other') },
    );
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(engine === 'postgres' ? /holds/ : /server \(pg_dump\) backup/);
  });
});
