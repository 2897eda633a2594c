import type { Resolvers } from '../__generated__/resolvers.ts';
import * as t from '../db/schema.ts';
import { badInput, Reasons } from '../errors.ts';
import { parseIdOf, toGlobalId, type NodeType } from '../graphql/ids.ts';
import { checkFirst } from '../orgs/orgs.loaders.ts';
import { scopedOrganizations } from '../orgs/orgs.connection.ts';
import type { ChildKey } from './geography.loaders.ts';
import { lazyGeometry, lazyRequiredGeometry } from './geography.loaders.ts';
import { districtByCode, gridByCode, listDistricts, subdistrictByCode } from './geography.sql.ts';
import type { BuildingRow, DistrictRow, GridRow, SubdistrictRow } from './geography.tables.ts';

/** Resolves `(id | code)` lookups: exactly one must be given. */
function idOrCode(args: { id?: string | null; code?: string | null }) {
  if (args.id && args.code) {
    throw badInput('id', Reasons.CONFLICTING_ARGUMENTS, 'give either id or code, not both');
  }
  if (!args.id && !args.code) throw badInput('id', Reasons.MISSING_ARGUMENT, 'give id or code');
}

/** `first` / `after` of a child list: omitted `first` keeps every child, as before paging. */
export function childPage(
  parentId: number,
  type: NodeType,
  args: { first?: number | null; after?: string | null },
): ChildKey {
  const first = args.first == null ? null : checkFirst(args.first);
  const after = args.after ? parseIdOf(type, args.after, 'after') : 0;
  return { parentId, first, after };
}

export const geographyResolvers: Resolvers = {
  Query: {
    districts: (_, __, ctx) => listDistricts(ctx.database),
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
    boundary: lazyGeometry<DistrictRow>(t.districts, t.districts.boundary, 'boundary'),
    subdistricts: (d, args, ctx) =>
      ctx.loaders.subdistrictsByDistrict.load(childPage(d.id, 'Subdistrict', args)),
    organizations: (d, args, ctx, info) =>
      scopedOrganizations('district_id', d.id, args, ctx, info),
  },
  Subdistrict: {
    id: (s) => toGlobalId('Subdistrict', s.id),
    boundary: lazyGeometry<SubdistrictRow>(t.subdistricts, t.subdistricts.boundary, 'boundary'),
    district: async (s, _, ctx) => (await ctx.loaders.district.load(s.districtId))!,
    grids: (s, args, ctx) =>
      (args.topLevelOnly ? ctx.loaders.topGridsBySubdistrict : ctx.loaders.gridsBySubdistrict).load(
        childPage(s.id, 'Grid', args),
      ),
    buildings: (s, args, ctx) =>
      ctx.loaders.buildingsBySubdistrict.load(childPage(s.id, 'Building', args)),
    organizations: (s, args, ctx, info) =>
      scopedOrganizations('subdistrict_id', s.id, args, ctx, info),
  },
  Grid: {
    id: (g) => toGlobalId('Grid', g.id),
    boundary: lazyGeometry<GridRow>(t.grids, t.grids.boundary, 'boundary'),
    subdistrict: async (g, _, ctx) => (await ctx.loaders.subdistrict.load(g.subdistrictId))!,
    parent: (g, _, ctx) => (g.parentGridId ? ctx.loaders.grid.load(g.parentGridId) : null),
    children: (g, args, ctx) => ctx.loaders.gridsByParent.load(childPage(g.id, 'Grid', args)),
    buildings: (g, args, ctx) =>
      ctx.loaders.buildingsByGrid.load(childPage(g.id, 'Building', args)),
    organizations: (g, args, ctx, info) => scopedOrganizations('grid_id', g.id, args, ctx, info),
  },
  Building: {
    id: (b) => toGlobalId('Building', b.id),
    location: lazyRequiredGeometry<BuildingRow>(t.buildings, t.buildings.location, 'location'),
    footprint: lazyGeometry<BuildingRow>(t.buildings, t.buildings.footprint, 'footprint'),
    grid: (b, _, ctx) => (b.gridId ? ctx.loaders.grid.load(b.gridId) : null),
    subdistrict: async (b, _, ctx) => (await ctx.loaders.subdistrict.load(b.subdistrictId))!,
    organizations: (b, args, ctx, info) =>
      scopedOrganizations('building_id', b.id, args, ctx, info),
  },
};
