import type { Resolvers } from '../__generated__/resolvers.ts';
import { parseCursor, toCursor } from '../graphql/ids.ts';
import { checkFirst } from '../orgs/orgs.loaders.ts';
import { plannerCount, plannerRows } from './planner-lists.ts';

// Cursors are positions in the list's order (`c:<offset>`): a list sorts by any column, so a
// keyset over ids alone would not page it.

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
    // the slow one): the fields resolve lazily, one statement each.
    plannerListCounts: (_, { input }, ctx) => {
      const count = (kind: Parameters<typeof plannerCount>[2]) => () =>
        plannerCount(ctx.database, input, kind);
      return {
        blankSpots: count('blank_spots'),
        gaps: count('gaps'),
        joinCandidates: count('join_candidates'),
        workstations: count('workstations'),
        outsideCenters: count('outside_centers'),
      } as never;
    },
  },
};
