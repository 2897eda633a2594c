import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../graphql/context.ts';
import { denial, type Denial } from './authorize.ts';
import { READ_ONLY_ROLES } from './roles.ts';
import { forgetSessions } from './session-cache.ts';

/** What an anonymous request may ask for: signing in and introspection. */
export const ANONYMOUS_FIELDS = new Set(['signIn', '__schema', '__type', '__typename']);
/** Mutations open to read-only roles (their own session). */
export const SELF_MUTATIONS = new Set(['signIn', 'signOut', 'changePassword', '__typename']);

/** Top-level field names of an operation, through fragments. */
export function rootFields(
  op: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value) && fragments[s.name.value]) {
        seen.add(s.name.value);
        walk(fragments[s.name.value]!.selectionSet);
      }
    }
  };
  walk(op.selectionSet);
  return out;
}

/**
 * The first, coarse line of the server's checks (issue 7: "every query and mutation checks role
 * and scope on the server"): anonymous callers reach only `signIn` and introspection, planners and
 * analysts no mutation but their own session's. Scope is then checked per mutation with
 * `requireGridWrite` / `requireOrgWrite` (auth/guards.ts).
 */
export const operationGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    let denial: Denial | null = null;
    let mutation = false;
    return {
      async didResolveOperation({ operation, document, contextValue }) {
        if (!operation) return;
        mutation = operation.operation === 'mutation';
        denial = deny(operation, document.definitions, contextValue);
      },
      // Answering here (not throwing) keeps the error's code: Apollo wraps errors thrown by
      // plugins, which formatError would then mask as internal.
      // Sign-in throttling (auth/sign-in-throttle.ts) answers HTTP 429 with Retry-After, as
      // express-rate-limit would, besides the error's RATE_LIMITED code and retryAfterSeconds.
      async willSendResponse({ response, contextValue }) {
        // A mutation may have revoked a session or changed a user's role or scopes: the next
        // request reads its session again (auth/session-cache.ts), not a state before this one.
        if (mutation) forgetSessions(contextValue.database);
        if (response.body.kind !== 'single') return;
        const limited = response.body.singleResult.errors?.find(
          (e) => e.extensions?.code === 'RATE_LIMITED',
        );
        const retry = Number(limited?.extensions?.retryAfterSeconds);
        if (!limited || !Number.isFinite(retry)) return;
        response.http.status = 429;
        response.http.headers.set('retry-after', String(retry));
      },
      async responseForOperation() {
        if (!denial) return null;
        const status = denial.code === 'UNAUTHENTICATED' ? 401 : 403;
        return {
          http: { status, headers: new HeaderMap() },
          body: {
            kind: 'single' as const,
            singleResult: {
              errors: [
                {
                  message: denial.message,
                  extensions: { code: denial.code, reason: denial.reason },
                },
              ],
            },
          },
        };
      },
    };
  },
};

function deny(
  operation: OperationDefinitionNode,
  definitions: readonly DefinitionNode[],
  ctx: Context,
): Denial | null {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  }
  const fields = rootFields(operation, fragments);
  const user = ctx.user;
  if (!user) {
    const names = notAllowed(fields, ANONYMOUS_FIELDS);
    return names ? denial('NOT_SIGNED_IN', `Sign in first (请先登录): ${names}`) : null;
  }
  if (operation.operation === 'mutation' && READ_ONLY_ROLES.includes(user.role)) {
    const names = notAllowed(fields, SELF_MUTATIONS);
    const message = `Role ${user.role} reads only and may not call ${names} (只读角色)`;
    return names ? denial('READ_ONLY_ROLE', message) : null;
  }
  return null;
}

/** The root fields not `allowed`, comma-separated, or null if there are none. */
function notAllowed(fields: string[], allowed: ReadonlySet<string>): string | null {
  const denied = fields.filter((f) => !allowed.has(f));
  return denied.length ? denied.join(', ') : null;
}
