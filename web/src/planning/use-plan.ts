import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useRef, useState } from 'react';
import { request } from '../api.ts';
import { useChangeGeneration } from '../use-request.ts';
import { PlanRunProgressQuery } from './planning-queries.ts';

/** A run's progress as the server reports it (Query.planRunProgress). */
export interface RunProgress {
  phase: string;
  done: number;
  total: number;
  partsDone?: number | null;
  parts?: number | null;
}

/** How often a running plan's progress is asked for. */
export const PROGRESS_POLL_MS = 700;

const newRunId = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `run-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/**
 * Runs a plan query (issue 18) that may take seconds: the seconds elapsed tick while it runs, the
 * run's phase and progress are polled from the server under a run id of the client's (the query
 * takes it as $runId), and `cancel` aborts the request, which makes the server stop the search
 * (the request's signal in the GraphQL context). Runs again after a data change, like useRequest.
 * A query without $runId (no progress reported) is sent the id all the same: GraphQL ignores it.
 */
export function usePlan<R, V>(doc: TypedDocumentNode<R, V>, variables: Omit<V, 'runId'> | null) {
  const [state, setState] = useState<{
    data?: R;
    error?: string;
    loading: boolean;
    cancelled?: boolean;
  }>({ loading: variables != null });
  const [seconds, setSeconds] = useState(0);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const generation = useChangeGeneration();
  const abort = useRef<AbortController | null>(null);
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables == null) return setState({ loading: false });
    const ac = new AbortController();
    abort.current = ac;
    const started = Date.now();
    const runId = newRunId();
    setSeconds(0);
    setProgress(null);
    const tick = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    let polling = false;
    const poll = setInterval(() => {
      if (polling) return; // one poll in flight at a time
      polling = true;
      request(PlanRunProgressQuery, { runId }, ac.signal)
        .then((r) => live() && r.planRunProgress && setProgress(r.planRunProgress))
        .catch(() => undefined) // progress is a courtesy; the plan's own error is what counts
        .finally(() => (polling = false));
    }, PROGRESS_POLL_MS);
    setState((s) => ({ data: s.data, loading: true }));
    const live = () => abort.current === ac; // a newer request replaced this one
    request(doc, { ...variables, runId } as unknown as V, ac.signal)
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
      .finally(() => {
        clearInterval(tick);
        clearInterval(poll);
      });
    return () => {
      clearInterval(tick);
      clearInterval(poll);
      abort.current = null;
      ac.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- variables are compared by value, through key
  }, [doc, key, generation]);
  return { ...state, seconds, progress, cancel: () => abort.current?.abort() };
}
