import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits (graphql-armor): an analyst's query may nest the whole hierarchy down to an
 * organization's links (about 10 levels), but not without bound. Field suggestions stay on:
 * analysts explore the schema, which is public anyway (introspection is enabled).
 */
export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: 14 },
    // No exemption for __typename: 1,000 aliases of it are still 1,000 fields to answer.
    maxAliases: { n: 30, allowList: [] },
    maxDirectives: { n: 30 },
    // Tokens are bounded by graphql-js's parse option instead (app.ts, limits.ts `maxTokens`):
    // armor's parser plugin throws outside Apollo's parse step, which answers 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
