// Public surface of search (issue 15, item 4): the grouped `search` query (schema/search.graphql).
export { searchResolvers } from './search.resolvers.ts';
export { SEARCH_GROUPS, type SearchGroupKey } from './search.sql.ts';
