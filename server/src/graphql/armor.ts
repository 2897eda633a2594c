import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits (graphql-armor): an analyst's query may nest the whole hierarchy down to an
 * organization's links (about 10 levels), but not without bound. Field suggestions stay on:
 * analysts explore the schema, which is public anyway (introspection is enabled).
 */
export function createArmor() {
  return new ApolloArmor({
    maxDepth: { n: 14 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 30 },
    maxTokens: { n: 8000 },
    costLimit: { maxCost: 20000 },
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
