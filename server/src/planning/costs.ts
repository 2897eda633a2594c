import { kindFor, kindThresholds, type PartyOrgKind } from '../party/party-kinds.ts';
import type { ProfileDocument } from '../policy/index.ts';

/** The profile's amounts (seed 000 art. 24); see profile.schema.ts `funds`. */
export type Funds = NonNullable<ProfileDocument['funds']>;

/**
 * What a proposal would cost (issue 18, point 4), in yuan over the profile's start-up period
 * (`startupYears`, 2 in seed 000): start-up funds of the new organization's kind for each year,
 * plus activity funds for its formal members for each of those years.
 */
export interface PlanCost {
  /** The kind a new organization would be (null: joining an existing one). */
  kind: PartyOrgKind | null;
  /** Formal members the activity funds are paid for. */
  members: number;
  startupYuan: number;
  activityYuanPerYear: number;
  totalYuan: number;
}

const STARTUP_KEY = {
  committee: 'committee',
  general_branch: 'generalBranch',
  branch: 'branch',
} as const satisfies Record<PartyOrgKind, keyof Funds['startupPerYear']>;

/**
 * A new joint branch of `formalMembers` members: it can only be founded with at least the
 * branch minimum (3; NEEDS_MEMBERS says who must be dispatched), so that many are costed.
 */
export function newBranchCost(formalMembers: number, doc: ProfileDocument): PlanCost | null {
  const funds = doc.funds;
  if (!funds) return null;
  const t = kindThresholds(doc);
  const members = Math.max(formalMembers, t.branchMin);
  const kind = kindFor(members, t).kind ?? 'branch';
  return cost(kind, members, funds);
}

/** Units joining an existing joint branch: their members' activity funds only. */
export function joiningCost(formalMembers: number, doc: ProfileDocument): PlanCost | null {
  return doc.funds ? cost(null, formalMembers, doc.funds) : null;
}

function cost(kind: PartyOrgKind | null, members: number, funds: Funds): PlanCost {
  const startupYuan = kind ? funds.startupPerYear[STARTUP_KEY[kind]] * funds.startupYears : 0;
  const activityYuanPerYear = members * funds.activityPerMemberPerYear;
  return {
    kind,
    members,
    startupYuan,
    activityYuanPerYear,
    totalYuan: startupYuan + activityYuanPerYear * funds.startupYears,
  };
}

export interface SubdistrictCost {
  subdistrictId: number;
  newOrganizations: number;
  joiningUnits: number;
  startupYuan: number;
  activityYuanPerYear: number;
  totalYuan: number;
}

/** The proposals' costs summed per subdistrict (in subdistrict id order). */
export function costsBySubdistrict(
  items: { subdistrictId: number; cost: PlanCost | null; units: number }[],
): SubdistrictCost[] {
  const by = new Map<number, SubdistrictCost>();
  for (const { subdistrictId, cost: c, units } of items) {
    if (!c) continue;
    const s = by.get(subdistrictId) ?? {
      subdistrictId,
      newOrganizations: 0,
      joiningUnits: 0,
      startupYuan: 0,
      activityYuanPerYear: 0,
      totalYuan: 0,
    };
    if (c.kind) s.newOrganizations++;
    else s.joiningUnits += units;
    s.startupYuan += c.startupYuan;
    s.activityYuanPerYear += c.activityYuanPerYear;
    s.totalYuan += c.totalYuan;
    by.set(subdistrictId, s);
  }
  return [...by.values()].sort((a, b) => a.subdistrictId - b.subdistrictId);
}
