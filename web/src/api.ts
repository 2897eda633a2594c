import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { authHeaders, getToken, setToken } from './auth/session.ts';

export interface ApiErrorDetail {
  message: string;
  extensions?: { code?: string; field?: string; reason?: string; [k: string]: unknown };
}

/** The server's errors, with their `extensions` (code, field, reason; CONFLICT details). */
export class ApiError extends Error {
  constructor(readonly errors: ApiErrorDetail[]) {
    super(errors.map((e) => e.message).join('; '));
  }
  get code() {
    return this.errors[0]?.extensions?.code;
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
