import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef, useState } from 'react';
import { request } from '../api.ts';
import { CHANGE_EVENTS } from '../use-request.ts';

/**
 * Runs a plan query (issue 18) that may take seconds: the seconds elapsed tick while it runs,
 * and `cancel` aborts the request, which makes the server stop the search (the request's signal
 * in the GraphQL context). Runs again after a data change, like useRequest.
 */
export function usePlan<R, V>(doc: TypedDocumentNode<R, V>, variables: V | null) {
  const [state, setState] = useState<{
    data?: R;
    error?: string;
    loading: boolean;
    cancelled?: boolean;
  }>({ loading: variables != null });
  const [seconds, setSeconds] = useState(0);
  const [generation, setGeneration] = useState(0);
  const abort = useRef<AbortController | null>(null);
  useEffect(() => {
    const bump = () => setGeneration((n) => n + 1);
    for (const e of CHANGE_EVENTS) window.addEventListener(e, bump);
    return () => {
      for (const e of CHANGE_EVENTS) window.removeEventListener(e, bump);
    };
  }, []);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables == null) return setState({ loading: false });
    const ac = new AbortController();
    abort.current = ac;
    const started = Date.now();
    setSeconds(0);
    const tick = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    setState((s) => ({ data: s.data, loading: true }));
    const live = () => abort.current === ac; // a newer request replaced this one
    request(doc, variables, ac.signal)
      .then((data) => live() && setState({ data, loading: false }))
      .catch(
        (e: Error) =>
          live() &&
          setState(
            ac.signal.aborted
              ? { loading: false, cancelled: true }
              : { error: e.message, loading: false },
          ),
      )
      .finally(() => clearInterval(tick));
    return () => {
      clearInterval(tick);
      abort.current = null;
      ac.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- variables are compared by value, through key
  }, [doc, key, generation]);
  return { ...state, seconds, cancel: () => abort.current?.abort() };
}
