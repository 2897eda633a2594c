import type { GraphQLResolveInfo } from 'graphql';
import type { Resolvers } from '../__generated__/resolvers.ts';
import * as t from '../db/schema.ts';
import { badInput, Reasons } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf, toGlobalId, type NodeType } from '../graphql/ids.ts';
import { checkFirst, type OrgScopeColumn } from '../orgs/orgs.loaders.ts';
import { scopedOrganizations, type ConnArgs } from '../orgs/orgs.connection.ts';
import type { ChildKey } from './geography.loaders.ts';
import { lazyGeometry, lazyRequiredGeometry } from './geography.loaders.ts';
import { districtByCode, gridByCode, listDistricts, subdistrictByCode } from './geography.sql.ts';
import type { BuildingRow, DistrictRow, GridRow, SubdistrictRow } from './geography.tables.ts';

/** Resolves `(id | code)` lookups: exactly one must be given. */
export function idOrCode(args: { id?: string | null; code?: string | null }) {
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

/**
 * The fields a district, subdistrict and grid resolve alike: the global id, the boundary (read
 * when asked for) and the organizations in the area.
 */
function areaFields<R extends { id: number; boundary?: unknown }>(
  type: 'District' | 'Subdistrict' | 'Grid',
  table: typeof t.districts | typeof t.subdistricts | typeof t.grids,
  scope: OrgScopeColumn,
) {
  return {
    id: (a: R) => toGlobalId(type, a.id),
    boundary: lazyGeometry<R>(table, table.boundary, 'boundary'),
    organizations: (a: R, args: ConnArgs, ctx: Context, info: GraphQLResolveInfo) =>
      scopedOrganizations(scope, a.id, args, ctx, info),
  };
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
    ...areaFields<DistrictRow>('District', t.districts, 'district_id'),
    subdistricts: (d, args, ctx) =>
      ctx.loaders.subdistrictsByDistrict.load(childPage(d.id, 'Subdistrict', args)),
  },
  Subdistrict: {
    ...areaFields<SubdistrictRow>('Subdistrict', t.subdistricts, 'subdistrict_id'),
    district: async (s, _, ctx) => (await ctx.loaders.district.load(s.districtId))!,
    grids: (s, args, ctx) =>
      (args.topLevelOnly ? ctx.loaders.topGridsBySubdistrict : ctx.loaders.gridsBySubdistrict).load(
        childPage(s.id, 'Grid', args),
      ),
    buildings: (s, args, ctx) =>
      ctx.loaders.buildingsBySubdistrict.load(childPage(s.id, 'Building', args)),
  },
  Grid: {
    ...areaFields<GridRow>('Grid', t.grids, 'grid_id'),
    subdistrict: async (g, _, ctx) => (await ctx.loaders.subdistrict.load(g.subdistrictId))!,
    parent: (g, _, ctx) => (g.parentGridId ? ctx.loaders.grid.load(g.parentGridId) : null),
    children: (g, args, ctx) => ctx.loaders.gridsByParent.load(childPage(g.id, 'Grid', args)),
    buildings: (g, args, ctx) =>
      ctx.loaders.buildingsByGrid.load(childPage(g.id, 'Building', args)),
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
