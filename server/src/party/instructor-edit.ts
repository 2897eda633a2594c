import { audit } from '../audit/audit.ts';
import { requireWriteOrganization } from '../auth/authorize.ts';
import { badInput, notFound } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { coverageNow, runEdit } from '../orgs/edit-run.ts';
import { checkOrgVersion, lockOrganization, writeOrganization } from '../orgs/org-edit.sql.ts';
import { refreshCoverage, type CoverageModel, type StoredProfile } from '../policy/index.ts';
import {
  assign,
  instructorLoad,
  instructorName,
  isAssigned,
  release,
} from './instructor-edit.sql.ts';

export const InstructorEditReasons = {
  ALREADY_ASSIGNED: 'ALREADY_ASSIGNED',
  NOT_ASSIGNED: 'NOT_ASSIGNED',
} as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    instructorEdit: (typeof InstructorEditReasons)[keyof typeof InstructorEditReasons];
  }
}

export interface InstructorEditOutcome {
  organizationId: number;
  instructorId: number;
  version: number;
  dryRun: boolean;
  load: number;
  loadLimit: number | null;
  warning: { zh: string; en: string } | null;
  coverageBefore: CoverageModel | null;
  coverageAfter: CoverageModel | null;
}

/**
 * Assigns or releases an instructor (work coverage, 工作覆盖). The organization's version is
 * checked and bumped: its instructors are part of its card. Over the profile's load
 * (`orgsPerInstructor`, seed 000 art. 20: ~10) the assignment is made with a warning.
 */
export function editInstructor(
  ctx: Context,
  mode: 'assign' | 'release',
  instructorId: number,
  orgId: number,
  expectedVersion: number,
  profile: StoredProfile,
  dryRun: boolean,
): Promise<InstructorEditOutcome> {
  return runEdit(ctx, dryRun, async (tx) => {
    const before = await lockOrganization(tx, orgId);
    const name = await instructorName(tx, instructorId);
    if (name === null) throw notFound(`Instructor:${instructorId} does not exist`);
    await requireWriteOrganization(ctx, tx, orgId);
    checkOrgVersion(before, expectedVersion);
    const assigned = await isAssigned(tx, instructorId, orgId);
    if (mode === 'assign' && assigned)
      throw badInput(
        'instructorId',
        InstructorEditReasons.ALREADY_ASSIGNED,
        `${name} 已负责该组织 (already assigned)`,
      );
    if (mode === 'release' && !assigned)
      throw badInput(
        'instructorId',
        InstructorEditReasons.NOT_ASSIGNED,
        `${name} 未负责该组织 (not assigned to it)`,
      );
    const cov = await coverageNow(tx, profile, [orgId]);
    if (mode === 'assign') await assign(tx, instructorId, orgId);
    else await release(tx, instructorId, orgId);
    const after = await writeOrganization(tx, orgId, expectedVersion, {}, ctx.actor);
    await audit(tx, {
      actor: ctx.actor,
      action:
        mode === 'assign' ? 'organization.instructor.assign' : 'organization.instructor.release',
      entityType: 'Organization',
      entityId: orgId,
      before: { version: before.version, instructorId, assigned },
      after: { version: after.version, instructorId, assigned: mode === 'assign' },
      note: name,
    });
    await refreshCoverage(tx, { organizationIds: [orgId] });
    const load = await instructorLoad(tx, instructorId);
    const limit = profile.document.orgsPerInstructor ?? null;
    return {
      organizationId: orgId,
      instructorId,
      version: dryRun ? before.version : after.version,
      dryRun,
      load,
      loadLimit: limit,
      warning:
        limit !== null && load > limit
          ? {
              zh: `${name} 现负责 ${load} 个组织, 超过${profile.name}的 ${limit} 个`,
              en: `${name} now looks after ${load} organizations, over ${profile.key}'s ${limit}`,
            }
          : null,
      coverageBefore: cov.get(orgId) ?? null,
      coverageAfter: (await coverageNow(tx, profile, [orgId])).get(orgId) ?? null,
    };
  });
}
