import DataLoader from 'dataloader';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Resolvers } from '../__generated__/resolvers.ts';
import { toGlobalId } from '../graphql/ids.ts';
import type { Context } from '../graphql/context.ts';
import * as t from '../db/schema.ts';
import { instructorAssignments, organizations, partyOrgUnits } from '../db/schema.ts';
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

const cache = new WeakMap<Context, ReturnType<typeof createLinks>>();
function links(ctx: Context) {
  let l = cache.get(ctx);
  if (!l) cache.set(ctx, (l = createLinks(ctx)));
  return l;
}

function createLinks(ctx: Context) {
  const { db } = ctx.database;
  // Linear grouping: a filter per key was quadratic in keys x rows.
  const group = <K>(keys: readonly number[], rows: { key: number; org: K }[]) => {
    const byKey = new Map<number, K[]>();
    for (const r of rows) {
      const list = byKey.get(r.key);
      if (list) list.push(r.org);
      else byKey.set(r.key, [r.org]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  };
  return {
    unitsOf: new DataLoader<number, OrganizationRow[]>(async (ids) => {
      const rows = await db
        .select({ key: partyOrgUnits.partyOrganizationId, org: COLUMNS.organizations })
        .from(partyOrgUnits)
        .innerJoin(organizations, eq(organizations.id, partyOrgUnits.organizationId))
        .where(and(anyOf(partyOrgUnits.partyOrganizationId, ids), isNull(partyOrgUnits.leftOn)))
        .orderBy(asc(organizations.id));
      return group(ids, rows);
    }),
    assignedTo: new DataLoader<number, OrganizationRow[]>(async (ids) => {
      const rows = await db
        .select({ key: instructorAssignments.instructorId, org: COLUMNS.organizations })
        .from(instructorAssignments)
        .innerJoin(organizations, eq(organizations.id, instructorAssignments.organizationId))
        .where(
          and(
            anyOf(instructorAssignments.instructorId, ids),
            isNull(instructorAssignments.endedOn),
          ),
        )
        .orderBy(asc(organizations.id));
      return group(ids, rows);
    }),
  };
}
