import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { serviceUnavailable } from '../errors.ts';
import type { Context } from './context.ts';

/**
 * Admission of heavy queries (issue 14): a query nested this deep (a field path of this many
 * levels, e.g. grid > buildings > organizations > nodes > id) holds thousands of rows while it
 * runs. Run all at once on 2 cores, 50 of them each took 50 times as long and most passed any
 * client's patience (and were then computed for nobody); run a few at a time, in arrival order,
 * the same work completes at the rate the machine has.
 */
export const HEAVY_DEPTH = 5;
/** Heavy queries executing at once (per process). */
export const HEAVY_CONCURRENCY = 3;
/** Heavy queries waiting beyond this are refused at once (SERVICE_UNAVAILABLE, retryable). */
export const HEAVY_QUEUE_MAX = 200;

/** The deepest field path of an operation, following fragments (depth is bounded by armor). */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode) {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  }
  const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) max = Math.max(max, 1 + depth(s.selectionSet, seen));
      else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depth(s.selectionSet, seen));
      else if (!seen.has(s.name.value)) {
        const f = fragments.get(s.name.value);
        max = Math.max(max, depth(f?.selectionSet, new Set([...seen, s.name.value])));
      }
    }
    return max;
  };
  return depth(operation.selectionSet, new Set());
}

/** A FIFO gate of `size` places; a waiter whose signal aborts leaves the queue. */
export class Gate {
  private running = 0;
  private readonly waiting: { go: () => void; signal?: AbortSignal; gone: () => void }[] = [];
  constructor(
    readonly size: number,
    readonly queueMax: number,
  ) {}

  get stats() {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Resolves to a release function once a place is free. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) {
        next.signal?.removeEventListener('abort', next.gone);
        next.go(); // the place passes on: `running` stays
      } else this.running--;
    };
    if (this.running < this.size) {
      this.running++;
      return release;
    }
    if (signal?.aborted) throw new Error('request gone');
    if (this.waiting.length >= this.queueMax) throw serviceUnavailable();
    await new Promise<void>((resolve, reject) => {
      const entry = {
        go: resolve,
        signal,
        gone: () => {
          const i = this.waiting.indexOf(entry);
          if (i >= 0) this.waiting.splice(i, 1);
          reject(new Error('request gone'));
        },
      };
      signal?.addEventListener('abort', entry.gone, { once: true });
      this.waiting.push(entry);
    });
    return release;
  }
}

/** Queues heavy queries through a gate of HEAVY_CONCURRENCY places (see HEAVY_DEPTH). */
export function admissionPlugin(
  gate = new Gate(HEAVY_CONCURRENCY, HEAVY_QUEUE_MAX),
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (operation?.operation !== 'query') return;
          if (operationDepth(document, operation) < HEAVY_DEPTH) return;
          release = await gate.acquire(contextValue.signal);
        },
        async executionDidStart() {
          return {
            async executionDidEnd() {
              release?.();
            },
          };
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
