import type ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import {
  coverageFields,
  evaluateOrganization,
  loadOrgFacts,
  scopeSql,
  type CoverageModel,
  type Evaluation,
  type Scope,
  type StoredProfile,
} from '../policy/index.ts';
import { HEADER_OF, STATUS_HEADER, SUB_KIND_HEADER } from './columns.ts';
import { INDUSTRIES, type IndustryCode } from './industries.ts';
import { rows } from '../db/rows.ts';

/**
 * Ledger export: the organizations of a scope as .xlsx, one row per organization with its
 * coverage and reasons under a profile (the columns of the import sheet first, so an exported
 * sheet imports back unchanged), and the "one enterprise one form" (一企一表) of one organization.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COVERAGE_ZH = { organizational: '组织覆盖', work: '工作覆盖', none: '无覆盖' } as const;

interface OrgRow {
  id: number;
  name: string;
  uscc: string | null;
  sub_kind: string;
  industry: string;
  status: string;
  employees: number;
  party_members: number;
  revenue_yuan: string | number | null;
  member_units: number | null;
  owner_is_member: boolean;
  has_trade_union: boolean;
  has_youth_league: boolean;
  has_womens_federation: boolean;
  activists: number;
  affiliation: string | null;
  establishment_direction: string | null;
  address: string | null;
  lon: number | null;
  lat: number | null;
  building: string | null;
  grid: string | null;
  subdistrict: string | null;
  party_org: string | null;
}

const ORG_SELECT = sql`SELECT o.id, o.name, o.uscc, o.sub_kind, o.industry, o.status, o.employees,
    o.party_members, o.revenue_yuan, o.member_units, o.owner_is_member, o.has_trade_union,
    o.has_youth_league, o.has_womens_federation, o.activists, o.affiliation,
    o.establishment_direction, o.address, ST_X(o.location) AS lon, ST_Y(o.location) AS lat,
    b.code AS building, g.code AS grid, s.name AS subdistrict,
    (SELECT p.name FROM party_org_units u JOIN party_organizations p ON p.id = u.party_organization_id
      WHERE u.organization_id = o.id AND u.left_on IS NULL LIMIT 1) AS party_org
  FROM organizations o
  LEFT JOIN buildings b ON b.id = o.building_id
  LEFT JOIN grids g ON g.id = o.grid_id
  LEFT JOIN subdistricts s ON s.id = o.subdistrict_id`;

const yesNo = (b: boolean) => (b ? '是' : '否');

/** Coverage of these organizations: the materialized rows, or evaluated here when missing. */
async function coverageOf(
  database: Database,
  profile: StoredProfile,
  ids: number[],
): Promise<Map<number, CoverageModel>> {
  const list = sql`string_to_array(${ids.join(',')}, ',')::int[]`;
  const [facts, coverage] = await Promise.all([
    loadOrgFacts(database.db, ids),
    rows<Record<string, unknown>>(
      database.db,
      sql`SELECT organization_id, coverage, standalone, has_mass_orgs, applicable, unmet,
            size_class, is_excluded, is_blank_spot, is_gap
          FROM org_coverage WHERE profile_id = ${profile.id} AND organization_id = ANY(${list})`,
    ),
  ]);
  const byId = new Map(coverage.map((r) => [Number(r.organization_id), r]));
  const out = new Map<number, CoverageModel>();
  for (const id of ids) {
    const f = facts.get(id);
    if (!f) continue;
    const r = byId.get(id);
    const evaluation: Evaluation = r
      ? {
          coverage: r.coverage as Evaluation['coverage'],
          standalone: Boolean(r.standalone),
          hasMassOrgs: Boolean(r.has_mass_orgs),
          applicable: Number(r.applicable),
          unmet: Number(r.unmet),
          sizeClass: (r.size_class as string | null) ?? null,
          isExcluded: Boolean(r.is_excluded),
          isBlankSpot: Boolean(r.is_blank_spot),
          isGap: Boolean(r.is_gap),
        }
      : evaluateOrganization(profile.document, f);
    out.set(id, coverageFields({ profile, facts: f, evaluation }));
  }
  return out;
}

const LEDGER_HEADERS = [
  HEADER_OF.name,
  HEADER_OF.uscc,
  HEADER_OF.subKind,
  HEADER_OF.industry,
  HEADER_OF.status,
  HEADER_OF.employees,
  HEADER_OF.partyMembers,
  '营业收入(元)',
  HEADER_OF.memberUnits,
  HEADER_OF.ownerIsMember,
  HEADER_OF.hasTradeUnion,
  HEADER_OF.hasYouthLeague,
  HEADER_OF.hasWomensFederation,
  HEADER_OF.activists,
  HEADER_OF.affiliation,
  HEADER_OF.establishmentDirection,
  HEADER_OF.address,
  HEADER_OF.lon,
  HEADER_OF.lat,
  HEADER_OF.building,
  HEADER_OF.grid,
];

