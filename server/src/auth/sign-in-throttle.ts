import { currentRequestScope, withRequestScope } from '../request-scope.ts';
import { AppError } from '../errors.ts';

/**
 * Sign-in throttling (issue 11, hole 3): failed sign-ins are counted per username and per client
 * IP in fixed windows; once a count reaches its limit, every sign-in for that username (or from
 * that IP) is refused with RATE_LIMITED and `extensions.retryAfterSeconds` until the window ends,
 * without running scrypt. A successful sign-in clears its username's count (not its IP's, so one
 * valid account cannot launder guesses at others).
 *
 * The counts live in this process's memory: a restart forgets them and several server processes
 * would each count on their own. That is enough for the one-process deployment of this project;
 * a shared store (the database, Redis) is the next step if it ever runs several.
 */
export interface ThrottleLimits {
  /** Failures per username per window: `ATLAS_SIGNIN_MAX_PER_USER`, default 10. */
  perUsername: number;
  /** Failures per client IP per window: `ATLAS_SIGNIN_MAX_PER_IP`, default 50. */
  perIp: number;
  /** Window length: `ATLAS_SIGNIN_WINDOW_MINUTES`, default 15. */
  windowMs: number;
}

const positive = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return v !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
};

export function throttleLimits(env: NodeJS.ProcessEnv = process.env): ThrottleLimits {
  return {
    perUsername: Math.floor(positive(env.ATLAS_SIGNIN_MAX_PER_USER, 10)),
    perIp: Math.floor(positive(env.ATLAS_SIGNIN_MAX_PER_IP, 50)),
    windowMs: positive(env.ATLAS_SIGNIN_WINDOW_MINUTES, 15) * 60_000,
  };
}

interface Window {
  failures: number;
  resetAt: number;
}

/** Keys kept at most; beyond it expired windows are dropped, then the oldest. */
const MAX_KEYS = 100_000;

export class SignInThrottle {
  private windows = new Map<string, Window>();

  constructor(
    public limits: ThrottleLimits = throttleLimits(),
    public now: () => number = Date.now,
  ) {}

  private keys(ip: string | undefined, username: string): [string, number][] {
    // Usernames are at most 40 characters; a longer one is still one key, not an unbounded one.
    const keys: [string, number][] = [
      [`u:${username.trim().toLowerCase().slice(0, 100)}`, this.limits.perUsername],
    ];
    if (ip) keys.push([`ip:${ip}`, this.limits.perIp]);
    return keys;
  }

  /** Seconds until this sign-in may be tried again, or 0 when it may be tried now. */
  retryAfter(ip: string | undefined, username: string): number {
    const t = this.now();
    let wait = 0;
    for (const [key, max] of this.keys(ip, username)) {
      const w = this.windows.get(key);
      if (w && w.resetAt > t && w.failures >= max) wait = Math.max(wait, w.resetAt - t);
    }
    return Math.ceil(wait / 1000);
  }

  failed(ip: string | undefined, username: string): void {
    const t = this.now();
    for (const [key] of this.keys(ip, username)) {
      const w = this.windows.get(key);
      if (w && w.resetAt > t) w.failures++;
      else this.windows.set(key, { failures: 1, resetAt: t + this.limits.windowMs });
    }
    if (this.windows.size > MAX_KEYS) this.prune(t);
  }

  succeeded(username: string): void {
    this.windows.delete(this.keys(undefined, username)[0]![0]);
  }

  /** Forgets every count (tests). */
  reset(): void {
    this.windows.clear();
  }

  private prune(t: number) {
    for (const [k, w] of this.windows) if (w.resetAt <= t) this.windows.delete(k);
    for (const k of this.windows.keys()) {
      if (this.windows.size <= MAX_KEYS) break;
      this.windows.delete(k);
    }
  }
}

/** The process-wide throttle the signIn resolver uses. */
export const signInThrottle = new SignInThrottle();

export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    'RATE_LIMITED',
    `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试 (too many failed sign-ins; retry in ${retryAfterSeconds} s).`,
    { retryAfterSeconds },
  );

/** The IP of the HTTP request being served (undefined in-process, e.g. tests and tools). */
export const currentClientIp = (): string | undefined => currentRequestScope()?.clientIp;

/** Runs `fn` as if serving a request from `ip` (tests use it; app.ts sets the request scope). */
export const withClientIp = <T>(ip: string | undefined, fn: () => T): T =>
  withRequestScope({ clientIp: ip }, fn);
