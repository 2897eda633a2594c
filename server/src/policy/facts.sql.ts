import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { anyOf } from '../db/int-array.ts';
import {
  instructorAssignments as assignments,
  organizations as o,
  partyOrganizations as po,
  partyOrgUnits as units,
} from '../db/schema.ts';
import type { OrgFacts } from './evaluate.ts';

/** The columns of an organization the rules read (its facts without its links). */
export const factColumns = {
  category: o.category,
  subKind: o.subKind,
  industry: o.industry,
  status: o.status,
  employees: o.employees,
  partyMembers: o.partyMembers,
  revenueYuan: o.revenueYuan,
  memberUnits: o.memberUnits,
  activists: o.activists,
  ownerIsMember: o.ownerIsMember,
  hasTradeUnion: o.hasTradeUnion,
  hasYouthLeague: o.hasYouthLeague,
  hasWomensFederation: o.hasWomensFederation,
};

/**
 * Reads what the rules look at for the given organizations (or all when `ids` is null), with the
 * same link semantics as refresh.sql.ts: current membership (`left_on IS NULL`) of a party
 * organization not dissolved, instructors with `ended_on IS NULL`.
 */
export async function loadOrgFacts(
  executor: Executor,
  ids: number[] | null,
): Promise<Map<number, OrgFacts>> {
  const found = await executor
    .select({
      id: o.id,
      ...factColumns,
      poId: po.id,
      poJoint: po.isJoint,
      poAttached: po.isAttached,
      hasInstructor: sql<boolean>`EXISTS (SELECT 1 FROM ${assignments}
        WHERE ${assignments.organizationId} = ${o.id} AND ${assignments.endedOn} IS NULL)`,
    })
    .from(o)
    .leftJoin(units, and(eq(units.organizationId, o.id), isNull(units.leftOn)))
    .leftJoin(
      po,
      and(
        eq(po.id, units.partyOrganizationId),
        or(isNull(po.dissolvedOn), gt(po.dissolvedOn, sql`current_date`)),
      ),
    )
    .where(ids ? anyOf(o.id, ids) : undefined);
  return new Map(
    found.map(({ id, poId, poJoint, poAttached, ...facts }) => [
      id,
      {
        ...facts,
        partyOrg: poId == null ? null : { id: poId, isJoint: !!poJoint, isAttached: !!poAttached },
      },
    ]),
  );
}
