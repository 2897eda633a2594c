import { getVariableValues, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { Database } from '../db/client.ts';
import type { SQL } from 'drizzle-orm';
import type { Gate } from '../graphql/admission.ts';
import type { RequestAuth } from '../http/request-guards.ts';
import type { Limits } from '../limits.ts';
import { compileRead, type ReadPlan } from './compile.ts';
import { readStatement } from './read-sql.ts';

const OPEN = Buffer.from('{"data":');
const CLOSE = Buffer.from('}');

/** Distinct documents whose plan (or "does not compile") is kept, per process. */
const PLANS_MAX = 500;

export interface CompiledReadsOptions {
  limits: Limits;
  /** The schema Apollo runs (set once Apollo has started). */
  schema: () => GraphQLSchema | undefined;
  /** The same validation rules as Apollo's (graphql-armor's limits). */
  rules: readonly ValidationRule[];
  /** The admission gate of heavy queries, shared with Apollo's (graphql/admission.ts). */
  gate: Gate;
}

/** A request the reader answers: its plan and the one statement that builds the answer. */
export interface CompiledRead {
  plan: ReadPlan;
  statement: SQL;
  /** Planned for its values on every run (an area filter), not a generic plan. */
  planForValues: boolean;
}

export interface CompiledReader {
  /**
   * The statement answering this GraphQL request body for this caller, or null when graphql-js
   * must answer it (anonymous, not compiled, variables that do not coerce, an argument the
   * resolvers refuse: Apollo then gives the error and code it always gives).
   */
  prepare(body: unknown, auth: RequestAuth): CompiledRead | null;
  /**
   * The whole response body, `{"data":...}`, as PostgreSQL built it (heavy documents wait at the
   * admission gate). Rejects when cancelled, timed out, the database is away or the gate is
   * full: the caller then hands the request to graphql-js, which answers those with its codes.
   */
  answer(read: CompiledRead, signal: AbortSignal | undefined): Promise<Buffer>;
}

/**
 * Reads of the hierarchy answered by ONE SQL statement that builds the JSON in PostgreSQL, as
 * PostGraphile and Hasura do (issue 14: graphql-js resolving 40,000 fields per district page
 * cost 2-3 times the peer's CPU). A signed-in POST whose document compiles (reads/compile.ts)
 * and whose arguments pass the resolvers' checks is answered here (reads/compiled-http.ts);
 * everything else (and any failure here) goes on to Apollo, which answers it as it always has,
 * errors included. So this path only ever answers `{"data": ...}` without errors, and what it
 * answers is what the resolvers answer (tests/api/compiled-reads.test.ts compares the two).
 */
export function compiledReader(database: Database, opts: CompiledReadsOptions): CompiledReader {
  const plans = new Map<string, ReadPlan | null>();
  const planOf = (schema: GraphQLSchema, query: string, operationName: string | undefined) => {
    const key = `${operationName ?? ''}\n${query}`;
    let plan = plans.get(key);
    if (plan === undefined) {
      plan = compileRead(schema, query, operationName, {
        maxTokens: opts.limits.maxTokens,
        rules: opts.rules,
      });
      if (plans.size >= PLANS_MAX) plans.delete(plans.keys().next().value!);
      plans.set(key, plan);
    }
    return plan;
  };
  return {
    prepare(raw, auth) {
      const body = raw as { query?: unknown; operationName?: unknown; variables?: unknown };
      const schema = opts.schema();
      if (
        !auth ||
        !schema ||
        !body ||
        typeof body !== 'object' ||
        typeof body.query !== 'string' ||
        'extensions' in body ||
        (body.operationName != null && typeof body.operationName !== 'string') ||
        (body.variables != null &&
          (typeof body.variables !== 'object' || Array.isArray(body.variables)))
      ) {
        return null;
      }
      const plan = planOf(schema, body.query, (body.operationName as string | null) ?? undefined);
      if (!plan) return null;
      const coerced = getVariableValues(
        schema,
        plan.operation.variableDefinitions ?? [],
        (body.variables ?? {}) as Record<string, unknown>,
      );
      if (coerced.errors) return null;
      try {
        return { plan, ...readStatement(plan, coerced.coerced) };
      } catch {
        return null; // an argument the resolvers refuse: Apollo answers with their error
      }
    },
    async answer({ plan, statement, planForValues }, signal) {
      const release = plan.heavy ? await opts.gate.acquire(signal) : undefined;
      try {
        const data = await database.firstValue(statement, { planForValues });
        if (data == null) throw new Error('a compiled read returned no answer');
        // On a server the answer stays the bytes PostgreSQL sent (a district page is megabytes:
        // decoding it into a string and encoding it again cost CPU and memory; issue 14).
        return typeof data === 'string'
          ? Buffer.from(`{"data":${data}}`)
          : Buffer.concat([OPEN, data, CLOSE]);
      } finally {
        release?.();
      }
    },
  };
}
