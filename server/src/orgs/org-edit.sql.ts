import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { notFound } from '../errors.ts';
import { checkVersion } from './edit-run.ts';

/**
 * The one-enterprise-one-form facts (一企一表) a ledger edit may change, as JS name -> column.
 * The same columns as a ledger row (ledger/import.sql.ts), so a form and a file agree.
 */
export const FACT_COLUMNS = {
  name: 'name',
  uscc: 'uscc',
  category: 'category',
  subKind: 'sub_kind',
  industry: 'industry',
  employees: 'employees',
  partyMembers: 'party_members',
  revenueYuan: 'revenue_yuan',
  memberUnits: 'member_units',
  ownerIsMember: 'owner_is_member',
  hasTradeUnion: 'has_trade_union',
  hasYouthLeague: 'has_youth_league',
  hasWomensFederation: 'has_womens_federation',
  activists: 'activists',
  affiliation: 'affiliation',
  establishmentDirection: 'establishment_direction',
  address: 'address',
} as const;
export type FactKey = keyof typeof FACT_COLUMNS;

/** Columns of an organization's place and status. */
const PLACE_COLUMNS = {
  status: 'status',
  buildingId: 'building_id',
  gridId: 'grid_id',
  subdistrictId: 'subdistrict_id',
  districtId: 'district_id',
} as const;
type PlaceKey = keyof typeof PLACE_COLUMNS;

export type FactValue = string | number | boolean | null;
export type OrgFactsPatch = Partial<Record<FactKey | PlaceKey, FactValue>> & {
  /** WGS84; null clears the point. */
  point?: [number, number] | null;
};

/** An organization as an edit sees it: facts, place, version (the audit's before / after). */
export interface OrgState extends Record<FactKey | PlaceKey, FactValue> {
  id: number;
  lon: number | null;
  lat: number | null;
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

const SELECT = sql.raw(
  [
    'id',
    ...Object.entries({ ...FACT_COLUMNS, ...PLACE_COLUMNS }).map(([k, c]) => `${c} AS "${k}"`),
    'ST_X(location) AS lon',
    'ST_Y(location) AS lat',
    'version',
    'updated_by AS "updatedBy"',
    'updated_at AS "updatedAt"',
  ].join(', '),
);

function normalize(r: OrgState): OrgState {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    ...r,
    id: Number(r.id),
    revenueYuan: num(r.revenueYuan),
    buildingId: num(r.buildingId),
    gridId: num(r.gridId),
    subdistrictId: num(r.subdistrictId),
    districtId: num(r.districtId),
    lon: num(r.lon),
    lat: num(r.lat),
    version: Number(r.version),
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

/** The organization's state, row-locked until the transaction ends (FOR UPDATE). */
export async function lockOrganization(tx: Executor, id: number): Promise<OrgState> {
  const [r] = await rows<OrgState>(
    tx,
    sql`SELECT ${SELECT} FROM organizations WHERE id = ${id} FOR UPDATE`,
  );
  if (!r) throw notFound(`Organization:${id} does not exist`);
  return normalize(r);
}

/** A stale `expectedVersion`: CONFLICT with the current values and who saved them. */
export const checkOrgVersion = (current: OrgState, expected: number): void =>
  checkVersion('Organization', { ...current, name: String(current.name) }, expected);

const setList = (patch: OrgFactsPatch): SQL[] => {
  const cols: Record<string, string> = { ...FACT_COLUMNS, ...PLACE_COLUMNS };
  const out: SQL[] = [];
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'point') continue;
    const col = cols[k];
    if (col) out.push(sql`${sql.identifier(col)} = ${v}`);
  }
  if ('point' in patch) {
    const p = patch.point;
    out.push(
      p ? sql`location = ST_SetSRID(ST_MakePoint(${p[0]}, ${p[1]}), 4326)` : sql`location = NULL`,
    );
  }
  return out;
};

/** Writes the patch if the version is still `expected`, bumping it; returns the new state. */
export async function writeOrganization(
  tx: Executor,
  id: number,
  expected: number,
  patch: OrgFactsPatch,
  actor: string,
): Promise<OrgState> {
  const set = setList(patch);
  const [r] = await rows<OrgState>(
    tx,
    sql`UPDATE organizations SET ${sql.join(set, sql`, `)}${set.length ? sql`, ` : sql``}
          version = version + 1, updated_at = now(), updated_by = ${actor},
          checked_at = now(), checked_by = ${actor}
        WHERE id = ${id} AND version = ${expected}
        RETURNING ${SELECT}`,
  );
  if (!r) checkOrgVersion(await lockOrganization(tx, id), expected);
  return normalize(r!);
}

/** Inserts a new organization; `patch` holds every required column. */
export async function insertOrganization(
  tx: Executor,
  patch: OrgFactsPatch,
  actor: string,
): Promise<OrgState> {
  const cols: Record<string, string> = { ...FACT_COLUMNS, ...PLACE_COLUMNS };
  const names: SQL[] = [];
  const values: SQL[] = [];
  for (const [k, v] of Object.entries(patch)) {
    if (k === 'point' || !cols[k]) continue;
    names.push(sql`${sql.identifier(cols[k])}`);
    values.push(sql`${v}`);
  }
  const p = patch.point;
  // a person entering it has checked it (the semiannual check, ledger-check.sql.ts)
  names.push(
    sql.raw('location'),
    sql.raw('updated_by'),
    sql.raw('checked_at'),
    sql.raw('checked_by'),
  );
  values.push(
    p ? sql`ST_SetSRID(ST_MakePoint(${p[0]}, ${p[1]}), 4326)` : sql`NULL`,
    sql`${actor}`,
    sql`now()`,
    sql`${actor}`,
  );
  const [r] = await rows<OrgState>(
    tx,
    sql`INSERT INTO organizations (${sql.join(names, sql`, `)})
        VALUES (${sql.join(values, sql`, `)}) RETURNING ${SELECT}`,
  );
  return normalize(r!);
}

/** The organization holding this credit code, other than `exceptId`. */
export async function usccHolder(
  tx: Executor,
  uscc: string,
  exceptId: number | null,
): Promise<{ id: number; name: string } | null> {
  const [r] = await rows<{ id: number; name: string }>(
    tx,
    sql`SELECT id, name FROM organizations WHERE uscc = ${uscc} AND id <> ${exceptId ?? 0}`,
  );
  return r ? { id: Number(r.id), name: r.name } : null;
}

/**
 * Removes a deregistered organization with its party-organization and instructor links (their
 * rows go into the audit entry); coverage rows go with `refreshCoverage` of its id.
 */
export async function deleteOrganizationRow(
  tx: Executor,
  id: number,
): Promise<{ units: unknown[]; assignments: unknown[] }> {
  const units = await rows<Record<string, unknown>>(
    tx,
    sql`DELETE FROM party_org_units WHERE organization_id = ${id}
        RETURNING party_organization_id AS "partyOrganizationId", joined_on AS "joinedOn",
          left_on AS "leftOn"`,
  );
  const assignments = await rows<Record<string, unknown>>(
    tx,
    sql`DELETE FROM instructor_assignments WHERE organization_id = ${id}
        RETURNING instructor_id AS "instructorId", assigned_on AS "assignedOn",
          ended_on AS "endedOn"`,
  );
  await rows(tx, sql`DELETE FROM organizations WHERE id = ${id}`);
  return { units, assignments };
}
