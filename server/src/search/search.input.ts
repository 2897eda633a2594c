import { badInput, Reasons } from '../errors.ts';
import { limits } from '../limits.ts';
import type { SearchTerms } from './search.sql.ts';

/** Characters a search needs after trimming: one character would match half the district. */
export const SEARCH_MIN_CHARS = 2;
/** Characters a partial code needs (a credit code has 18, a community code 12). */
export const CODE_MIN_CHARS = 4;
/** Hits per group at most: the list beside the search box, not a listing (use `organizations`). */
export const SEARCH_MAX_FIRST = 20;

export const SEARCH_REASONS = {
  /** Fewer than SEARCH_MIN_CHARS characters after trimming. */
  TOO_SHORT: 'TOO_SHORT',
} as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    search: (typeof SEARCH_REASONS)[keyof typeof SEARCH_REASONS];
  }
}

/** What a code may hold: letters and digits only (credit codes, division codes, building codes). */
const CODE_CHARS = /^[0-9A-Z]+$/;

/**
 * The arguments of `search`, checked before any SQL is built: `text` within
 * [SEARCH_MIN_CHARS, ATLAS_MAX_FILTER_STRING] characters (the bound is on the text as sent, so
 * a megabyte of spaces is refused too), `first` within [1, SEARCH_MAX_FIRST].
 */
export function parseSearchInput(
  text: string,
  first: number | null | undefined,
): { text: string; terms: SearchTerms; limit: number } {
  const max = limits().maxFilterStringLength;
  if (text.length > max) {
    throw badInput(
      'text',
      Reasons.TOO_LONG,
      `${text.length} characters; at most ${max} are allowed`,
    );
  }
  const trimmed = text.trim();
  if ([...trimmed].length < SEARCH_MIN_CHARS) {
    throw badInput(
      'text',
      SEARCH_REASONS.TOO_SHORT,
      `at least ${SEARCH_MIN_CHARS} characters are needed (not counting spaces)`,
    );
  }
  const limit = first ?? 5;
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_MAX_FIRST) {
    throw badInput('first', Reasons.OUT_OF_RANGE, `must be between 1 and ${SEARCH_MAX_FIRST}`);
  }
  const upper = trimmed.toUpperCase();
  const code = upper.length >= CODE_MIN_CHARS && CODE_CHARS.test(upper) ? upper : null;
  const lower = trimmed.toLowerCase();
  const cased = lower !== upper;
  return { text: trimmed, terms: { lower, cased, code }, limit };
}
