import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { badInput, conflict, Reasons } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { audit, beginChange } from '../audit/audit.ts';
import { runEdit } from '../orgs/index.ts';
import {
  createInstructor,
  editInstructor,
  type InstructorEditOutcome,
  type InstructorRow,
} from '../party/index.ts';
import type { StoredProfile } from '../policy/index.ts';
import { MAX_ACCEPT_ORGS } from './planning.constants.ts';
import { lockOrganizationsInOrder, unitPlaces } from './planning.sql.ts';
import { ACCEPT_REASONS } from './accept.ts';

export interface AcceptGroup {
  /** An instructor in post, or null with `newInstructor`. */
  instructorId: number | null;
  /** Creates the instructor in the organizations' subdistrict (a group that needs one more). */
  newInstructor: { name: string } | null;
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
  groups.forEach((g, i) => {
    if ((g.instructorId === null) === (g.newInstructor === null))
      throw badInput(
        `groups.${i}`,
        Reasons.CONFLICTING_ARGUMENTS,
        '请指定现有指导员或新指导员姓名, 二选一 (give instructorId or newInstructor, exactly one)',
      );
    g.organizations.forEach((o, j) => {
      if (seen.has(o.id))
        throw badInput(
          `groups.${i}.organizations.${j}.id`,
          ACCEPT_REASONS.DUPLICATE_ORGANIZATION,
          `Organization:${o.id} 重复 (listed twice)`,
        );
      seen.add(o.id);
    });
  });
}

/** What one accepted group wrote: its instructor and its assignments. */
export interface AcceptedGroup {
  instructor: InstructorRow | null;
  outcomes: InstructorEditOutcome[];
}

/** The one subdistrict of a new instructor's organizations (a plan's group never crosses one). */
async function groupSubdistrict(tx: Executor, g: AcceptGroup, i: number): Promise<number> {
  const places = await unitPlaces(
    tx,
    g.organizations.map((o) => o.id),
  );
  const subs = new Set(g.organizations.map((o) => places.get(o.id)?.subdistrictId ?? null));
  const [sub] = subs;
  if (subs.size !== 1 || sub == null)
    throw badInput(
      `groups.${i}.organizations`,
      ACCEPT_REASONS.CROSSES_SUBDISTRICT,
      "新指导员负责的单位须在同一街道 (a new instructor's organizations must lie in one subdistrict)",
    );
  return sub;
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
): Promise<AcceptedGroup[]> {
  checkGroups(groups);
  return runEdit(ctx, dryRun, async (tx) => {
    // One audit group: the deployment entries and every assignment's entry share a change id.
    await beginChange(tx);
    await lockOrganizationsInOrder(
      tx,
      groups.flatMap((g) => g.organizations.map((o) => o.id)),
    );
    // The ledger edit opens its transaction on ctx.database.db: given this one, it nests (a
    // savepoint) and every statement stays on this transaction's connection.
    const inTx: Context = { ...ctx, database: { ...ctx.database, db: tx as unknown as Db } };
    const out: AcceptedGroup[] = [];
    for (const [i, g] of groups.entries()) {
      let created: InstructorRow | null = null;
      if (g.newInstructor) {
        created = await createInstructor(
          ctx,
          tx,
          { name: g.newInstructor.name, subdistrictId: await groupSubdistrict(tx, g, i) },
          `groups.${i}.newInstructor.name`,
        );
      }
      const instructorId = created?.id ?? g.instructorId!;
      const outcomes: InstructorEditOutcome[] = [];
      for (const o of g.organizations) {
        const last = await editInstructor(
          inTx,
          'assign',
          instructorId,
          o.id,
          o.expectedVersion,
          profile,
          false,
        );
        outcomes.push(dryRun ? { ...last, version: o.expectedVersion, dryRun } : last);
      }
      const last = outcomes.at(-1);
      const loadBefore = last ? last.load - g.organizations.length : 0;
      const expected = g.expectedLoad == null ? null : g.expectedLoad + g.organizations.length;
      if (last && expected != null && last.load !== expected) {
        throw conflict(
          `指导员的负责单位数自方案生成后已变化 (the instructor now looks after ${loadBefore} organizations, the plan read ${g.expectedLoad}); nothing was assigned. Plan again.`,
          {
            id: toGlobalId('Instructor', instructorId),
            expectedLoad: g.expectedLoad,
            currentLoad: loadBefore,
          },
        );
      }
      // One entry for the group (issue 18): who, which organizations, the load before and after.
      await audit(tx, {
        actor: ctx.actor,
        action: 'instructor.deployment.accept',
        entityType: 'Instructor',
        entityId: instructorId,
        before: {
          load: loadBefore,
          organizations: g.organizations.map((o) => ({ id: o.id, version: o.expectedVersion })),
        },
        after: {
          load: last?.load ?? loadBefore,
          created: created !== null,
          profile: profile.key,
          organizations: outcomes.map((r, k) => ({
            id: r.organizationId,
            version: dryRun ? g.organizations[k]!.expectedVersion + 1 : r.version,
          })),
        },
        note: created?.name ?? (await instructorNameOf(tx, instructorId)),
      });
      out.push({ instructor: created, outcomes });
    }
    return out;
  });
}

const instructorNameOf = async (tx: Executor, id: number) =>
  (await rows<{ name: string }>(tx, sql`SELECT name FROM instructors WHERE id = ${id}`))[0]?.name;
