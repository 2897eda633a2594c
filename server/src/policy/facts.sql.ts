import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import type { OrgFacts } from './evaluate.ts';
import { rows } from '../db/rows.ts';

interface FactsRow {
  id: number;
  category: string;
  sub_kind: string;
  industry: string;
  status: string;
  employees: number;
  party_members: number;
  revenue_yuan: string | number | null;
  member_units: number | null;
  activists: number;
  owner_is_member: boolean;
  has_trade_union: boolean;
  has_youth_league: boolean;
  has_womens_federation: boolean;
  po_id: number | null;
  po_joint: boolean | null;
  po_attached: boolean | null;
  has_instructor: boolean;
}

/**
 * Reads what the rules look at for the given organizations (or all when `ids` is null), with the
 * same link semantics as refresh.sql.ts: current membership (`left_on IS NULL`) of a party
 * organization not dissolved, instructors with `ended_on IS NULL`.
 */
export async function loadOrgFacts(
  executor: Executor,
  ids: number[] | null,
): Promise<Map<number, OrgFacts>> {
  const where = ids ? sql`o.id = ANY(string_to_array(${ids.join(',')}, ',')::int[])` : sql`TRUE`;
  const found = await rows<FactsRow>(
    executor,
    sql`SELECT o.id, o.category, o.sub_kind, o.industry, o.status, o.employees, o.party_members,
          o.revenue_yuan, o.member_units, o.activists, o.owner_is_member, o.has_trade_union,
          o.has_youth_league, o.has_womens_federation,
          po.id AS po_id, po.is_joint AS po_joint, po.is_attached AS po_attached,
          EXISTS (SELECT 1 FROM instructor_assignments a
                  WHERE a.organization_id = o.id AND a.ended_on IS NULL) AS has_instructor
        FROM organizations o
        LEFT JOIN party_org_units u ON u.organization_id = o.id AND u.left_on IS NULL
        LEFT JOIN party_organizations po ON po.id = u.party_organization_id
          AND (po.dissolved_on IS NULL OR po.dissolved_on > current_date)
        WHERE ${where}`,
  );
  return new Map(
    found.map((r) => [
      Number(r.id),
      {
        category: r.category,
        subKind: r.sub_kind,
        industry: r.industry,
        status: r.status,
        employees: Number(r.employees),
        partyMembers: Number(r.party_members),
        revenueYuan: r.revenue_yuan == null ? null : Number(r.revenue_yuan),
        memberUnits: r.member_units == null ? null : Number(r.member_units),
        activists: Number(r.activists),
        ownerIsMember: r.owner_is_member,
        hasTradeUnion: r.has_trade_union,
        hasYouthLeague: r.has_youth_league,
        hasWomensFederation: r.has_womens_federation,
        partyOrg:
          r.po_id == null
            ? null
            : { id: Number(r.po_id), isJoint: !!r.po_joint, isAttached: !!r.po_attached },
        hasInstructor: r.has_instructor,
      },
    ]),
  );
}
