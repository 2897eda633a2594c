import type { Resolvers } from '../__generated__/resolvers.ts';
import { notFound } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf } from '../graphql/ids.ts';
import { editTarget } from '../orgs/edit-run.ts';
import { requireProfile } from '../policy/index.ts';
import { editInstructor } from './instructor-edit.ts';
import {
  addPartyOrgUnits,
  dissolvePartyOrg,
  foundPartyOrganization,
  removePartyOrgUnits,
  type PartyEditOutcome,
} from './party-edit.ts';

const unitIdsOf = (list: readonly string[], field: string) =>
  list.map((g, i) => parseIdOf('Organization', g, `${field}.${i}`));

/** The result with its party organization read after the commit. */
export async function loaded(ctx: Context, o: PartyEditOutcome) {
  return {
    ...o,
    partyOrganization: o.id === null ? null : await ctx.loaders.partyOrganization.load(o.id),
  };
}

/** Issue 16: party organizations, member units and instructors edited in place. */
export const partyEditResolvers: Resolvers = {
  /** Each change's organization, batched by the loader after the commit. */
  OrganizationCoverageChange: {
    organization: async (c, _, ctx) => {
      const org = await ctx.loaders.organization.load(c.organizationId);
      // Deleted by another session between this write's commit and the read.
      if (!org) throw notFound(`Organization ${c.organizationId} no longer exists.`);
      return org;
    },
  },
  PartyOrganization: {
    version: (p) => p.version,
    updatedBy: (p) => p.updatedBy,
  },
  Mutation: {
    foundPartyOrganization: async (_, a, ctx) => {
      const unitIds = unitIdsOf(a.input.unitIds, 'input.unitIds');
      const profile = await requireProfile(ctx, a.profile);
      const out = await foundPartyOrganization(
        ctx,
        { ...a.input, unitIds },
        profile,
        a.dryRun ?? false,
      );
      return loaded(ctx, out);
    },
    addPartyOrganizationUnits: async (_, a, ctx) => {
      const unitIds = unitIdsOf(a.unitIds, 'unitIds');
      return loaded(
        ctx,
        await addPartyOrgUnits(await editTarget(ctx, 'PartyOrganization', a), unitIds),
      );
    },
    removePartyOrganizationUnits: async (_, a, ctx) => {
      const unitIds = unitIdsOf(a.unitIds, 'unitIds');
      return loaded(
        ctx,
        await removePartyOrgUnits(await editTarget(ctx, 'PartyOrganization', a), unitIds),
      );
    },
    dissolvePartyOrganization: async (_, a, ctx) =>
      loaded(
        ctx,
        await dissolvePartyOrg(
          await editTarget(ctx, 'PartyOrganization', a),
          a.dissolvedOn ?? null,
        ),
      ),
    assignInstructor: (_, a, ctx) => instructorEdit('assign', a, ctx),
    releaseInstructor: (_, a, ctx) => instructorEdit('release', a, ctx),
  },
};

async function instructorEdit(
  mode: 'assign' | 'release',
  a: {
    instructorId: string;
    organizationId: string;
    expectedVersion: number;
    profile?: string | null;
    dryRun?: boolean | null;
  },
  ctx: Context,
) {
  const instructorId = parseIdOf('Instructor', a.instructorId, 'instructorId');
  const orgId = parseIdOf('Organization', a.organizationId, 'organizationId');
  const profile = await requireProfile(ctx, a.profile);
  const out = await editInstructor(
    ctx,
    mode,
    instructorId,
    orgId,
    a.expectedVersion,
    profile,
    a.dryRun ?? false,
  );
  return {
    ...out,
    organization: (await ctx.loaders.organization.load(orgId))!,
    instructor: (await ctx.loaders.instructor.load(instructorId))!,
  };
}
