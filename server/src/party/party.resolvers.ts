import DataLoader from 'dataloader';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { perRequest, valuesByKey, type Context } from '../graphql/context.ts';
import * as t from '../db/schema.ts';
import { anyOf } from '../db/sql-arrays.ts';
import { COLUMNS } from '../geography/geography.loaders.ts';
import { lazyGeometry } from '../geography/index.ts';
import { childPage } from '../geography/index.ts';
import type { OrganizationRow } from '../orgs/orgs.tables.ts';
import type { PartyOrganizationRow } from './party.tables.ts';

export const partyResolvers: Resolvers = {
  District: {
    partyOrganizations: (d, args, ctx) =>
      (args.jointOnly
        ? ctx.loaders.jointPartyOrgsByDistrict
        : ctx.loaders.partyOrgsByDistrict
      ).load(childPage(d.id, 'PartyOrganization', args)),
    instructors: (d, args, ctx) =>
      ctx.loaders.instructorsByDistrict.load(childPage(d.id, 'Instructor', args)),
  },
  PartyOrganization: {
    id: (p) => toGlobalId('PartyOrganization', p.id),
    seat: lazyGeometry<PartyOrganizationRow>(
      t.partyOrganizations,
      t.partyOrganizations.seat,
      'seat',
    ),
    units: (p, _, ctx) => links(ctx).unitsOf.load(p.id),
    unitCount: async (p, _, ctx) => (await links(ctx).unitsOf.load(p.id)).length,
    district: async (p, _, ctx) => (await ctx.loaders.district.load(p.districtId))!,
    grid: (p, _, ctx) => (p.gridId ? ctx.loaders.grid.load(p.gridId) : null),
  },
  Instructor: {
    id: (i) => toGlobalId('Instructor', i.id),
    organizations: (i, _, ctx) => links(ctx).assignedTo.load(i.id),
  },
};

const links = perRequest(createLinks);

function createLinks(ctx: Context) {
  const { db } = ctx.database;
  /** Per id: the organizations a link table ties to it now (`current`), in id order. */
  const linkedOrganizations = (link: PgTable, key: PgColumn, org: PgColumn, current: SQL) =>
    new DataLoader<number, OrganizationRow[]>(async (ids) => {
      const rows = await db
        .select({ key, value: COLUMNS.organizations })
        .from(link)
        .innerJoin(t.organizations, eq(t.organizations.id, org))
        .where(and(anyOf(key, ids), current))
        .orderBy(asc(t.organizations.id));
      return valuesByKey(ids, rows as { key: number; value: OrganizationRow }[]);
    });
  const units = t.partyOrgUnits;
  const assignments = t.instructorAssignments;
  return {
    unitsOf: linkedOrganizations(
      units,
      units.partyOrganizationId,
      units.organizationId,
      t.currentUnits,
    ),
    assignedTo: linkedOrganizations(
      assignments,
      assignments.instructorId,
      assignments.organizationId,
      t.currentAssignments,
    ),
  };
}
