import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DataDirError,
  diskFull,
  diskFullMessage,
  ensureDataDir,
  isEmptyDataDir,
  lockDataDir,
  lockFileOf,
} from './data-dir.ts';

const root = mkdtempSync(join(tmpdir(), 'atlas-datadir-'));
const sleeper = spawn('sleep', ['60']);
afterAll(() => sleeper.kill());

describe('data directory (issue 10)', () => {
  it('is created with its parents on first start', () => {
    const dir = join(root, 'a', 'b', '.data', 'pglite');
    expect(existsSync(dir)).toBe(false);
    ensureDataDir(dir);
    expect(existsSync(dir)).toBe(true);
    expect(isEmptyDataDir(dir)).toBe(true);
  });

  it('says clearly when it cannot be created', () => {
    const file = join(root, 'not-a-dir');
    writeFileSync(file, 'x');
    expect(() => ensureDataDir(join(file, 'pglite'))).toThrow(DataDirError);
    expect(() => ensureDataDir(join(file, 'pglite'))).toThrow(/cannot create.*ATLAS_DATA_DIR/);
  });

  it('is held by one process: a live holder is named, the second opener refused', () => {
    const dir = join(root, 'held');
    writeFileSync(
      lockFileOf(dir),
      JSON.stringify({ pid: sleeper.pid, host: hostname(), since: '2026-01-01T00:00:00Z' }),
    );
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by .*pid ${sleeper.pid}`));
    // the holder's lock is left alone
    expect(JSON.parse(readFileSync(lockFileOf(dir), 'utf8')).pid).toBe(sleeper.pid);
  });

  it('takes over a lock whose process is gone (crash, SIGKILL) and releases it on close', () => {
    const dir = join(root, 'stale');
    writeFileSync(lockFileOf(dir), JSON.stringify({ pid: 2 ** 22 + 7, host: hostname() }));
    const release = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lockFileOf(dir), 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(lockFileOf(dir))).toBe(false);
    // and can be taken again
    lockDataDir(dir)();
  });

  it("recognizes a full disk in Node's, PostgreSQL's and PGlite's own errors", () => {
    // PGlite's file system raises emscripten's ErrnoError: a number, no code, no message.
    const pglite = Object.assign(new Error(), { name: 'ErrnoError', errno: 51 });
    expect(diskFull(pglite)).toBe(true);
    expect(diskFullMessage('/d', pglite)).toMatch(/disk .* \/d is full \(ENOSPC\).*ATLAS_DATA_DIR/);
    expect(diskFull(Object.assign(new Error('write'), { code: 'ENOSPC' }))).toBe(true);
    expect(diskFull(Object.assign(new Error('could not extend file'), { code: '53100' }))).toBe(
      true,
    );
    expect(diskFull(Object.assign(new Error(), { name: 'ErrnoError', errno: 44 }))).toBe(false);
    expect(diskFull(new Error('syntax error'))).toBe(false);
  });
});
