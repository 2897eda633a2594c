import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The embedded database's data directory: created with its parents on first start, checked for
 * write access, and held by one process at a time. PGlite runs PostgreSQL in single-user mode
 * and takes no lock of its own, so two servers (or a server and `pnpm seed`) on one directory
 * would both write it and corrupt it; `<dir>.lock` says who holds it.
 */

/** A start-up problem with the data directory: main.ts prints the message, not a stack. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

/** The lock file beside (not inside) the data directory, so PGlite never sees it. */
export const lockFileOf = (dataDir: string) => `${dataDir.replace(/\/+$/, '')}.lock`;

/** Creates `dataDir` and its parents; fails with an actionable message when it cannot. */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    // On a read-only mount a recursive mkdir says ENOENT; name the folder that refuses and why.
    const refusing = unwritableAncestor(dataDir);
    throw new DataDirError(
      `cannot create the data directory ${dataDir} (${refusing ?? errorCode(e)}): ` +
        'choose a writable place with ATLAS_DATA_DIR=/path/to/dir',
    );
  }
  try {
    accessSync(dataDir, constants.W_OK);
    accessSync(dirname(dataDir), constants.W_OK);
  } catch (e) {
    throw new DataDirError(
      `the data directory ${dataDir} is not writable (${errorCode(e)}): fix its permissions ` +
        'or choose another one with ATLAS_DATA_DIR=/path/to/dir',
    );
  }
}

/** The nearest existing folder above `dir` when it is not writable: `<folder> is <code>`. */
function unwritableAncestor(dir: string): string | null {
  let cur = dirname(dir);
  while (!existsSync(cur) && dirname(cur) !== cur) cur = dirname(cur);
  try {
    accessSync(cur, constants.W_OK);
    return null;
  } catch (e) {
    const code = errorCode(e);
    return `${cur} is ${code === 'EROFS' ? 'on a read-only file system' : 'not writable'}, ${code}`;
  }
}

/** True when the directory holds no database yet (first start). */
export function isEmptyDataDir(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/** Removes what a failed first start wrote, so the directory counts as empty again. */
export function emptyDataDir(dataDir: string): void {
  for (const name of readdirSync(dataDir))
    rmSync(join(dataDir, name), { recursive: true, force: true });
}

/**
 * Emscripten's errno numbers, which PGlite's file system raises as `ErrnoError { errno }` (no
 * code, no message) when writing its data directory fails (emscripten's src/struct_info.json).
 */
const EMSCRIPTEN_ERRNO: Record<number, string> = { 51: 'ENOSPC', 69: 'EROFS', 2: 'EACCES' };

/** Whether an error (Node's, PGlite's, or PostgreSQL's 53100 disk_full) says the disk is full. */
export function diskFull(e: unknown): boolean {
  const code = errorCode(e);
  const message = e instanceof Error ? e.message : String(e);
  return code === 'ENOSPC' || code === '53100' || /ENOSPC|No space left on device/i.test(message);
}

export function diskFullMessage(dataDir: string, e: unknown): string {
  return (
    `the disk holding the data directory ${dataDir} is full (${errorCode(e)}): free some ` +
    'space or choose another place with ATLAS_DATA_DIR=/path/to/dir; nothing was changed'
  );
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/**
 * Takes the data directory for this process. A lock left by a process that no longer runs (a
 * crash, SIGKILL) is taken over; one held by a live process is refused with its pid. Returns the
 * release function (also run on process exit).
 */
export function lockDataDir(dataDir: string): () => void {
  const file = lockFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx', 0o600);
    } catch (e) {
      if (errorCode(e) !== 'EEXIST') {
        throw new DataDirError(`cannot create the lock file ${file} (${errorCode(e)})`);
      }
      const held = readLock(file);
      if (held && held.host === hostname() && isAlive(held.pid) && held.pid !== process.pid) {
        throw new DataDirError(
          `the data directory ${dataDir} is in use by another Coverage Atlas process ` +
            `(pid ${held.pid}, since ${held.since}). The embedded database allows one process ` +
            'at a time: stop that one first, or use another ATLAS_DATA_DIR (or a PostgreSQL ' +
            'server via DATABASE_URL, which many processes can share).',
        );
      }
      // Stale (its process is gone) or unreadable: take it over.
      rmSync(file, { force: true });
      continue;
    }
    const info: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(info));
    closeSync(fd);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const current = readLock(file);
      if (current?.pid === process.pid) rmSync(file, { force: true });
      process.off('exit', release);
    };
    process.on('exit', release);
    return release;
  }
  throw new DataDirError(`could not take the lock ${file}; remove it if no server is running`);
}

function readLock(file: string): LockInfo | null {
  try {
    const v: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (v && typeof v === 'object' && 'pid' in v && typeof v.pid === 'number') {
      const o = v as Partial<LockInfo>;
      return { pid: v.pid, host: String(o.host ?? ''), since: String(o.since ?? '?') };
    }
  } catch {
    // unreadable: treated as stale
  }
  return null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errorCode(e) === 'EPERM';
  }
}

function errorCode(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && e.code) return String(e.code);
  if (e && typeof e === 'object' && 'errno' in e && typeof e.errno === 'number') {
    if ((e as { name?: unknown }).name === 'ErrnoError') {
      return EMSCRIPTEN_ERRNO[e.errno] ?? `errno ${e.errno}`;
    }
  }
  return String(e);
}
