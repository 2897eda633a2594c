import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { intArray } from '../db/int-array.ts';
import { rows } from '../db/rows.ts';
import { notFound } from '../errors.ts';
import { checkVersion } from '../orgs/edit-run.ts';

/** What a party organization is: the facts a founding gives and an edit changes. */
export interface PartyOrgFacts {
  name: string;
  kind: string;
  foundingMode: string;
  isJoint: boolean;
  isAttached: boolean;
  memberCount: number;
  secretary: string | null;
  foundedOn: string | null;
}

/** A party organization as an edit sees it (the audit's before / after). */
export interface PartyOrgState extends PartyOrgFacts {
  id: number;
  dissolvedOn: string | null;
  gridId: number | null;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
  /** Current member units (organization ids, ascending). */
  unitIds: number[];
}

const day = (v: unknown) =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.toISOString().slice(0, 10)
      : String(v).slice(0, 10);

/** The party organization with its current units, row-locked until the transaction ends. */
export async function lockPartyOrg(tx: Executor, id: number): Promise<PartyOrgState> {
  const [r] = await rows<PartyOrgState>(
    tx,
    sql`SELECT id, name, kind, founding_mode AS "foundingMode", is_joint AS "isJoint",
          is_attached AS "isAttached", member_count AS "memberCount", secretary,
          founded_on AS "foundedOn", dissolved_on AS "dissolvedOn", grid_id AS "gridId", version,
          updated_by AS "updatedBy", updated_at AS "updatedAt",
          coalesce((SELECT jsonb_agg(u.organization_id ORDER BY u.organization_id)
            FROM party_org_units u WHERE u.party_organization_id = p.id AND u.left_on IS NULL),
            '[]'::jsonb) AS "unitIds"
        FROM party_organizations p WHERE id = ${id} FOR UPDATE`,
  );
  if (!r) throw notFound(`PartyOrganization:${id} does not exist`);
  return {
    ...r,
    id: Number(r.id),
    memberCount: Number(r.memberCount),
    gridId: r.gridId === null ? null : Number(r.gridId),
    version: Number(r.version),
    foundedOn: day(r.foundedOn),
    dissolvedOn: day(r.dissolvedOn),
    updatedAt: new Date(r.updatedAt).toISOString(),
    unitIds: (r.unitIds as unknown[]).map(Number),
  };
}

export const checkPartyOrgVersion = (current: PartyOrgState, expected: number): void =>
  checkVersion('PartyOrganization', current, expected);

/** What founding or joining checks about a would-be member unit. */
export interface UnitFacts {
  id: number;
  name: string;
  status: string;
  partyMembers: number;
  gridId: number | null;
  subdistrictId: number | null;
  districtId: number;
  /** The party organization it belongs to now, if any. */
  partyOrganizationId: number | null;
  partyOrganizationName: string | null;
  lon: number | null;
  lat: number | null;
}

export async function unitFacts(tx: Executor, orgIds: readonly number[]): Promise<UnitFacts[]> {
  if (orgIds.length === 0) return [];
  const found = await rows<UnitFacts>(
    tx,
    sql`SELECT o.id, o.name, o.status, o.party_members AS "partyMembers", o.grid_id AS "gridId",
          o.subdistrict_id AS "subdistrictId", o.district_id AS "districtId",
          u.party_organization_id AS "partyOrganizationId", p.name AS "partyOrganizationName",
          ST_X(o.location) AS lon, ST_Y(o.location) AS lat
        FROM organizations o
        LEFT JOIN party_org_units u ON u.organization_id = o.id AND u.left_on IS NULL
        LEFT JOIN party_organizations p ON p.id = u.party_organization_id
        WHERE o.id = ANY(${intArray(orgIds)}) FOR UPDATE OF o`,
  );
  const n = (v: unknown) => (v === null ? null : Number(v));
  return found.map((r) => ({
    ...r,
    id: Number(r.id),
    partyMembers: Number(r.partyMembers),
    gridId: n(r.gridId),
    subdistrictId: n(r.subdistrictId),
    districtId: Number(r.districtId),
    partyOrganizationId: n(r.partyOrganizationId),
    lon: n(r.lon),
    lat: n(r.lat),
  }));
}

export interface NewPartyOrg extends PartyOrgFacts {
  seat: [number, number] | null;
  districtId: number;
  subdistrictId: number | null;
  gridId: number | null;
}

export async function insertPartyOrg(tx: Executor, p: NewPartyOrg, actor: string): Promise<number> {
  const seat = p.seat
    ? sql`ST_SetSRID(ST_MakePoint(${p.seat[0]}::float8, ${p.seat[1]}::float8), 4326)`
    : sql`NULL`;
  const [r] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO party_organizations (name, kind, founding_mode, is_joint, is_attached,
          member_count, secretary, founded_on, seat, district_id, subdistrict_id, grid_id, updated_by)
        VALUES (${p.name}, ${p.kind}, ${p.foundingMode}, ${p.isJoint}, ${p.isAttached},
          ${p.memberCount}, ${p.secretary}, coalesce(${p.foundedOn}::date, current_date), ${seat},
          ${p.districtId}, ${p.subdistrictId}, ${p.gridId}, ${actor})
        RETURNING id`,
  );
  return Number(r!.id);
}

/** Units join or leave a party organization on `on` (default today). */
type UnitChange = (
  tx: Executor,
  partyOrgId: number,
  orgIds: readonly number[],
  on?: string | null,
) => Promise<void>;

/** Current members join on `on` (default today). */
export const addUnits: UnitChange = async (tx, partyOrgId, orgIds, on = null) => {
  await rows(
    tx,
    sql`INSERT INTO party_org_units (party_organization_id, organization_id, joined_on)
        SELECT ${partyOrgId}, o, coalesce(${on}::date, current_date) FROM unnest(${intArray(orgIds)}) o`,
  );
};

/** Members leave on `on` (default today); the rows stay as history. */
export const removeUnits: UnitChange = async (tx, partyOrgId, orgIds, on = null) => {
  await rows(
    tx,
    sql`UPDATE party_org_units SET left_on = GREATEST(coalesce(${on}::date, current_date),
          coalesce(joined_on, '-infinity'::date))
        WHERE party_organization_id = ${partyOrgId} AND left_on IS NULL
          AND organization_id = ANY(${intArray(orgIds)})`,
  );
};

/** Bumps the version (and sets `dissolved_on` when given) if it is still `expected`. */
export async function touchPartyOrg(
  tx: Executor,
  id: number,
  expected: number,
  actor: string,
  dissolvedOn?: string | null,
): Promise<void> {
  const set =
    dissolvedOn === undefined
      ? sql``
      : sql`, dissolved_on = GREATEST(coalesce(${dissolvedOn}::date, current_date),
            coalesce(founded_on, '-infinity'::date))`;
  const r = await rows(
    tx,
    sql`UPDATE party_organizations SET version = version + 1, updated_at = now(),
          updated_by = ${actor}${set}
        WHERE id = ${id} AND version = ${expected} RETURNING id`,
  );
  if (r.length === 0) checkPartyOrgVersion(await lockPartyOrg(tx, id), expected);
}
