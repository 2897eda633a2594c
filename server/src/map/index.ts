// Public surface of the map concept: its resolvers (schema/map.graphql), and what other
// concepts (the planner's lists) reuse so that a list and the map agree row for row.
export { mapResolvers } from './map.resolvers.ts';
export { coverageSource, type CoverageSource } from './coverage-source.sql.ts';
export { joinCandidates } from './join-candidates.sql.ts';
export { reachMeters, reachMinutes, WALK_METERS_PER_MINUTE } from './viewport.ts';
