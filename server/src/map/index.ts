// Public surface of the map concept: its resolvers (schema/map.graphql).
export { mapResolvers } from './map.resolvers.ts';
