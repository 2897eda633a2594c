import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';
import { RETRY_AFTER_SECONDS } from '../errors.ts';

/** The media types Apollo chooses between for a single result, in its order of preference. */
const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/** Errors of a well-formed request whose document or variables are not acceptable. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
]);

/** True when the response goes out as application/json (Apollo negotiates the same way). */
export function answersAsJson(accept: string | undefined): boolean {
  if (!accept) return true;
  const preferred = new Negotiator({ headers: { accept } }).mediaType([
    JSON_TYPE,
    GRAPHQL_RESPONSE_TYPE,
  ]);
  return preferred === JSON_TYPE;
}

/**
 * GraphQL over HTTP, "application/json" section: a server SHOULD answer 200 to every well-formed
 * request, whatever GraphQL errors it has, because legacy clients and intermediaries treat a 4xx
 * application/json body as not GraphQL. Apollo answers 400 to parse, validation and variable
 * coercion failures whatever the accepted type; this keeps the 400 for
 * application/graphql-response+json (where the spec asks for it) and makes it 200 for
 * application/json, as graphql-http's serverAudits check.
 * https://graphql.github.io/graphql-over-http/draft/#sec-application-json
 */
export const httpStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response }) {
        if (response.body.kind !== 'single') return;
        // The database could not serve it (errors.ts serviceUnavailable): 503 with Retry-After,
        // so proxies and clients retry as for any unavailable service.
        const unavailable = response.body.singleResult.errors?.find(
          (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE',
        );
        if (unavailable) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          return;
        }
        if (response.http.status !== 400) return;
        const errors = response.body.singleResult.errors ?? [];
        const requestErrors = errors.every((e) =>
          REQUEST_ERROR_CODES.has(String(e.extensions?.code)),
        );
        if (errors.length && requestErrors && answersAsJson(request.http?.headers.get('accept'))) {
          response.http.status = 200;
        }
      },
    };
  },
};
