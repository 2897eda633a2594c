import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords are stored as a slow hash (issue 7): node:crypto scrypt, parameters kept in the string
// so they can be raised without invalidating stored hashes. N = 2^17, r = 8, p = 1 follows the
// OWASP password storage guidance (issue 11 hole 3; was 2^14); a hash with other parameters still
// verifies and is replaced at the next successful sign-in (`needsRehash`).
export const SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEYLEN = 32;
/** scrypt needs 128 * N * r bytes (128 MiB at N = 2^17); Node refuses above 32 MiB by default. */
const maxmemFor = (N: number, r: number) => 128 * N * r + 16 * 1024 * 1024;
/** Stored hashes beyond this cost are refused rather than run (a tampered row must not OOM us). */
const MAX_N = 2 ** 20;

/**
 * Hashes running at once: `ATLAS_SCRYPT_CONCURRENCY`, default 2. Each takes 128 MiB and one of
 * libuv's 4 threads (shared with file I/O), so a burst of sign-ins queues instead of using
 * 512 MiB and stalling the embedded database's file access.
 */
export const SCRYPT_CONCURRENCY = Math.max(
  1,
  Math.floor(Number(process.env.ATLAS_SCRYPT_CONCURRENCY) || 2),
);
let running = 0;
const waiting: (() => void)[] = [];

async function derive(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  if (running >= SCRYPT_CONCURRENCY) await new Promise<void>((go) => waiting.push(go));
  else running++;
  try {
    return await new Promise((resolve, reject) =>
      scrypt(password.normalize('NFC'), salt, KEYLEN, opts, (err, key) =>
        err ? reject(err) : resolve(key),
      ),
    );
  } finally {
    // Hand the slot to the next waiter, or free it.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** `scrypt$N$r$p$salt$hash` (base64url parts). */
export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = SCRYPT;
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r, p, maxmem: maxmemFor(N, r) });
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function parse(stored: string) {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (alg !== 'scrypt' || !salt || !hash) return null;
  if (![N, R, P].every(Number.isInteger) || N < 2 || N > MAX_N || R < 1 || R > 32 || P !== 1) {
    return null;
  }
  return { N, r: R, p: P, salt, hash };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const h = parse(stored);
  if (!h) return false;
  const expected = Buffer.from(h.hash, 'base64url');
  const key = await derive(password, Buffer.from(h.salt, 'base64url'), {
    N: h.N,
    r: h.r,
    p: h.p,
    maxmem: maxmemFor(h.N, h.r),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Was this hash made with other parameters than today's (so sign-in should replace it)? */
export function needsRehash(stored: string): boolean {
  const h = parse(stored);
  return !h || h.N !== SCRYPT.N || h.r !== SCRYPT.r || h.p !== SCRYPT.p;
}

/** A hash of a random password at today's cost, compared against for unknown users (same timing). */
export const DUMMY_HASH = `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;

/** Minimum rules for a new password. Returns why it is refused, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'must have at least 8 characters';
  if (password.length > 200) return 'must have at most 200 characters';
  return null;
}
