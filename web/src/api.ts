import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import i18next from 'i18next';
import { authHeaders, getToken, setToken } from './auth/session.ts';
import { addFeatureText } from './i18n/feature-text.ts';

export interface ApiErrorDetail {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string; [k: string]: unknown };
}

/** The `reason` a retryable CONFLICT gets here, so views that word reasons can tell it apart. */
export const RETRYABLE = 'RETRYABLE';

/**
 * A CONFLICT that is not a stale version (no `currentVersion`) nor a taken value (a constraint as
 * `reason`): the database's lock timeout, a deadlock or a serialization failure. Nothing was
 * saved and the same request may simply be sent again (server/src/graphql/format-error.ts).
 */
export const isRetryableConflict = (e: ApiErrorDetail | undefined): boolean =>
  e?.extensions?.code === 'CONFLICT' &&
  e.extensions.currentVersion === undefined &&
  (e.extensions.reason === undefined || e.extensions.reason === RETRYABLE);

addFeatureText(
  'api',
  { retryableConflict: '其他人正在修改相同的数据，本次未保存，请稍后重试' },
  {
    retryableConflict:
      'Someone else is changing the same data right now; nothing was saved, please retry',
  },
);

/** A retryable CONFLICT in the user's language, with `reason: RETRYABLE`; others unchanged. */
const worded = (e: ApiErrorDetail): ApiErrorDetail =>
  isRetryableConflict(e)
    ? {
        message: i18next.t('api.retryableConflict'),
        extensions: { ...e.extensions, reason: RETRYABLE },
      }
    : e;

/** The server's errors, with their `extensions` (code, field, reason; CONFLICT details). */
export class ApiError extends Error {
  readonly errors: ApiErrorDetail[];
  constructor(errors: ApiErrorDetail[]) {
    const list = errors.map(worded);
    super(list.map((e) => e.message).join('; '));
    this.errors = list;
  }
  get code() {
    return this.errors[0]?.extensions?.code;
  }
  /** Nothing was saved and sending the same request again may succeed (isRetryableConflict). */
  get retryable() {
    return isRetryableConflict(this.errors[0]);
  }
}

/** Posts a typed document to /graphql; throws with the server's message on errors. */
export async function request<R, V>(
  doc: TypedDocumentNode<R, V>,
  variables?: V,
  /** Aborting cancels the request; the server stops long work when the client goes away. */
  signal?: AbortSignal,
): Promise<R> {
  const res = await fetch('/graphql', {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', ...authHeaders() },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: ApiErrorDetail[] };
  if (body.errors?.length) {
    // An expired or revoked token: back to the sign-in screen (web/src/auth).
    if (body.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED') && getToken()) {
      setToken(null);
    }
    throw new ApiError(body.errors);
  }
  return body.data as R;
}
