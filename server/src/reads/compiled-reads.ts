import type { RequestHandler } from 'express';
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

/**
 * Reads of the hierarchy answered by ONE SQL statement that builds the JSON in PostgreSQL, as
 * PostGraphile and Hasura do (issue 14: graphql-js resolving 40,000 fields per district page
 * cost 2-3 times the peer's CPU). A signed-in POST whose document compiles (reads/compile.ts)
 * and whose arguments pass the resolvers' checks is answered here; everything else (and any
 * failure here) goes on to Apollo, which answers it as it always has, errors included. So
 * this path only ever answers `{"data": ...}` without errors, and what it answers is what the
 * resolvers answer (tests/api/compiled-reads.test.ts compares the two).
 */
export function compiledReads(database: Database, opts: CompiledReadsOptions): RequestHandler {
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
  return (req, res, next) => {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown };
    const auth = res.locals.auth as RequestAuth;
    const schema = opts.schema();
    if (
      req.method !== 'POST' ||
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
      next();
      return;
    }
    const plan = planOf(schema, body.query, (body.operationName as string | null) ?? undefined);
    if (!plan) {
      next();
      return;
    }
    const coerced = getVariableValues(
      schema,
      plan.operation.variableDefinitions ?? [],
      (body.variables ?? {}) as Record<string, unknown>,
    );
    if (coerced.errors) {
      next();
      return;
    }
    let statement;
    try {
      statement = readStatement(plan, coerced.coerced);
    } catch {
      next(); // an argument the resolvers refuse: Apollo answers with their error
      return;
    }
    const signal = res.locals.signal as AbortSignal | undefined;
    void answer(database, opts.gate, plan, statement, signal).then(
      (data) => {
        if (signal?.aborted) return;
        // On a server the answer stays the bytes PostgreSQL sent (a district page is megabytes:
        // decoding it into a string and encoding it again cost CPU and memory; issue 14).
        const body =
          typeof data === 'string' ? `{"data":${data}}` : Buffer.concat([OPEN, data, CLOSE]);
        res.status(200).type('application/json; charset=utf-8').send(body);
      },
      () => {
        // Cancelled (client gone), timed out, database away, gate full: graphql-js answers
        // with the errors and codes it gives for those (nothing to answer a client that left).
        if (!signal?.aborted) next();
      },
    );
  };
}

async function answer(
  database: Database,
  gate: Gate,
  plan: ReadPlan,
  statement: SQL,
  signal: AbortSignal | undefined,
): Promise<Buffer | string> {
  const release = plan.heavy ? await gate.acquire(signal) : undefined;
  try {
    const data = await database.firstValue(statement);
    if (data == null) throw new Error('a compiled read returned no answer');
    return data;
  } finally {
    release?.();
  }
}
