import { GraphQLError } from 'graphql';
import type { ErrorCode } from './__generated__/resolvers.ts';

// Typed extensions, as graphql-yoga's error.ts does: every error we raise carries a `code` from
// the closed ErrorCode union of schema/base.graphql, and input errors name the field and reason.
declare module 'graphql' {
  interface GraphQLErrorExtensions {
    code?: ErrorCode;
    /** Path of the offending input, e.g. `filter.employeesMin`. */
    field?: string;
    /** Machine-readable reason constant, e.g. `OUT_OF_RANGE`. */
    reason?: string;
  }
}

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Invalid input: names the field and why; nothing was changed. */
export function badInput(
  field: string,
  reason: InputReason,
  message: string,
  extra = {},
): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field, reason, ...extra });
}

export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in first.') =>
  new AppError('UNAUTHENTICATED', message);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extra);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);
/** A statement hit the statement timeout (server engine): the request asked too much at once. */
export const queryTimeout = () =>
  new AppError(
    'QUERY_TIMEOUT',
    'The request ran longer than the statement timeout (ATLAS_STATEMENT_TIMEOUT_MS) and was stopped; nothing was changed. Narrow the filter or the scope.',
  );

/**
 * Every `reason` a BAD_USER_INPUT may give, a closed union: the shared `Reasons` below, and each
 * concept's own constants, which the concept adds to this registry beside their definition:
 * `declare module '../errors.ts' { interface InputReasonRegistry { ledger: LedgerReason } }`.
 */
export interface InputReasonRegistry {
  common: (typeof Reasons)[keyof typeof Reasons];
}
export type InputReason = InputReasonRegistry[keyof InputReasonRegistry];
/** Seconds a client should wait before retrying a request the database could not serve. */
export const RETRY_AFTER_SECONDS = 2;
/**
 * The database could not serve the request: unreachable, restarting, or the connection was
 * cut (server engine). The transaction rolled back unless the cut came during its COMMIT; edits
 * carry an expected version, so a retry of a save that did commit answers CONFLICT, not twice.
 */
export const serviceUnavailable = () =>
  new AppError(
    'SERVICE_UNAVAILABLE',
    `数据库暂时不可用，请 ${RETRY_AFTER_SECONDS} 秒后重试 (the database is unavailable or restarting; retry in ${RETRY_AFTER_SECONDS} s. A change in flight was not saved unless a reload shows it).`,
    { retryAfterSeconds: RETRY_AFTER_SECONDS },
  );

/** Reasons tests assert on. */
export const Reasons = {
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  MALFORMED_ID: 'MALFORMED_ID',
  WRONG_ID_TYPE: 'WRONG_ID_TYPE',
  MALFORMED_CURSOR: 'MALFORMED_CURSOR',
  INVALID_GEOJSON: 'INVALID_GEOJSON',
  MISSING_ARGUMENT: 'MISSING_ARGUMENT',
  CONFLICTING_ARGUMENTS: 'CONFLICTING_ARGUMENTS',
  /** A string longer than its limit (server/src/limits.ts). */
  TOO_LONG: 'TOO_LONG',
  /** A list with more items than its limit (server/src/limits.ts). */
  TOO_MANY: 'TOO_MANY',
} as const;

/** Shows at most `max` characters of a user's value inside an error message. */
export function clip(value: string, max = 40): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} characters)`;
}
