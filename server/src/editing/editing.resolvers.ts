import { inArray } from 'drizzle-orm';
import type {
  MutationMergeGridsArgs,
  MutationSplitGridArgs,
  MutationUpdateGridBoundaryArgs,
  Resolvers,
} from '../__generated__/resolvers.ts';
import { canWriteGrid } from '../auth/authorize.ts';
import { grids } from '../db/schema.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { createGrid } from './create-grid.ts';
import type { EditOutcome } from './edit-context.ts';
import { mergeGrids, splitGrid } from './split-merge.ts';
import { updateGridBoundary } from './update-boundary.ts';

const gid = (id: number | null) => (id === null ? null : toGlobalId('Grid', id));

/** The GraphQL `GridEditResult` of an outcome, with the grids as committed. */
export async function editResult(ctx: Context, o: EditOutcome) {
  const adjusted = o.adjustedGridIds ?? [];
  const ids = [...new Set([...o.gridIds, ...o.clippedGridIds, ...adjusted])];
  const rows = ids.length
    ? await ctx.database.db.select().from(grids).where(inArray(grids.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    grids: o.gridIds.map((id) => byId.get(id)!).filter(Boolean),
    clipped: o.clippedGridIds.map((id) => byId.get(id)!).filter(Boolean),
    adjusted: adjusted.map((id) => byId.get(id)!).filter(Boolean),
    changeId: o.changeId ?? null,
    removedGridIds: o.removedGridIds.map((id) => toGlobalId('Grid', id)),
    moves: o.reassignment.moves.map((m) => ({
      building: () => ctx.loaders.building.load(m.buildingId),
      fromGridId: gid(m.fromGridId),
      toGridId: gid(m.toGridId),
      from: () => (m.fromGridId ? ctx.loaders.grid.load(m.fromGridId) : null),
      to: () => (m.toGridId ? ctx.loaders.grid.load(m.toGridId) : null),
      organizationIds: m.organizationIds.map((id) => toGlobalId('Organization', id)),
    })),
    movedOrganizationIds: o.reassignment.organizationIds.map((id) =>
      toGlobalId('Organization', id),
    ),
  };
}

/** A BuildingMove as resolved: the building and grids are thunks, loaded only when asked for. */
export type BuildingMoveModel = Awaited<ReturnType<typeof editResult>>['moves'][number];

/**
 * The resolver of a mutation of the grid its `gridId` argument names: the edit is given the
 * grid's database id, the answer is the edit's GridEditResult.
 */
const gridEdit =
  <A extends { gridId: string }>(
    edit: (ctx: Context, gridId: number, args: A) => Promise<EditOutcome>,
  ) =>
  async (_: unknown, args: A, ctx: Context) =>
    editResult(ctx, await edit(ctx, parseIdOf('Grid', args.gridId, 'gridId'), args));

export const editingResolvers: Resolvers = {
  Grid: {
    canEdit: async (g, _, ctx) => (await canWriteGrid(ctx.user, ctx.database.db, g.id)).ok,
  },
  Mutation: {
    updateGridBoundary: gridEdit((ctx, id, a: MutationUpdateGridBoundaryArgs) =>
      updateGridBoundary(ctx, id, a.boundary, a.expectedVersion, a.options ?? {}),
    ),
    createGrid: async (_, { input, options }, ctx) =>
      editResult(
        ctx,
        await createGrid(
          ctx,
          {
            ...input,
            subdistrictId: parseIdOf('Subdistrict', input.subdistrictId, 'input.subdistrictId'),
            parentGridId: input.parentGridId
              ? parseIdOf('Grid', input.parentGridId, 'input.parentGridId')
              : null,
          },
          options ?? {},
        ),
      ),
    splitGrid: gridEdit((ctx, id, a: MutationSplitGridArgs) =>
      splitGrid(ctx, id, a.line, a.expectedVersion, a.newName, a.crs),
    ),
    mergeGrids: gridEdit((ctx, id, a: MutationMergeGridsArgs) =>
      mergeGrids(
        ctx,
        id,
        a.expectedVersion,
        parseIdOf('Grid', a.otherGridId, 'otherGridId'),
        a.otherExpectedVersion,
        a.toleranceMeters,
      ),
    ),
  },
};
