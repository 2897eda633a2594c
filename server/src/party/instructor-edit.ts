import { audit } from '../audit/audit.ts';
import { requireWriteOrganization, requireWritePlace } from '../auth/authorize.ts';
import { badInput, clip, notFound, Reasons } from '../errors.ts';
import type { Executor } from '../db/client.ts';
import type { Context } from '../graphql/context.ts';
import { coverageNow, runEdit } from '../orgs/edit-run.ts';
import { checkOrgVersion, lockOrganization, writeOrganization } from '../orgs/org-edit.sql.ts';
import { refreshCoverage, type CoverageModel, type StoredProfile } from '../policy/index.ts';
import {
  assign,
  insertInstructor,
  instructorLoad,
  instructorName,
  isAssigned,
  release,
  subdistrictDistrict,
  type InstructorRow,
} from './instructor-edit.sql.ts';

/** Characters of an instructor's name (a person's name; the ledger's names are far shorter). */
export const MAX_INSTRUCTOR_NAME = 40;

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

/**
 * Creates an instructor of a subdistrict (党建工作指导员) inside the caller's transaction, e.g. when
 * a planner accepts a deployment group that needs one more instructor (issue 18). The name is
 * required (trimmed, 1-40 characters). Who may: a writer of the subdistrict (its administrator,
 * the district's; not a grid manager: an instructor serves a whole subdistrict), decided by
 * auth/authorize.ts. Audited as `instructor.create`.
 */
export async function createInstructor(
  ctx: Context,
  tx: Executor,
  input: { name: string; subdistrictId: number },
  field = 'name',
): Promise<InstructorRow> {
  const name = input.name.trim();
  if (!name)
    throw badInput(field, Reasons.MISSING_ARGUMENT, '请填写指导员姓名 (name the new instructor)');
  if ([...name].length > MAX_INSTRUCTOR_NAME)
    throw badInput(
      field,
      Reasons.TOO_LONG,
      `指导员姓名最多 ${MAX_INSTRUCTOR_NAME} 个字 (at most ${MAX_INSTRUCTOR_NAME} characters): ${clip(name)}`,
    );
  const districtId = await subdistrictDistrict(tx, input.subdistrictId);
  if (districtId === null) throw notFound(`Subdistrict:${input.subdistrictId} does not exist`);
  await requireWritePlace(
    ctx,
    tx,
    { districtId, subdistrictId: input.subdistrictId, gridId: null },
    'subdistrict',
    `create an instructor in Subdistrict:${input.subdistrictId}`,
  );
  const row = await insertInstructor(tx, name, districtId, input.subdistrictId);
  await audit(tx, {
    actor: ctx.actor,
    action: 'instructor.create',
    entityType: 'Instructor',
    entityId: row.id,
    before: null,
    after: { name, districtId, subdistrictId: input.subdistrictId },
    note: name,
  });
  return row;
}
