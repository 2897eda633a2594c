import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { organizations, type NewOrganizationRow } from '../db/schema.ts';
import type { Place } from './resolve-place.ts';
import type { LedgerValues, ValidRow } from './validate.ts';

/** The ledger facts an import writes (and the audit records before/after). */
export const AUDITED_FIELDS = [
  'name',
  'subKind',
  'category',
  'industry',
  'status',
  'employees',
  'partyMembers',
  'revenueYuan',
  'memberUnits',
  'ownerIsMember',
  'hasTradeUnion',
  'hasYouthLeague',
  'hasWomensFederation',
  'activists',
  'affiliation',
  'establishmentDirection',
  'address',
] as const satisfies readonly (keyof LedgerValues)[];

const CHUNK = 1000;

/** Organizations already in the ledger with these codes: their audited facts, by code. */
export async function existingByUscc(
  database: Database,
  tx: Executor,
  codes: string[],
): Promise<Map<string, Record<string, unknown>>> {
  const out = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < codes.length; i += 20_000) {
    const rows = await database.rows<Record<string, unknown> & { uscc: string }>(
      sql`SELECT uscc, name, sub_kind AS "subKind", category, industry, status, employees,
            party_members AS "partyMembers", revenue_yuan AS "revenueYuan",
            member_units AS "memberUnits", owner_is_member AS "ownerIsMember",
            has_trade_union AS "hasTradeUnion", has_youth_league AS "hasYouthLeague",
            has_womens_federation AS "hasWomensFederation", activists, affiliation,
            establishment_direction AS "establishmentDirection", address,
            grid_id AS "gridId", building_id AS "buildingId"
          FROM organizations
          WHERE uscc IN (SELECT jsonb_array_elements_text(${JSON.stringify(codes.slice(i, i + 20_000))}::jsonb))`,
      tx,
    );
    for (const r of rows) {
      if (r.revenueYuan !== null) r.revenueYuan = Number(r.revenueYuan);
      out.set(r.uscc, r);
    }
  }
  return out;
}

/**
 * INSERT ... ON CONFLICT (uscc) DO UPDATE, touching a row only when a value differs, so a
 * re-import of the same file changes nothing. Returns the rows inserted or updated.
 */
export async function upsertOrganizations(
  tx: Executor,
  rows: { row: ValidRow; place: Place }[],
  onChunk?: (done: number) => void,
): Promise<{ id: number; uscc: string; inserted: boolean }[]> {
  const changed: { id: number; uscc: string; inserted: boolean }[] = [];
  const o = organizations;
  const ex = (c: string) => sql.raw(`excluded.${c}`);
  const cols = [
    'name',
    'sub_kind',
    'category',
    'industry',
    'status',
    'employees',
    'party_members',
    'revenue_yuan',
    'member_units',
    'owner_is_member',
    'has_trade_union',
    'has_youth_league',
    'has_womens_federation',
    'activists',
    'affiliation',
    'establishment_direction',
    'address',
    'building_id',
    'grid_id',
    'subdistrict_id',
    'district_id',
    'location',
  ];
  const current = sql.raw(`(${cols.map((c) => `organizations.${c}`).join(', ')})`);
  const incoming = sql.raw(`(${cols.map((c) => `excluded.${c}`).join(', ')})`);
  const set = Object.fromEntries(
    cols.map((c) => [c.replace(/_([a-z])/g, (_m, l: string) => l.toUpperCase()), ex(c)]),
  );
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values: NewOrganizationRow[] = rows.slice(i, i + CHUNK).map(({ row, place }) => {
      const v = row.values;
      return {
        name: v.name,
        uscc: v.uscc,
        category: v.category,
        subKind: v.subKind as NewOrganizationRow['subKind'],
        industry: v.industry,
        status: v.status as NewOrganizationRow['status'],
        employees: v.employees,
        partyMembers: v.partyMembers,
        revenueYuan: v.revenueYuan,
        memberUnits: v.memberUnits,
        ownerIsMember: v.ownerIsMember,
        hasTradeUnion: v.hasTradeUnion,
        hasYouthLeague: v.hasYouthLeague,
        hasWomensFederation: v.hasWomensFederation,
        activists: v.activists,
        affiliation: v.affiliation,
        establishmentDirection: v.establishmentDirection,
        address: v.address,
        buildingId: place.buildingId,
        gridId: place.gridId,
        subdistrictId: place.subdistrictId,
        districtId: place.districtId,
        location: place.point ? { type: 'Point', coordinates: place.point } : null,
      };
    });
    const res = await tx
      .insert(o)
      .values(values)
      .onConflictDoUpdate({
        target: o.uscc,
        set: { ...set, updatedAt: sql`now()` },
        setWhere: sql`${current} IS DISTINCT FROM ${incoming}`,
      })
      .returning({ id: o.id, uscc: o.uscc, inserted: sql<boolean>`(xmax = 0)` });
    for (const r of res) changed.push({ id: r.id, uscc: r.uscc!, inserted: Boolean(r.inserted) });
    onChunk?.(Math.min(i + CHUNK, rows.length));
  }
  return changed;
}
