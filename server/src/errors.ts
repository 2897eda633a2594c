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
export function badInput(field: string, reason: string, message: string, extra = {}): AppError {
  return new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field, reason, ...extra });
}

export const forbidden = (message: string) => new AppError('FORBIDDEN', message);
export const unauthenticated = (message = 'Sign in first.') =>
  new AppError('UNAUTHENTICATED', message);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new AppError('CONFLICT', message, extra);
export const notFound = (message: string) => new AppError('NOT_FOUND', message);

/** Reasons tests assert on. */
export const Reasons = {
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  MALFORMED_ID: 'MALFORMED_ID',
  WRONG_ID_TYPE: 'WRONG_ID_TYPE',
  MALFORMED_CURSOR: 'MALFORMED_CURSOR',
  INVALID_GEOJSON: 'INVALID_GEOJSON',
  MISSING_ARGUMENT: 'MISSING_ARGUMENT',
  CONFLICTING_ARGUMENTS: 'CONFLICTING_ARGUMENTS',
} as const;
