import { sql } from 'drizzle-orm';
import type {
  GridBoundariesInput,
  MoveSharedVertexInput,
  Resolvers,
} from '../__generated__/resolvers.ts';
import { canCheckTiling, requireCheckTiling, requireSignedIn } from '../auth/authorize.ts';
import { rows } from '../db/rows.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { editResult } from './editing.resolvers.ts';
import { LIMITS } from './limits.ts';
import { previewSave, type EditPreview } from './preview.ts';
import { sharedVertexSave, type MoveSharedVertex } from './shared-vertex.ts';
import { subdistrictViolations, type TilingViolation } from './tiling.sql.ts';
import { checkSave, updateGridBoundaries, type SaveBoundaries } from './update-boundaries.ts';
import { beginChange } from '../audit/audit.ts';
import { saveBoundariesIn } from './update-boundaries.ts';

const gid = (id: number | null) => (id === null ? null : toGlobalId('Grid', id));

const versions = (
  list: readonly { gridId: string; expectedVersion: number }[] | null | undefined,
  field: string,
) =>
  new Map(
    (list ?? []).map((v, i) => [
      parseIdOf('Grid', v.gridId, `${field}.${i}.gridId`),
      v.expectedVersion,
    ]),
  );

/** GraphQL input -> the save (global ids parsed, defaults applied). */
export const toSave = (input: GridBoundariesInput): SaveBoundaries => ({
  changes: input.changes.map((c, i) => ({
    gridId: parseIdOf('Grid', c.gridId, `input.changes.${i}.gridId`),
    expectedVersion: c.expectedVersion,
    boundary: c.boundary,
  })),
  neighbours: input.neighbours ?? 'adjust',
  neighbourVersions: versions(input.neighbourVersions, 'input.neighbourVersions'),
  crs: input.crs,
  note: input.note,
});

const toMove = (input: MoveSharedVertexInput): MoveSharedVertex => ({
  subdistrictId: parseIdOf('Subdistrict', input.subdistrictId, 'input.subdistrictId'),
  from: input.from,
  to: input.to,
  expectedVersions: versions(input.expectedVersions, 'input.expectedVersions'),
  toleranceMeters: input.toleranceMeters,
  crs: input.crs,
});

const violationView = (v: TilingViolation) => ({
  kind: v.kind.toLowerCase() as 'gap' | 'overlap' | 'outside',
  gridIds: v.gridIds.map((id) => toGlobalId('Grid', id)),
  areaM2: v.areaM2,
  where: v.where,
  at: v.at,
});

/** A TilingViolation as resolved: its grids are loaded only when asked for. */
export type TilingViolationModel = ReturnType<typeof violationView>;

async function report(ctx: Context, subdistrictId: number) {
  const violations = await subdistrictViolations(ctx.database.db, subdistrictId);
  const sum = (kind: string) =>
    violations.filter((v) => v.kind === kind).reduce((n, v) => n + v.areaM2, 0);
  const sub = await ctx.loaders.subdistrict.load(subdistrictId);
  return {
    subdistrict: sub!,
    toleranceM2: LIMITS.tilingToleranceM2,
    ok: violations.length === 0,
    gapAreaM2: sum('GAP'),
    overlapAreaM2: sum('OVERLAP'),
    violations: violations.slice(0, LIMITS.maxViolations).map(violationView),
  };
}

const previewView = (ctx: Context, p: EditPreview) => ({
  ok: p.ok,
  refusal: p.refusal && {
    ...p.refusal,
    where: p.refusal.where,
    // The error's extensions carry the enum's names (GAP); GraphQL resolves internal values (gap).
    violations:
      p.refusal.violations?.map((v) => {
        const x = v as TilingViolationModel;
        return { ...x, kind: String(x.kind).toLowerCase() as TilingViolationModel['kind'] };
      }) ?? null,
  },
  grids: p.grids.map((g) => ({
    grid: ctx.loaders.grid.load(g.gridId).then((r) => r!),
    explicit: g.explicit,
    versionBefore: g.versionBefore,
    boundaryAfter: g.boundaryAfter,
    areaBeforeM2: g.areaBeforeM2,
    areaAfterM2: g.areaAfterM2,
  })),
  neighbourGridIds: p.neighbourGridIds.map((id) => toGlobalId('Grid', id)),
  buildingMoves: p.buildingMoves.map((m) => ({
    buildingId: toGlobalId('Building', m.id),
    name: m.name,
    fromGridId: gid(m.fromGridId),
    toGridId: gid(m.toGridId),
    organizationCount: m.organizationCount ?? 0,
  })),
  organizationMoves: p.organizationMoves.map((m) => ({
    organizationId: toGlobalId('Organization', m.id),
    name: m.name,
    fromGridId: gid(m.fromGridId),
    toGridId: gid(m.toGridId),
  })),
  buildingCount: p.buildingCount,
  organizationCount: p.organizationCount,
});

/** Issue 13: multi-grid saves, the shared-vertex move, their previews and the tiling check. */
export const tilingResolvers: Resolvers = {
  TilingViolation: {
    // Loaded only when asked for: a report may list many violations.
    grids: async (v, _, ctx) => {
      const found = await Promise.all(
        v.gridIds.map((id) => ctx.loaders.grid.load(parseIdOf('Grid', id, 'gridIds'))),
      );
      return found.filter((g) => g !== null);
    },
  },
  Query: {
    previewGridEdit: async (_, { input }, ctx) => {
      requireSignedIn(ctx);
      const save = toSave(input);
      return previewView(ctx, await previewSave(ctx, async () => save));
    },
    previewSharedVertexMove: async (_, { input }, ctx) => {
      requireSignedIn(ctx);
      const move = toMove(input);
      return previewView(
        ctx,
        await previewSave(ctx, (tx) => sharedVertexSave(ctx.database, tx, move)),
      );
    },
    tilingViolations: async (_, { subdistrictId }, ctx) => {
      if (subdistrictId) {
        const id = parseIdOf('Subdistrict', subdistrictId, 'subdistrictId');
        await requireCheckTiling(ctx, ctx.database.db, id);
        return [await report(ctx, id)];
      }
      requireSignedIn(ctx);
      const subs = await rows<{ id: number }>(
        ctx.database.db,
        sql`SELECT id FROM subdistricts ORDER BY id`,
      );
      const mine: number[] = [];
      for (const s of subs) {
        if ((await canCheckTiling(ctx, ctx.database.db, Number(s.id))).ok) mine.push(Number(s.id));
      }
      // No subdistrict in scope is the same refusal as asking for one outside it.
      if (mine.length === 0)
        await requireCheckTiling(ctx, ctx.database.db, Number(subs[0]?.id ?? -1));
      const out = [];
      for (const id of mine) {
        const r = await report(ctx, id);
        if (!r.ok) out.push(r);
      }
      return out;
    },
  },
  Mutation: {
    updateGridBoundaries: async (_, { input }, ctx) =>
      editResult(ctx, await updateGridBoundaries(ctx, toSave(input))),
    moveSharedVertex: async (_, { input }, ctx) => {
      const move = toMove(input);
      const outcome = await ctx.database.db.transaction(async (tx) => {
        const changeId = await beginChange(tx);
        const save = await sharedVertexSave(ctx.database, tx, move);
        checkSave(save);
        return { ...(await saveBoundariesIn(ctx, tx, save)), changeId };
      });
      return editResult(ctx, outcome);
    },
  },
};
