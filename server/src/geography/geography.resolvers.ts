import type { Resolvers } from '../__generated__/resolvers.ts';
import { badInput, Reasons } from '../errors.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { scopedOrganizations } from '../orgs/orgs.connection.ts';
import { districtByCode, gridByCode, subdistrictByCode } from './geography.sql.ts';

/** Resolves `(id | code)` lookups: exactly one must be given. */
function idOrCode(args: { id?: string | null; code?: string | null }) {
  if (args.id && args.code) {
    throw badInput('id', Reasons.CONFLICTING_ARGUMENTS, 'give either id or code, not both');
  }
  if (!args.id && !args.code) throw badInput('id', Reasons.MISSING_ARGUMENT, 'give id or code');
}

export const geographyResolvers: Resolvers = {
  Query: {
    districts: (_, __, ctx) =>
      ctx.database.db.query.districts.findMany({ orderBy: (d, { asc }) => asc(d.id) }),
    district: async (_, args, ctx) => {
      idOrCode(args);
      if (args.id) return ctx.loaders.district.load(parseIdOf('District', args.id, 'id'));
      return districtByCode(ctx.database, args.code!);
    },
    subdistrict: async (_, args, ctx) => {
      idOrCode(args);
      if (args.id) return ctx.loaders.subdistrict.load(parseIdOf('Subdistrict', args.id, 'id'));
      return subdistrictByCode(ctx.database, args.code!);
    },
    grid: async (_, args, ctx) => {
      idOrCode(args);
      if (args.id) return ctx.loaders.grid.load(parseIdOf('Grid', args.id, 'id'));
      return gridByCode(ctx.database, args.code!);
    },
    building: (_, args, ctx) => ctx.loaders.building.load(parseIdOf('Building', args.id, 'id')),
  },
  District: {
    id: (d) => toGlobalId('District', d.id),
    subdistricts: (d, _, ctx) => ctx.loaders.subdistrictsByDistrict.load(d.id),
    organizations: (d, args, ctx) => scopedOrganizations('district_id', d.id, args, ctx),
  },
  Subdistrict: {
    id: (s) => toGlobalId('Subdistrict', s.id),
    district: async (s, _, ctx) => (await ctx.loaders.district.load(s.districtId))!,
    grids: (s, args, ctx) =>
      (args.topLevelOnly ? ctx.loaders.topGridsBySubdistrict : ctx.loaders.gridsBySubdistrict).load(
        s.id,
      ),
    buildings: (s, _, ctx) => ctx.loaders.buildingsBySubdistrict.load(s.id),
    organizations: (s, args, ctx) => scopedOrganizations('subdistrict_id', s.id, args, ctx),
  },
  Grid: {
    id: (g) => toGlobalId('Grid', g.id),
    subdistrict: async (g, _, ctx) => (await ctx.loaders.subdistrict.load(g.subdistrictId))!,
    parent: (g, _, ctx) => (g.parentGridId ? ctx.loaders.grid.load(g.parentGridId) : null),
    children: (g, _, ctx) => ctx.loaders.gridsByParent.load(g.id),
    buildings: (g, _, ctx) => ctx.loaders.buildingsByGrid.load(g.id),
    organizations: (g, args, ctx) => scopedOrganizations('grid_id', g.id, args, ctx),
  },
  Building: {
    id: (b) => toGlobalId('Building', b.id),
    grid: (b, _, ctx) => (b.gridId ? ctx.loaders.grid.load(b.gridId) : null),
    subdistrict: async (b, _, ctx) => (await ctx.loaders.subdistrict.load(b.subdistrictId))!,
    organizations: (b, args, ctx) => scopedOrganizations('building_id', b.id, args, ctx),
  },
};
