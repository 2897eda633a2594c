import type { Resolvers } from '../__generated__/resolvers.ts';
import * as t from '../db/schema.ts';
import { lazyRequiredGeometry } from '../geography/index.ts';
import { childPage } from '../geography/index.ts';
import { toGlobalId } from '../graphql/ids.ts';
import type { ServiceCenterRow } from './places.tables.ts';
import { workstationsOfDistrict } from './places.sql.ts';

export const placesResolvers: Resolvers = {
  District: {
    serviceCenters: (d, args, ctx) =>
      ctx.loaders.serviceCentersByDistrict.load(childPage(d.id, 'ServiceCenter', args)),
    workstations: (d, _, ctx) => workstationsOfDistrict(ctx.database, d.id),
  },
  Building: {
    workstation: async (b, _, ctx) =>
      (await ctx.loaders.workstationByBuilding.load(b.id))[0] ?? null,
  },
  ServiceCenter: {
    id: (s) => toGlobalId('ServiceCenter', s.id),
    location: lazyRequiredGeometry<ServiceCenterRow>(
      t.serviceCenters,
      t.serviceCenters.location,
      'location',
    ),
    subdistrict: (s, _, ctx) =>
      s.subdistrictId ? ctx.loaders.subdistrict.load(s.subdistrictId) : null,
  },
  BuildingWorkstation: {
    id: (w) => toGlobalId('BuildingWorkstation', w.id),
    building: async (w, _, ctx) => (await ctx.loaders.building.load(w.buildingId))!,
  },
};
