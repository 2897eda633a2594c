import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { AppError, queryTimeout, serviceUnavailable } from '../errors.ts';

/** Codes that Apollo raises itself for malformed requests; they pass through unchanged. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** PostgreSQL error codes that are the user's to fix, not ours. */
const PG_CODES: Record<string, { code: 'BAD_USER_INPUT' | 'CONFLICT'; message: string }> = {
  '23514': { code: 'BAD_USER_INPUT', message: 'a value is out of its allowed range' },
  '23503': { code: 'BAD_USER_INPUT', message: 'refers to something that does not exist' },
  '23505': { code: 'CONFLICT', message: 'already exists' },
  '22P02': { code: 'BAD_USER_INPUT', message: 'a value has the wrong format' },
  '40001': { code: 'CONFLICT', message: 'a concurrent change won; retry' },
  // lock_timeout (limits.ts) and deadlocks: another change holds the same rows; nothing saved.
  '55P03': {
    code: 'CONFLICT',
    message:
      '其他人正在修改相同的数据，未保存，请稍后重试 (being changed by someone else right now; nothing was saved, retry)',
  },
  '40P01': { code: 'CONFLICT', message: 'a concurrent change won; nothing was saved, retry' },
};

/**
 * Masks unexpected errors as INTERNAL_SERVER_ERROR (logged with their detail), keeps ours with
 * their code, field and reason, and turns database constraint violations into user errors.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { ...original.extensions } };
  }
  // The database is down, restarting or cut the connection: retryable, not our bug.
  if (isDatabaseUnavailable(original)) {
    const e = serviceUnavailable();
    return { ...formatted, message: e.message, extensions: { ...e.extensions } };
  }
  const pg = pgError(original);
  // 57014 query_canceled: the statement timeout (limits.ts) stopped it.
  if (pg?.code === '57014') {
    const e = queryTimeout();
    return { ...formatted, message: e.message, extensions: { ...e.extensions } };
  }
  if (pg && PG_CODES[pg.code]) {
    const m = PG_CODES[pg.code]!;
    const where = pg.constraint ? ` (${pg.constraint})` : '';
    return {
      ...formatted,
      message: `${m.message}${where}`,
      extensions: { code: m.code, reason: pg.constraint },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_CODES.has(code)) return formatted;
  console.error('[graphql] internal error:', original);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function pgError(e: unknown): { code: string; constraint?: string } | null {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur && typeof cur === 'object'; i++) {
    const c = cur as {
      code?: unknown;
      constraint?: string;
      constraint_name?: string;
      cause?: unknown;
    };
    if (typeof c.code === 'string' && /^[0-9A-Z]{5}$/.test(c.code)) {
      return { code: c.code, constraint: c.constraint ?? c.constraint_name };
    }
    cur = c.cause;
  }
  return null;
}
