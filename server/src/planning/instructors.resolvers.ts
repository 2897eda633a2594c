import type {
  InstructorDeploymentPlan,
  QueryInstructorDeploymentPlanArgs,
} from '../__generated__/resolvers.ts';
import type { Context } from '../graphql/context.ts';
import { badInput } from '../errors.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { planInstructors } from './instructors.ts';
import {
  DEFAULT_INSTRUCTOR_RADIUS_M,
  MAX_PLANNING_ORGS,
  MAX_RADIUS_M,
} from './planning.constants.ts';
import { planningInput, PLANNING_REASONS, timeLimitOption, tooMany } from './planning.input.ts';
import { intOption } from './planning.options.ts';
import { instructorLoads, workCandidates } from './planning.sql.ts';
import { checkRunId, startRun } from './runs.ts';

/** Rules met by an instructor (work coverage) mark "needs work coverage". */
const WORK_KINDS = new Set(['work_coverage']);

/** Query.instructorDeploymentPlan (issue 18, point 3; the export too): read-only, like every plan. */
export async function instructorPlanFor(
  ctx: Context,
  { scope: scopeId, profile: key, options }: QueryInstructorDeploymentPlanArgs,
): Promise<InstructorDeploymentPlan> {
  const o = options ?? {};
  const radiusM = intOption(
    o.radiusM,
    DEFAULT_INSTRUCTOR_RADIUS_M,
    50,
    MAX_RADIUS_M,
    'options.radiusM',
  );
  const timeLimitMs = timeLimitOption(o.timeLimitMs);
  const report = startRun(ctx, checkRunId(o.runId, 'options.runId'));
  const { profile, scope } = await planningInput(ctx, scopeId, key);
  const loadLimit = profile.document.orgsPerInstructor;
  if (loadLimit == null) {
    throw badInput(
      'profile',
      PLANNING_REASONS.NO_INSTRUCTOR_LOAD,
      `profile "${profile.key}" sets no orgsPerInstructor: choose a profile that does`,
    );
  }
  const mask = profile.document.rules.reduce(
    (m, r, i) => (WORK_KINDS.has(r.requires.kind) ? m | (1 << i) : m),
    0,
  );
  const db = ctx.database.db;
  const orgs = await workCandidates(db, profile.id, mask, scope);
  if (orgs.length > MAX_PLANNING_ORGS) throw tooMany();
  const instructors = await instructorLoads(db, [...new Set(orgs.map((c) => c.districtId))]);
  const plan = await planInstructors(orgs, instructors, {
    loadLimit,
    radiusM,
    timeLimitMs,
    signal: ctx.signal,
    onProgress: (p) => report({ phase: 'grouping', ...p }),
  });
  report({ phase: 'finished' });
  return {
    profileKey: profile.key,
    radiusM,
    ...plan,
    proposals: plan.proposals.map((p) => ({
      key: p.key,
      subdistrictId: toGlobalId('Subdistrict', p.subdistrictId),
      instructorId: p.instructor ? toGlobalId('Instructor', p.instructor.id) : null,
      instructorName: p.instructor?.name ?? null,
      loadBefore: p.instructor?.loadBefore ?? 0,
      loadAfter: (p.instructor?.loadBefore ?? 0) + p.organizations.length,
      organizations: p.organizations.map((m) => ({ ...m, id: toGlobalId('Organization', m.id) })),
      centreLon: p.centre.lon,
      centreLat: p.centre.lat,
      farthestMemberM: p.farthestMemberM,
      explanation: p.explanation,
    })),
  };
}
