import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Crs } from '../geo/crs.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf } from '../graphql/ids.ts';
import {
  canWriteCenter,
  canWriteWorkstation,
  closeServiceCenter,
  closeWorkstation,
  createServiceCenter,
  createWorkstation,
  moveServiceCenter,
  moveWorkstation,
  updateServiceCenter,
  updateWorkstation,
  type PlaceOutcome,
} from './place-edit.ts';
import { CENTERS, lockPlace, WORKSTATIONS } from './place-edit.sql.ts';

type Facts = Record<string, string | number | null | undefined>;
const point = (p: { lon: number; lat: number; crs?: string | null }) => ({
  lon: p.lon,
  lat: p.lat,
  crs: (p.crs ?? 'wgs84') as Crs,
});
const existing = (
  ctx: Context,
  type: 'ServiceCenter' | 'BuildingWorkstation',
  a: { id: string; expectedVersion: number; dryRun?: boolean | null },
) => ({
  ctx,
  id: parseIdOf(type, a.id, 'id'),
  expectedVersion: a.expectedVersion,
  dryRun: a.dryRun ?? false,
});

/** The result with the center as saved (read after the commit; null once closed). */
async function withCenter(ctx: Context, o: PlaceOutcome) {
  return {
    ...o,
    serviceCenter: o.id === null ? null : await ctx.loaders.serviceCenter.load(o.id),
  };
}
async function withWorkstation(ctx: Context, o: PlaceOutcome) {
  return { ...o, workstation: o.id === null ? null : await ctx.loaders.workstation.load(o.id) };
}

/** Issue 16: service centers and building workstations kept current from the map. */
export const placeEditResolvers: Resolvers = {
  ServiceCenter: {
    version: (s) => s.version,
    updatedBy: (s) => s.updatedBy,
    canEdit: async (s, _, ctx) => {
      const db = ctx.database.db;
      return (await canWriteCenter(ctx, db, await lockPlace(db, CENTERS, s.id, false))).ok;
    },
  },
  BuildingWorkstation: {
    version: (w) => w.version,
    updatedBy: (w) => w.updatedBy,
    canEdit: async (w, _, ctx) => {
      const db = ctx.database.db;
      return (await canWriteWorkstation(ctx, db, await lockPlace(db, WORKSTATIONS, w.id, false)))
        .ok;
    },
  },
  Mutation: {
    createServiceCenter: async (_, a, ctx) =>
      withCenter(
        ctx,
        await createServiceCenter(
          ctx,
          a.input.facts as Facts,
          point(a.input.location),
          a.dryRun ?? false,
        ),
      ),
    updateServiceCenter: async (_, a, ctx) =>
      withCenter(
        ctx,
        await updateServiceCenter(existing(ctx, 'ServiceCenter', a), a.facts as Facts),
      ),
    moveServiceCenter: async (_, a, ctx) =>
      withCenter(
        ctx,
        await moveServiceCenter(existing(ctx, 'ServiceCenter', a), point(a.location)),
      ),
    closeServiceCenter: async (_, a, ctx) =>
      withCenter(ctx, await closeServiceCenter(existing(ctx, 'ServiceCenter', a))),
    createWorkstation: async (_, a, ctx) =>
      withWorkstation(
        ctx,
        await createWorkstation(
          ctx,
          parseIdOf('Building', a.input.buildingId, 'input.buildingId'),
          a.input.facts as Facts,
          a.dryRun ?? false,
        ),
      ),
    updateWorkstation: async (_, a, ctx) =>
      withWorkstation(
        ctx,
        await updateWorkstation(existing(ctx, 'BuildingWorkstation', a), a.facts as Facts),
      ),
    moveWorkstation: async (_, a, ctx) =>
      withWorkstation(
        ctx,
        await moveWorkstation(
          existing(ctx, 'BuildingWorkstation', a),
          parseIdOf('Building', a.buildingId, 'buildingId'),
        ),
      ),
    closeWorkstation: async (_, a, ctx) =>
      withWorkstation(ctx, await closeWorkstation(existing(ctx, 'BuildingWorkstation', a))),
  },
};
