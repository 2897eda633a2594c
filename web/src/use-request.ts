import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useState } from 'react';
import { request } from './api.ts';

/**
 * Fired on `window` after a write changed data (a boundary save moves buildings and
 * organizations): every query made through useRequest (summaries, cards) runs again.
 */
export const DATA_CHANGED = 'atlas:data-changed';
/** Fired on `window` after a ledger edit (issue 16): queries and the map's layers reload too. */
export const LEDGER_CHANGED = 'atlas:ledger-changed';
/** The events after which what the server answered may have changed. */
export const CHANGE_EVENTS = [DATA_CHANGED, LEDGER_CHANGED] as const;

/** A number that grows at every change event (CHANGE_EVENTS): a dependency that reloads. */
export function useChangeGeneration() {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const bump = () => setGeneration((n) => n + 1);
    for (const e of CHANGE_EVENTS) window.addEventListener(e, bump);
    return () => {
      for (const e of CHANGE_EVENTS) window.removeEventListener(e, bump);
    };
  }, []);
  return generation;
}

/** Runs a typed query when its variables change (null variables: skip); stale answers dropped. */
export function useRequest<R, V>(doc: TypedDocumentNode<R, V>, variables: V | null) {
  const [state, setState] = useState<{ data?: R; error?: string; loading: boolean }>({
    loading: variables != null,
  });
  const generation = useChangeGeneration();
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables == null) return setState({ loading: false });
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    request(doc, variables)
      .then((data) => live && setState({ data, loading: false }))
      .catch((e: Error) => live && setState({ error: e.message, loading: false }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- variables are compared by value, through key
  }, [doc, key, generation]);
  return state;
}
