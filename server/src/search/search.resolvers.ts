import type { Resolvers } from '../__generated__/resolvers.ts';
import { toGlobalId, type NodeType } from '../graphql/ids.ts';
import { parseScope, type Scope } from '../policy/index.ts';
import { parseSearchInput } from './search.input.ts';
import { searchGroup, type SearchGroupKey, type SearchTerms } from './search.sql.ts';

/** The parent of SearchResults' fields: each group runs its statement only when asked for. */
export interface SearchModel {
  text: string;
  terms: SearchTerms;
  limit: number;
  /** Where to look; `{ kind: 'all' }` without a `scope` argument. */
  scope: Scope;
}

const NODE_TYPE: Record<SearchGroupKey, NodeType> = {
  organizations: 'Organization',
  grids: 'Grid',
  subdistricts: 'Subdistrict',
  buildings: 'Building',
  centers: 'ServiceCenter',
};

const group =
  (key: SearchGroupKey): NonNullable<Resolvers['SearchResults']>['organizations'] =>
  async (m, _, ctx) => {
    const { totalCount, hits } = await searchGroup(ctx.database.db, key, m.terms, m.limit, m.scope);
    return {
      totalCount,
      hits: hits.map((h) => ({
        id: toGlobalId(NODE_TYPE[key], h.id),
        name: h.name,
        matched: h.matched,
        detail: h.detail,
        address: h.address,
        lon: h.lon,
        lat: h.lat,
      })),
    };
  };

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { text, first, scope }, ctx) => ({
      ...parseSearchInput(text, first),
      scope: await parseScope(ctx.database.db, scope),
    }),
  },
  SearchResults: {
    organizations: group('organizations'),
    grids: group('grids'),
    subdistricts: group('subdistricts'),
    buildings: group('buildings'),
    centers: group('centers'),
  },
};
