import type { GraphQLFormattedError } from 'graphql';
import { createApollo } from '../../server/src/app.ts';
import type { Database } from '../../server/src/db/client.ts';
import { SYSTEM_USER, type SessionUser } from '../../server/src/auth/guards.ts';
import { createContext, type Context } from '../../server/src/graphql/context.ts';

export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * Executes operations in-process against the real schema, resolvers and database, as the system
 * user unless another user (or null for anonymous) is given per call.
 */
export async function createTestApi(database: Database, makeContext?: () => Context) {
  const apollo = createApollo();
  await apollo.start();
  return {
    async exec<T = Record<string, any>>(
      query: string,
      variables?: Record<string, unknown>,
      as: SessionUser | null = SYSTEM_USER,
    ): Promise<Result<T>> {
      const res = await apollo.executeOperation(
        { query, variables },
        { contextValue: makeContext ? makeContext() : createContext(database, as) },
      );
      if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
      return res.body.singleResult as Result<T>;
    },
    stop: () => apollo.stop(),
  };
}

/** The `extensions.code` of each error, for assertions. */
export const codes = (r: Result) => (r.errors ?? []).map((e) => e.extensions?.code);
