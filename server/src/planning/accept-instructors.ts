import type { Db } from '../db/client.ts';
import { badInput, conflict, Reasons } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { runEdit } from '../orgs/index.ts';
import { editInstructor, type InstructorEditOutcome } from '../party/index.ts';
import type { StoredProfile } from '../policy/index.ts';
import { MAX_ACCEPT_ORGS } from './planning.constants.ts';
import { lockOrganizationsInOrder } from './planning.sql.ts';

/** Why accepting a deployment was refused (`extensions.reason`). */
export const DEPLOY_ACCEPT_REASONS = {
  /** An organization appears twice in the accepted groups. */
  DUPLICATE_ORGANIZATION: 'DUPLICATE_ORGANIZATION',
} as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    planningDeployAccept: (typeof DEPLOY_ACCEPT_REASONS)[keyof typeof DEPLOY_ACCEPT_REASONS];
  }
}

export interface AcceptGroup {
  instructorId: number;
  organizations: { id: number; expectedVersion: number }[];
  /** The instructor's load the plan read; null: not checked. */
  expectedLoad: number | null;
}

/** Input checks of planning's own: something to accept, bounded, every organization once. */
function checkGroups(groups: AcceptGroup[]): void {
  const total = groups.reduce((t, g) => t + g.organizations.length, 0);
  if (total === 0)
    throw badInput(
      'groups',
      Reasons.MISSING_ARGUMENT,
      '至少一个单位 (name at least one organization)',
    );
  if (total > MAX_ACCEPT_ORGS)
    throw badInput('groups', Reasons.TOO_MANY, `at most ${MAX_ACCEPT_ORGS} organizations at once`);
  const seen = new Set<number>();
  groups.forEach((g, i) =>
    g.organizations.forEach((o, j) => {
      if (seen.has(o.id))
        throw badInput(
          `groups.${i}.organizations.${j}.id`,
          DEPLOY_ACCEPT_REASONS.DUPLICATE_ORGANIZATION,
          `Organization:${o.id} 重复 (listed twice)`,
        );
      seen.add(o.id);
    }),
  );
}

/**
 * Accepts an instructor deployment or one instructor's group of it (issue 18, point 3) as ONE
 * transaction: every assignment goes through the ledger's own assignInstructor code path
 * (party/editInstructor: the organization locked and its version checked, authorized by
 * auth/authorize.ts, written, audited, coverage refreshed), each a savepoint inside this
 * transaction, so the first refusal — an organization changed since the plan (CONFLICT), one
 * outside the caller's scope (FORBIDDEN), an assignment that exists already — rolls back every
 * assignment made before it. An instructor whose load is not the plan's loadBefore + its group is
 * a CONFLICT too: someone assigned or released in between. With dryRun everything runs and is
 * rolled back.
 */
export async function acceptDeployment(
  ctx: Context,
  groups: AcceptGroup[],
  profile: StoredProfile,
  dryRun: boolean,
): Promise<InstructorEditOutcome[]> {
  checkGroups(groups);
  return runEdit(ctx, dryRun, async (tx) => {
    await lockOrganizationsInOrder(
      tx,
      groups.flatMap((g) => g.organizations.map((o) => o.id)),
    );
    // The ledger edit opens its transaction on ctx.database.db: given this one, it nests (a
    // savepoint) and every statement stays on this transaction's connection.
    const inTx: Context = { ...ctx, database: { ...ctx.database, db: tx as unknown as Db } };
    const out: InstructorEditOutcome[] = [];
    for (const g of groups) {
      let last: InstructorEditOutcome | null = null;
      for (const o of g.organizations) {
        last = await editInstructor(
          inTx,
          'assign',
          g.instructorId,
          o.id,
          o.expectedVersion,
          profile,
          false,
        );
        out.push(dryRun ? { ...last, version: o.expectedVersion, dryRun } : last);
      }
      const expected = g.expectedLoad == null ? null : g.expectedLoad + g.organizations.length;
      if (last && expected != null && last.load !== expected) {
        throw conflict(
          `指导员的负责单位数自方案生成后已变化 (the instructor now looks after ${
            last.load - g.organizations.length
          } organizations, the plan read ${g.expectedLoad}); nothing was assigned. Plan again.`,
          {
            id: toGlobalId('Instructor', g.instructorId),
            expectedLoad: g.expectedLoad,
            currentLoad: last.load - g.organizations.length,
          },
        );
      }
    }
    return out;
  });
}