function ledgerCells(o: OrgRow): (string | number | null)[] {
  return [
    o.name,
    o.uscc,
    SUB_KIND_HEADER[o.sub_kind] ?? o.sub_kind,
    INDUSTRIES[o.industry as IndustryCode] ?? o.industry,
    STATUS_HEADER[o.status] ?? o.status,
    o.employees,
    o.party_members,
    o.revenue_yuan === null ? null : Number(o.revenue_yuan),
    o.member_units,
    yesNo(o.owner_is_member),
    yesNo(o.has_trade_union),
    yesNo(o.has_youth_league),
    yesNo(o.has_womens_federation),
    o.activists,
    o.affiliation,
    o.establishment_direction,
    o.address,
    o.lon === null ? null : Number(Number(o.lon).toFixed(7)),
    o.lat === null ? null : Number(Number(o.lat).toFixed(7)),
    o.building,
    o.grid,
  ];
}

/** Every organization of the scope, in id order, with its coverage under the profile. */
export async function exportOrganizations(
  database: Database,
  scope: Scope,
  profile: StoredProfile,
): Promise<{ buffer: Buffer; rows: number }> {
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow([
    ...LEDGER_HEADERS,
    '所在街道(镇)',
    '所属党组织',
    `覆盖状态(${profile.key})`,
    '空白点',
    '未达标',
    '原因',
  ]).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  let written = 0;
  let after = 0;
  for (;;) {
    const chunk = await rows<OrgRow>(
      database.db,
      sql`${ORG_SELECT} WHERE ${scopeSql(scope, 'o')} AND o.id > ${after} ORDER BY o.id LIMIT 5000`,
    );
    if (chunk.length === 0) break;
    const cov = await coverageOf(
      database,
      profile,
      chunk.map((o) => Number(o.id)),
    );
    for (const o of chunk) {
      const c = cov.get(Number(o.id));
      ws.addRow([
        ...ledgerCells(o),
        o.subdistrict,
        o.party_org,
        c ? (c.excluded ? '不计入' : COVERAGE_ZH[c.coverage]) : null,
        c ? yesNo(c.blankSpot) : null,
        c ? yesNo(c.gap) : null,
        c?.summary.zh ?? null,
      ]);
    }
    written += chunk.length;
    after = Number(chunk.at(-1)!.id);
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), rows: written };
}

/** 一企一表: one organization's sheet (item / content), with its coverage and requirements. */
export async function exportOrganizationForm(
  database: Database,
  orgId: number,
  profile: StoredProfile,
): Promise<{ buffer: Buffer; name: string } | null> {
  const [o] = await rows<OrgRow>(database.db, sql`${ORG_SELECT} WHERE o.id = ${orgId}`);
  if (!o) return null;
  const c = (await coverageOf(database, profile, [orgId])).get(orgId);
  const instructors = await rows<{ name: string }>(
    database.db,
    sql`SELECT i.name FROM instructor_assignments a JOIN instructors i ON i.id = a.instructor_id
        WHERE a.organization_id = ${orgId} AND a.ended_on IS NULL ORDER BY i.name`,
  );
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet('一企一表');
  ws.columns = [{ width: 22 }, { width: 70 }];
  ws.mergeCells('A1:B1');
  ws.getCell('A1').value = `两新组织党建情况一企一表: ${o.name}`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.addRow(['项目', '内容']).font = { bold: true };
  const cells = ledgerCells(o);
  LEDGER_HEADERS.forEach((h, i) => ws.addRow([h, cells[i] ?? '']));
  ws.addRow(['所在街道(镇)', o.subdistrict ?? '']);
  ws.addRow(['所属党组织', o.party_org ?? '无']);
  ws.addRow(['党建工作指导员', instructors.map((i) => i.name).join('、') || '无']);
  if (c) {
    ws.addRow([`覆盖状态(${profile.key})`, c.excluded ? '不计入' : COVERAGE_ZH[c.coverage]]);
    ws.addRow(['结论', c.summary.zh]);
    for (const r of c.requirements) {
      ws.addRow([`${r.article} ${r.met ? '已达标' : '未达标'}`, r.reason.zh]);
    }
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), name: o.name };
}

/** exceljs takes ~0.6 s to load: loaded with the first export, not at server start (issue 10). */
async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
