import { badInput } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { profileByKey, type StoredProfile } from './profiles.store.ts';
import { DEFAULT_PROFILE_KEY } from './profiles/index.ts';

export const PROFILE_LOOKUP_REASONS = { UNKNOWN_PROFILE: 'UNKNOWN_PROFILE' } as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    profileLookup: (typeof PROFILE_LOOKUP_REASONS)[keyof typeof PROFILE_LOOKUP_REASONS];
  }
}

/** Profiles by key, once per request. */
const cache = new WeakMap<Context, Map<string, Promise<StoredProfile | null>>>();

/**
 * The profile an argument names (the default profile when none is given), read once per request;
 * an unknown key is a BAD_USER_INPUT on `field` with reason UNKNOWN_PROFILE. For every resolver
 * that takes a `profile` argument (policy, ledger export).
 */
export async function requireProfile(
  ctx: Context,
  key: string | null | undefined,
  field = 'profile',
): Promise<StoredProfile> {
  const k = key ?? DEFAULT_PROFILE_KEY;
  let m = cache.get(ctx);
  if (!m) cache.set(ctx, (m = new Map()));
  let p = m.get(k);
  if (!p) m.set(k, (p = profileByKey(ctx.database.db, k)));
  const profile = await p;
  if (!profile) throw badInput(field, PROFILE_LOOKUP_REASONS.UNKNOWN_PROFILE, `no profile "${k}"`);
  return profile;
}
