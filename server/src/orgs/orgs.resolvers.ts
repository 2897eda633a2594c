import { and, eq } from 'drizzle-orm';
import DataLoader from 'dataloader';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import * as t from '../db/schema.ts';
import { anyOf } from '../db/sql-arrays.ts';
import { lazyGeometry } from '../geography/index.ts';
import { perRequest, valuesByKey, type Context } from '../graphql/context.ts';
import type { InstructorRow } from '../party/party.tables.ts';
import type { OrganizationRow } from './orgs.tables.ts';
import { allOrganizations } from './orgs.connection.ts';

export const orgsResolvers: Resolvers = {
  Query: {
    organization: (_, args, ctx) =>
      ctx.loaders.organization.load(parseIdOf('Organization', args.id, 'id')),
    organizations: (_, args, ctx, info) => allOrganizations(args, ctx, info),
  },
  Organization: {
    id: (o) => toGlobalId('Organization', o.id),
    location: lazyGeometry<OrganizationRow>(t.organizations, t.organizations.location, 'location'),
    building: (o, _, ctx) => (o.buildingId ? ctx.loaders.building.load(o.buildingId) : null),
    grid: (o, _, ctx) => (o.gridId ? ctx.loaders.grid.load(o.gridId) : null),
    subdistrict: (o, _, ctx) =>
      o.subdistrictId ? ctx.loaders.subdistrict.load(o.subdistrictId) : null,
    district: async (o, _, ctx) => (await ctx.loaders.district.load(o.districtId))!,
    partyOrganization: async (o, _, ctx) => {
      const poId = await orgLinks(ctx).partyOrgOf.load(o.id);
      return poId ? ctx.loaders.partyOrganization.load(poId) : null;
    },
    instructors: (o, _, ctx) => orgLinks(ctx).instructorsOf.load(o.id),
  },
};

/** Loaders for an organization's current links, created lazily once per request. */
const orgLinks = perRequest(createLinkLoaders);

function createLinkLoaders(ctx: Context) {
  const { db } = ctx.database;
  return {
    partyOrgOf: new DataLoader<number, number | null>(async (orgIds) => {
      const rows = await db
        .select({ org: t.partyOrgUnits.organizationId, po: t.partyOrgUnits.partyOrganizationId })
        .from(t.partyOrgUnits)
        .where(and(anyOf(t.partyOrgUnits.organizationId, orgIds), t.currentUnits));
      const map = new Map(rows.map((r) => [r.org, r.po]));
      return orgIds.map((id) => map.get(id) ?? null);
    }),
    instructorsOf: new DataLoader<number, InstructorRow[]>(async (orgIds) => {
      const rows = await db
        .select({ key: t.instructorAssignments.organizationId, value: t.instructors })
        .from(t.instructorAssignments)
        .innerJoin(t.instructors, eq(t.instructors.id, t.instructorAssignments.instructorId))
        .where(and(anyOf(t.instructorAssignments.organizationId, orgIds), t.currentAssignments));
      return valuesByKey(orgIds, rows);
    }),
  };
}
