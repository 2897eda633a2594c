import type {
  JointBranchPlan,
  QueryJointBranchPlanArgs,
  Resolvers,
} from '../__generated__/resolvers.ts';
import type { Context } from '../graphql/context.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { DEFAULT_JOINT_UNIT_LIMIT, requireProfile } from '../policy/index.ts';
import { planJointBranches, type PlannedMember } from './joint-branches.ts';
import {
  DEFAULT_BRANCH_COST_M,
  DEFAULT_INDUSTRY_PENALTY_M,
  DEFAULT_RADIUS_M,
  EXACT_MAX_ORGS,
  MAX_JOINT_PLANNING_ORGS,
  MAX_NEW_SITES,
  MAX_PLANNING_ORGS,
  MAX_RADIUS_M,
} from './planning.constants.ts';
import { intOption } from './planning.options.ts';
import { loaded } from '../party/index.ts';
import { parseIdOf } from '../graphql/ids.ts';
import { acceptJointBranch } from './accept.ts';
import { acceptDeployment } from './accept-instructors.ts';
import { checkRunId, runProgress, startRun } from './runs.ts';
import { costsBySubdistrict, joiningCost, newBranchCost } from './costs.ts';
import { instructorPlanFor } from './instructors.resolvers.ts';
import { planningInput, timeLimitOption, tooMany } from './planning.input.ts';

import {
  activeOrgs,
  centerCircles,
  jointBranchesWithRoom,
  jointCandidates,
  scopeBuildings,
} from './planning.sql.ts';
import { planServiceCenters } from './service-centers.ts';

/** Requirements a joint branch satisfies (organizational coverage) mark "needs organizational coverage". */
const ORG_KINDS = new Set(['party_org', 'standalone_party_org']);

const yieldLoop = () => new Promise<void>((r) => setImmediate(r));

const member = (m: PlannedMember) => ({ ...m, id: toGlobalId('Organization', m.id) });
const lower = <T extends string>(s: string) => s.toLowerCase() as T;

/** The joint-branch plan of a scope as the API answers it (Query.jointBranchPlan, the export). */
export async function jointBranchPlanFor(
  ctx: Context,
  { scope: scopeId, profile: key, options }: QueryJointBranchPlanArgs,
): Promise<JointBranchPlan> {
  const o = options ?? {};
  const radiusM = intOption(o.radiusM, DEFAULT_RADIUS_M, 50, MAX_RADIUS_M, 'options.radiusM');
  const industryPenaltyM = intOption(
    o.industryPenaltyM,
    DEFAULT_INDUSTRY_PENALTY_M,
    0,
    MAX_RADIUS_M,
    'options.industryPenaltyM',
  );
  const branchCostM = intOption(
    o.branchCostM,
    DEFAULT_BRANCH_COST_M,
    0,
    MAX_RADIUS_M,
    'options.branchCostM',
  );
  const timeLimitMs = timeLimitOption(o.timeLimitMs);
  const exactMaxOrgs = intOption(o.exactMaxOrgs, EXACT_MAX_ORGS, 0, 80, 'options.exactMaxOrgs');
  const report = startRun(ctx, checkRunId(o.runId, 'options.runId'));
  const { profile, scope } = await planningInput(ctx, scopeId, key);
  const unitLimit = profile.document.jointUnitLimit ?? DEFAULT_JOINT_UNIT_LIMIT;
  const mask = profile.document.rules.reduce(
    (m, r, i) => (ORG_KINDS.has(r.requires.kind) ? m | (1 << i) : m),
    0,
  );
  const db = ctx.database.db;
  const orgs = await jointCandidates(db, profile.id, mask, scope);
  if (orgs.length > MAX_JOINT_PLANNING_ORGS) throw tooMany(MAX_JOINT_PLANNING_ORGS);
  const subs = [...new Set(orgs.map((c) => c.subdistrictId))];
  const existing = await jointBranchesWithRoom(db, subs, unitLimit);
  await yieldLoop();
  const plan = await planJointBranches(orgs, existing, {
    unitLimit,
    radiusM,
    industryPenaltyM,
    branchCostM,
    timeLimitMs,
    exactMaxOrgs,
    signal: ctx.signal,
    onProgress: (p) => report(p),
  });
  report({ phase: 'finished', done: plan.candidates, total: plan.candidates });
  const doc = profile.document;
  const proposals = plan.proposals.map((p) => ({
    ...p,
    cost: newBranchCost(p.formalMembers, doc),
  }));
  const attachments = plan.attachments.map((a) => ({
    ...a,
    cost: joiningCost(
      a.members.reduce((t, m) => t + m.partyMembers, 0),
      doc,
    ),
  }));
  const costs = costsBySubdistrict([
    ...proposals.map((p) => ({
      subdistrictId: p.subdistrictId,
      cost: p.cost,
      units: p.members.length,
    })),
    ...attachments.map((a) => ({
      subdistrictId: a.branch.subdistrictId,
      cost: a.cost,
      units: a.members.length,
    })),
  ]);
  return {
    profileKey: profile.key,
    unitLimit,
    radiusM,
    candidates: plan.candidates,
    complete: plan.complete,
    elapsedMs: plan.elapsedMs,
    quality: plan.quality,
    costYears: doc.funds?.startupYears ?? null,
    costs: costs.map((c) => ({
      ...c,
      subdistrictId: toGlobalId('Subdistrict', c.subdistrictId),
    })),
    proposals: proposals.map((p) => ({
      ...p,
      subdistrictId: toGlobalId('Subdistrict', p.subdistrictId),
      seat: member(p.seat),
      members: p.members.map(member),
      unitCount: p.members.length,
      reasons: p.reasons.map((r) => lower(r)),
    })),
    attachments: attachments.map((a) => ({
      key: a.key,
      subdistrictId: toGlobalId('Subdistrict', a.branch.subdistrictId),
      cost: a.cost,
      partyOrganizationId: toGlobalId('PartyOrganization', a.branch.id),
      version: a.branch.version,
      name: a.branch.name,
      lon: a.branch.lon,
      lat: a.branch.lat,
      unitsBefore: a.branch.units,
      room: a.room,
      members: a.members.map(member),
      farthestMemberM: a.farthestMemberM,
      engine: a.engine,
      explanation: a.explanation,
    })),
    ungrouped: plan.ungrouped.map((u) => ({
      ...u,
      organization: member(u.organization),
      reason: lower(u.reason),
    })),
  };
}

