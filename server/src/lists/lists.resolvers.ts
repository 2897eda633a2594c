import type { PlannerListInput, Resolvers } from '../__generated__/resolvers.ts';
import { parseCursor, toCursor } from '../graphql/ids.ts';
import { checkFirst } from '../orgs/orgs.loaders.ts';
import { plannerCount, plannerRows } from './planner-lists.ts';

// Cursors are positions in the list's order (`c:<offset>`): a list sorts by any column, so a
// keyset over ids alone would not page it.

/** The parent of PlannerListCounts' fields: the list input they count. */
export interface ListCountsModel {
  input: PlannerListInput;
}

export const listsResolvers: Resolvers = {
  Query: {
    plannerList: async (_, { input, first, after }, ctx) => {
      const limit = checkFirst(first);
      const offset = after ? parseCursor(after) : 0;
      const [page, totalCount] = await Promise.all([
        plannerRows(ctx.database, input, offset, limit),
        plannerCount(ctx.database, input, input.list),
      ]);
      return {
        totalCount,
        rows: page.rows,
        pageInfo: {
          hasNextPage: page.more,
          hasPreviousPage: offset > 0,
          startCursor: page.rows.length ? toCursor(offset) : null,
          endCursor: page.rows.length ? toCursor(offset + page.rows.length) : null,
        },
      };
    },
    // Each count is computed only when asked for (the join candidates of a whole district are
    // the slow one): the fields of PlannerListCounts resolve lazily, one statement each.
    plannerListCounts: (_, { input }) => ({ input }),
  },
  PlannerListCounts: {
    blankSpots: ({ input }, _, ctx) => plannerCount(ctx.database, input, 'blank_spots'),
    gaps: ({ input }, _, ctx) => plannerCount(ctx.database, input, 'gaps'),
    joinCandidates: ({ input }, _, ctx) => plannerCount(ctx.database, input, 'join_candidates'),
    workstations: ({ input }, _, ctx) => plannerCount(ctx.database, input, 'workstations'),
    outsideCenters: ({ input }, _, ctx) => plannerCount(ctx.database, input, 'outside_centers'),
  },
};
