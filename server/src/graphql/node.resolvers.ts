import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Context } from './context.ts';
import { parseGlobalId } from './ids.ts';

const NODE_LOADERS = {
  District: 'district',
  Subdistrict: 'subdistrict',
  Grid: 'grid',
  Building: 'building',
  Organization: 'organization',
  PartyOrganization: 'partyOrganization',
  Instructor: 'instructor',
  ServiceCenter: 'serviceCenter',
  BuildingWorkstation: 'workstation',
} as const satisfies Record<string, keyof Context['loaders']>;

const TYPENAME = Symbol('typename');

/** `node(id)`: any object by global id; a well-formed id of an unknown object is null. */
export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_, { id }, ctx) => {
      const { type, id: dbId } = parseGlobalId(id, 'id');
      const loaderName = NODE_LOADERS[type as keyof typeof NODE_LOADERS];
      if (!loaderName) return null;
      const row = await ctx.loaders[loaderName].load(dbId);
      return row ? Object.assign(row, { [TYPENAME]: type }) : null;
    },
  },
  Node: {
    __resolveType: (obj) =>
      (obj as unknown as Record<symbol, keyof typeof NODE_LOADERS>)[TYPENAME] ?? null,
  },
};