export const planningResolvers: Resolvers = {
  Query: {
    planRunProgress: (_, { runId }, ctx) => {
      const p = runProgress(ctx, runId);
      return p && { runId, ...p };
    },
    instructorDeploymentPlan: (_, args, ctx) => instructorPlanFor(ctx, args),
    jointBranchPlan: (_, args, ctx) => jointBranchPlanFor(ctx, args),
    serviceCenterSiting: async (_, { scope: scopeId, profile: key, options }, ctx) => {
      const o = options ?? {};
      const count = intOption(o.count, 3, 1, MAX_NEW_SITES, 'options.count');
      const radiusM = intOption(o.radiusM, 400, 50, MAX_RADIUS_M, 'options.radiusM');
      const timeLimitMs = timeLimitOption(o.timeLimitMs);
      const weight = o.weight ?? 'organizations';
      const { profile, scope } = await planningInput(ctx, scopeId, key);
      const db = ctx.database.db;
      const orgs = await activeOrgs(db, profile.id, scope);
      if (orgs.length > MAX_PLANNING_ORGS) throw tooMany();
      const centers = await centerCircles(db);
      const buildings = await scopeBuildings(db, scope);
      await yieldLoop();
      const plan = await planServiceCenters(orgs, centers, buildings, {
        count,
        radiusM,
        weight,
        timeLimitMs,
      });
      return {
        ...plan,
        radiusM,
        weight,
        sites: plan.sites.map((s) => ({
          ...s,
          buildingId: toGlobalId('Building', s.building.id),
          name: s.building.name,
          lon: s.building.lon,
          lat: s.building.lat,
        })),
      };
    },
  },
  Mutation: {
    acceptJointBranchProposal: async (_, { input, profile: key, dryRun }, ctx) => {
      const unitIds = input.unitIds.map((g, i) =>
        parseIdOf('Organization', g, `input.unitIds.${i}`),
      );
      const profile = await requireProfile(ctx, key);
      const out = await acceptJointBranch(ctx, { ...input, unitIds }, profile, dryRun ?? false);
      return loaded(ctx, out);
    },
    acceptInstructorDeployment: async (_, { groups, profile: key, dryRun }, ctx) => {
      const parsed = groups.map((g, i) => ({
        instructorId:
          g.instructorId == null
            ? null
            : parseIdOf('Instructor', g.instructorId, `groups.${i}.instructorId`),
        newInstructor: g.newInstructor ?? null,
        organizations: g.organizations.map((o, j) => ({
          id: parseIdOf('Organization', o.id, `groups.${i}.organizations.${j}.id`),
          expectedVersion: o.expectedVersion,
        })),
        expectedLoad: g.expectedLoad ?? null,
      }));
      const profile = await requireProfile(ctx, key);
      const out = await acceptDeployment(ctx, parsed, profile, dryRun ?? false);
      // Read after the commit, batched by the loaders, as assignInstructor answers; an instructor
      // a dry run would create exists only in the answer.
      const assignments = await Promise.all(
        out.flatMap((g) =>
          g.outcomes.map(async (a) => ({
            ...a,
            organization: (await ctx.loaders.organization.load(a.organizationId))!,
            instructor:
              (dryRun ? g.instructor : null) ??
              (await ctx.loaders.instructor.load(a.instructorId))!,
          })),
        ),
      );
      return { dryRun: dryRun ?? false, assignments };
    },
  },
};
