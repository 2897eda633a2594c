import type { Resolvers } from '../__generated__/resolvers.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { workstationsOfDistrict } from './places.sql.ts';

export const placesResolvers: Resolvers = {
  District: {
    serviceCenters: (d, _, ctx) => ctx.loaders.serviceCentersByDistrict.load(d.id),
    workstations: (d, _, ctx) => workstationsOfDistrict(ctx.database, d.id),
  },
  Building: {
    workstation: async (b, _, ctx) =>
      (await ctx.loaders.workstationByBuilding.load(b.id))[0] ?? null,
  },
  ServiceCenter: {
    id: (s) => toGlobalId('ServiceCenter', s.id),
    subdistrict: (s, _, ctx) =>
      s.subdistrictId ? ctx.loaders.subdistrict.load(s.subdistrictId) : null,
  },
  BuildingWorkstation: {
    id: (w) => toGlobalId('BuildingWorkstation', w.id),
    building: async (w, _, ctx) => (await ctx.loaders.building.load(w.buildingId))!,
  },
};
