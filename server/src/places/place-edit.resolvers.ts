import type { Resolvers } from '../__generated__/resolvers.ts';
import type { Crs } from '../geo/crs.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf } from '../graphql/ids.ts';
import {
  canOpenWorkstation,
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
  Building: {
    canOpenWorkstation: async (b, _, ctx) =>
      (await canOpenWorkstation(ctx, ctx.database.db, b.id)).ok,
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
  // The saved place is read after the commit (null once closed or for a dry run of a create).
  ServiceCenterEditResult: {
    serviceCenter: (o, _, ctx) => (o.id === null ? null : ctx.loaders.serviceCenter.load(o.id)),
  },
  WorkstationEditResult: {
    workstation: (o, _, ctx) => (o.id === null ? null : ctx.loaders.workstation.load(o.id)),
  },
  Mutation: {
    createServiceCenter: (_, a, ctx) =>
      createServiceCenter(
        { ctx, dryRun: a.dryRun ?? false },
        a.input.facts as Facts,
        point(a.input.location),
      ),
    updateServiceCenter: (_, a, ctx) =>
      updateServiceCenter(existing(ctx, 'ServiceCenter', a), a.facts as Facts),
    moveServiceCenter: (_, a, ctx) =>
      moveServiceCenter(existing(ctx, 'ServiceCenter', a), point(a.location)),
    closeServiceCenter: (_, a, ctx) => closeServiceCenter(existing(ctx, 'ServiceCenter', a)),
    createWorkstation: (_, a, ctx) => {
      const buildingId = parseIdOf('Building', a.input.buildingId, 'input.buildingId');
      return createWorkstation(
        { ctx, dryRun: a.dryRun ?? false },
        buildingId,
        a.input.facts as Facts,
      );
    },
    updateWorkstation: (_, a, ctx) =>
      updateWorkstation(existing(ctx, 'BuildingWorkstation', a), a.facts as Facts),
    moveWorkstation: (_, a, ctx) => {
      const buildingId = parseIdOf('Building', a.buildingId, 'buildingId');
      return moveWorkstation(existing(ctx, 'BuildingWorkstation', a), buildingId);
    },
    closeWorkstation: (_, a, ctx) => closeWorkstation(existing(ctx, 'BuildingWorkstation', a)),
  },
};
