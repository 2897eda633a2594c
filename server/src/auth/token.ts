import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Bearer tokens: `<sessionId>.<expiry unix seconds>.<HMAC-SHA256>`. The HMAC rejects forged or
 * altered tokens without touching the database; the session row (auth/users.sql.ts) makes
 * sign-out and disabling a user take effect at once.
 */
let secret: Buffer = randomBytes(32);

/** Sets the process-wide signing secret (main.ts does this once from the configuration). */
export function useSecret(value: string | Buffer) {
  secret = Buffer.isBuffer(value) ? value : Buffer.from(value, 'utf8');
  verified.clear();
}

/**
 * `ATLAS_SECRET` when set (16+ characters), otherwise a random secret generated once and kept in
 * `file` (mode 0600) so tokens survive restarts.
 */
export function loadSecret(env: NodeJS.ProcessEnv, file: string): string {
  const fromEnv = env.ATLAS_SECRET?.trim();
  if (fromEnv) {
    if (fromEnv.length < 16) throw new Error('ATLAS_SECRET must have at least 16 characters');
    return fromEnv;
  }
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const generated = randomBytes(32).toString('base64url');
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

const sign = (body: string) => createHmac('sha256', secret).update(body).digest('base64url');

export const newSessionId = () => randomBytes(18).toString('base64url');

export function issueToken(sessionId: string, expiresAt: Date): string {
  const body = `${sessionId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${body}.${sign(body)}`;
}

/**
 * Tokens whose signature was checked, with their session and expiry: a client sends the same
 * token with every request, and the HMAC was ~2 % of the CPU of a small read (issue 14). The key
 * is the whole token, signature included, so only a string this process verified is found;
 * bounded, and emptied when the secret changes.
 */
const verified = new Map<string, { sessionId: string; expiresMs: number }>();
const VERIFIED_MAX = 10_000;

/** The session id of a well-signed, unexpired token; null otherwise. */
export function readToken(token: string, now = Date.now()): string | null {
  const known = verified.get(token);
  if (known) return known.expiresMs > now ? known.sessionId : null;
  const m = /^([A-Za-z0-9_-]{10,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const [, sessionId, exp, mac] = m;
  const expected = Buffer.from(sign(`${sessionId}.${exp}`));
  const given = Buffer.from(mac!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const expiresMs = Number(exp) * 1000;
  if (expiresMs <= now) return null;
  if (verified.size >= VERIFIED_MAX) verified.clear();
  verified.set(token, { sessionId: sessionId!, expiresMs });
  return sessionId!;
}
