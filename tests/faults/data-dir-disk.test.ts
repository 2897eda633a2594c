import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../../server/src/db/client.ts';
import { DataDirError, isEmptyDataDir } from '../../server/src/db/data-dir.ts';
import { rows } from '../../server/src/db/rows.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';

/**
 * Issue 17: the embedded database's data directory is read-only, or its disk is full, when the
 * server starts. It must refuse with a message that says what to do (main.ts prints it, no
 * stack), and change nothing: a read-only database opens whole once writable again; a first
 * start that ran out of space leaves an empty directory, not a half-restored database.
 * Each case mounts a small tmpfs (root only); PGlite pass only.
 */
const skip = process.env.DATABASE_URL
  ? 'data-directory faults are PGlite faults; they run in the PGlite pass'
  : userInfo().uid !== 0
    ? 'mounting a small tmpfs needs root'
    : null;
if (skip) console.warn(`[faults] data-directory disk tests skipped: ${skip}`);

/** Made in beforeAll, so a skipped run leaves nothing behind. */
let root = '';
const mounted: string[] = [];
function mountTmpfs(name: string, size: string): string | null {
  const dir = join(root, name);
  mkdirSync(dir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch {
    return null;
  }
  mounted.push(dir);
  return dir;
}
const template = () =>
  new File([readFileSync(inject('dumpPath'))], 'template.tar.gz', { type: 'application/x-gzip' });

describe.skipIf(skip)('the data directory is read-only or its disk is full at start', () => {
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'atlas-disk-'));
    const probe = mountTmpfs('probe', '1m');
    if (!probe) console.warn('[faults] cannot mount tmpfs here: the disk tests will fail');
  });
  afterAll(() => {
    for (const dir of mounted) execFileSync('umount', ['-l', dir]);
    rmSync(root, { recursive: true, force: true });
  });

  it(
    'read-only: a clear refusal, and the database opens whole once writable',
    { timeout: 240_000 },
    async () => {
      const mnt = mountTmpfs('ro', '256m')!;
      const dataDir = join(mnt, 'pglite');
      const db = await openDatabase({ dataDir, loadDataDir: template() });
      await loadSmallDemo(db);
      await db.close();
      execFileSync('mount', ['-o', 'remount,ro', mnt]);
      const refused = await openDatabase({ dataDir }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DataDirError);
      expect((refused as Error).message).toMatch(/not writable .*ATLAS_DATA_DIR/);
      // A directory still to be made there: the folder that refuses is named, not an ENOENT.
      const fresh = await openDatabase({ dataDir: join(mnt, 'new', 'pglite') }).catch(
        (e: unknown) => e,
      );
      expect(fresh).toBeInstanceOf(DataDirError);
      expect((fresh as Error).message).toMatch(
        new RegExp(`cannot create .*${mnt} is on a read-only file system, EROFS.*ATLAS_DATA_DIR`),
      );
      execFileSync('mount', ['-o', 'remount,rw', mnt]);
      const again = await openDatabase({ dataDir });
      const [r] = await rows<{ n: number }>(
        again.db,
        sql`SELECT count(*)::int AS n FROM organizations`,
      );
      expect(r!.n).toBe(60);
      await again.close();
    },
  );

  it(
    'disk full on a first start: a clear refusal, and nothing half-written is left',
    { timeout: 240_000 },
    async () => {
      const mnt = mountTmpfs('full', '24m')!;
      // Leave a few MB: enough to begin restoring the database, not enough to finish.
      writeFileSync(join(mnt, 'ballast'), Buffer.alloc(20 * 2 ** 20));
      const dataDir = join(mnt, 'pglite');
      const refused = await openDatabase({ dataDir, loadDataDir: template() }).catch(
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(DataDirError);
      expect((refused as Error).message).toMatch(/disk .* is full/);
      expect(isEmptyDataDir(dataDir)).toBe(true);
    },
  );
});
