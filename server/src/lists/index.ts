// Public surface of the planner's lists (issue 15): resolvers (schema/lists.graphql) and the
// export route.
export { listsResolvers } from './lists.resolvers.ts';
export { registerListRoutes } from './lists.routes.ts';
