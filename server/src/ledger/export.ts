import type ExcelJS from 'exceljs';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import {
  buildings,
  currentAssignments,
  grids,
  instructorAssignments,
  instructors,
  organizations,
  partyOrganizations,
  partyOrgUnits,
  subdistricts,
} from '../db/schema.ts';
import {
  factColumns,
  loadCoverage,
  scopeSql,
  type Scope,
  type StoredProfile,
} from '../policy/index.ts';
import { HEADER_OF, STATUS_HEADER, SUB_KIND_HEADER } from './columns.ts';
import { INDUSTRIES, type IndustryCode } from './industries.ts';

/**
 * Ledger export: the organizations of a scope as .xlsx, one row per organization with its
 * coverage and reasons under a profile (the columns of the import sheet first, so an exported
 * sheet imports back unchanged), and the "one enterprise one form" (一企一表) of one organization.
 */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const COVERAGE_ZH = { organizational: '组织覆盖', work: '工作覆盖', none: '无覆盖' } as const;

const o = organizations;

/** The columns of the import sheet and what the export adds, for a page of a scope or one organization. */
const selectOrgs = (executor: Executor) =>
  executor
    .select({
      id: o.id,
      name: o.name,
      uscc: o.uscc,
      ...factColumns,
      affiliation: o.affiliation,
      establishmentDirection: o.establishmentDirection,
      address: o.address,
      lon: sql<number | null>`ST_X(${o.location})`,
      lat: sql<number | null>`ST_Y(${o.location})`,
      building: buildings.code,
      grid: grids.code,
      subdistrict: subdistricts.name,
      partyOrg: sql<string | null>`(SELECT ${partyOrganizations.name} FROM ${partyOrgUnits}
        JOIN ${partyOrganizations} ON ${partyOrganizations.id} = ${partyOrgUnits.partyOrganizationId}
        WHERE ${partyOrgUnits.organizationId} = ${o.id} AND ${partyOrgUnits.leftOn} IS NULL LIMIT 1)`,
    })
    .from(o)
    .leftJoin(buildings, eq(buildings.id, o.buildingId))
    .leftJoin(grids, eq(grids.id, o.gridId))
    .leftJoin(subdistricts, eq(subdistricts.id, o.subdistrictId));
type OrgRow = Awaited<ReturnType<typeof selectOrgs>>[number];

const yesNo = (b: boolean) => (b ? '是' : '否');

/** Coverage of these organizations by id (the materialized rows, or evaluated when missing). */
async function coverageOf(database: Database, profile: StoredProfile, ids: number[]) {
  const found = await loadCoverage(database.db, profile, ids);
  return new Map(ids.map((id, i) => [id, found[i]]));
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
    SUB_KIND_HEADER[o.subKind] ?? o.subKind,
    INDUSTRIES[o.industry as IndustryCode] ?? o.industry,
    STATUS_HEADER[o.status] ?? o.status,
    o.employees,
    o.partyMembers,
    o.revenueYuan,
    o.memberUnits,
    yesNo(o.ownerIsMember),
    yesNo(o.hasTradeUnion),
    yesNo(o.hasYouthLeague),
    yesNo(o.hasWomensFederation),
    o.activists,
    o.affiliation,
    o.establishmentDirection,
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
    const chunk = await selectOrgs(database.db)
      .where(and(scopeSql(scope, 'organizations'), gt(o.id, after)))
      .orderBy(o.id)
      .limit(5000);
    if (chunk.length === 0) break;
    const cov = await coverageOf(
      database,
      profile,
      chunk.map((row) => row.id),
    );
    for (const o of chunk) {
      const c = cov.get(o.id);
      ws.addRow([
        ...ledgerCells(o),
        o.subdistrict,
        o.partyOrg,
        c ? (c.excluded ? '不计入' : COVERAGE_ZH[c.coverage]) : null,
        c ? yesNo(c.blankSpot) : null,
        c ? yesNo(c.gap) : null,
        c?.summary.zh ?? null,
      ]);
    }
    written += chunk.length;
    after = chunk.at(-1)!.id;
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), rows: written };
}

/** 一企一表: one organization's sheet (item / content), with its coverage and requirements. */
export async function exportOrganizationForm(
  database: Database,
  orgId: number,
  profile: StoredProfile,
): Promise<{ buffer: Buffer; name: string } | null> {
  const [org] = await selectOrgs(database.db).where(eq(o.id, orgId));
  if (!org) return null;
  const c = (await coverageOf(database, profile, [orgId])).get(orgId);
  const assigned = await database.db
    .select({ name: instructors.name })
    .from(instructorAssignments)
    .innerJoin(instructors, eq(instructors.id, instructorAssignments.instructorId))
    .where(and(eq(instructorAssignments.organizationId, orgId), currentAssignments))
    .orderBy(instructors.name);
  const wb = new (await loadExcel()).Workbook();
  const ws = wb.addWorksheet('一企一表');
  ws.columns = [{ width: 22 }, { width: 70 }];
  ws.mergeCells('A1:B1');
  ws.getCell('A1').value = `两新组织党建情况一企一表: ${org.name}`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.addRow(['项目', '内容']).font = { bold: true };
  const cells = ledgerCells(org);
  LEDGER_HEADERS.forEach((h, i) => ws.addRow([h, cells[i] ?? '']));
  ws.addRow(['所在街道(镇)', org.subdistrict ?? '']);
  ws.addRow(['所属党组织', org.partyOrg ?? '无']);
  ws.addRow(['党建工作指导员', assigned.map((i) => i.name).join('、') || '无']);
  if (c) {
    ws.addRow([`覆盖状态(${profile.key})`, c.excluded ? '不计入' : COVERAGE_ZH[c.coverage]]);
    ws.addRow(['结论', c.summary.zh]);
    for (const r of c.requirements) {
      ws.addRow([`${r.article} ${r.met ? '已达标' : '未达标'}`, r.reason.zh]);
    }
  }
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), name: org.name };
}

/** exceljs takes ~0.6 s to load: loaded with the first export, not at server start (issue 10). */
async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
