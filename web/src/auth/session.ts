/**
 * The sign-in token in the browser. Kept in localStorage under the key the GraphQL explorer also
 * reads (web/src/graphiql/auth-headers.ts), so one sign-in serves both.
 */
export const TOKEN_KEY = 'atlas.token';
const listeners = new Set<() => void>();

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null) {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
  for (const l of listeners) l();
}

/** Called when the token changes (sign-in, sign-out, expiry seen by api.ts). */
export function onTokenChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
