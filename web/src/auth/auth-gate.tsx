import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { graphql } from '../__generated__/gql.ts';
import type { MeQuery } from '../__generated__/graphql.ts';
import { request } from '../api.ts';
import { getToken, onTokenChange, setToken } from './session.ts';
import { SignIn } from './sign-in.tsx';

const MeDoc = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      canEdit
      scopes {
        kind
        id
        name
      }
    }
  }
`);

const SignOutDoc = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type Me = MeQuery['me'];
const MeContext = createContext<Me | null>(null);

/** The signed-in user (inside <AuthGate>). */
export function useMe(): Me | null {
  return useContext(MeContext);
}

export async function signOut() {
  try {
    await request(SignOutDoc);
  } finally {
    setToken(null);
  }
}

/**
 * Shows the sign-in screen until there is a valid token, then its children with the user in
 * context (`useMe()`); goes back to sign-in when the token expires or is revoked.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const [token, setTok] = useState(getToken);
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => onTokenChange(() => setTok(getToken())), []);
  useEffect(() => {
    setMe(null);
    if (!token) return;
    request(MeDoc)
      .then((d) => setMe(d.me))
      .catch(() => setToken(null));
  }, [token]);
  if (!token) return <SignIn />;
  if (!me) return <p style={{ padding: 24 }}>加载中…</p>;
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}
