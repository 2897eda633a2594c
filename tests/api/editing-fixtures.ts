import { sql } from 'drizzle-orm';
import type { Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';

/** Small-demo geometry (tests/helpers/small-demo.ts): subdistrict i spans x0 + i*w .. + w. */
export const X0 = 116.6;
export const Y0 = 40.1;
export const W = 0.02;

export const ring = (x0: number, y0: number, x1: number, y1: number) => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
export const rectPolygon = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon',
  coordinates: [ring(x0, y0, x1, y1)],
});

export const UPDATE = `mutation($id: ID!, $b: GeoJSON!, $v: Int!, $o: EditOptions) {
  updateGridBoundary(gridId: $id, boundary: $b, expectedVersion: $v, options: $o) {
    grids { id version boundary } clipped { id version } removedGridIds
    moves { building { id name } fromGridId toGridId organizationIds } movedOrganizationIds } }`;

export async function gridRow(database: Database, id: number) {
  const [r] = await rows<{ version: number; boundary: string; updated_by: string | null }>(
    database.db,
    sql`SELECT version, ST_AsGeoJSON(boundary) AS boundary, updated_by FROM grids WHERE id = ${id}`,
  );
  return r
    ? { version: Number(r.version), boundary: JSON.parse(r.boundary), updatedBy: r.updated_by }
    : null;
}

export async function auditCount(database: Database): Promise<number> {
  const [r] = await rows<{ n: number }>(database.db, sql`SELECT count(*) AS n FROM audit_log`);
  return Number(r!.n);
}

/** One ledger row placing an organization in building 1 of the target grid (small demo codes). */
export const LEDGER_HEADER =
  '名称,统一社会信用代码,类型,行业,从业人员数,党员数,营业收入(万元),地址,经度,纬度,所在楼宇,所在网格';
export const ledgerRow = (name: string, uscc: string, employees: number) =>
  `${name},${uscc},非公有制企业,信息技术,${employees},5,8000,顺义区府前街1号,,,B1101130010011,`;
export const ledgerFile = (rows: string[]) => ({
  name: 'matrix.csv',
  contentBase64: Buffer.from([LEDGER_HEADER, ...rows].join('\n')).toString('base64'),
});
export const IMPORT_LEDGER = `mutation($f: LedgerFileInput!) { importLedger(file: $f) {
  applied inserted updated rejectedRows errors { reason } } }`;

/** Row counts and grid versions that any write changes ("nothing written" checks). */
export async function tableCounts(database: Database): Promise<Record<string, string>> {
  const [r] = await rows<Record<string, string>>(
    database.db,
    sql`SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM grids) AS grids,
      (SELECT coalesce(sum(version), 0) FROM grids) AS versions, (SELECT count(*) FROM users) AS users,
      (SELECT count(*) FROM policy_profiles) AS profiles,
      (SELECT count(*) FROM coverage_snapshots) AS snapshots,
      (SELECT string_agg(id || ':' || version, ',' ORDER BY id) FROM service_centers) AS centers,
      (SELECT string_agg(id || ':' || version || ':' || building_id, ',' ORDER BY id)
        FROM building_workstations) AS workstations,
      (SELECT string_agg(id || ':' || coalesce(grid_id, 0), ',' ORDER BY id) FROM organizations) AS orgs`,
  );
  return r!;
}
