/**
 * Headers for the explorer: the map's sign-in token when there is one (same origin), so an
 * analyst signed in on the map can query without pasting it.
 */
export function authHeaders(): Record<string, string> {
  const token = localStorage.getItem('atlas.token');
  return token ? { authorization: `Bearer ${token}` } : {};
}
