import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import type { SessionUser } from '../../server/src/auth/guards.ts';
import type { Database } from '../../server/src/db/client.ts';
import { seedDistrict } from '../../server/src/demo/index.ts';
import { importLedger } from '../../server/src/ledger/import.ts';
import { refreshCoverage } from '../../server/src/policy/index.ts';
import { testDatabase } from '../helpers/db.ts';
import { codes, createTestApi } from '../helpers/graphql.ts';
import { rows } from '../../server/src/db/rows.ts';

const ANALYST: SessionUser = {
  id: 9,
  username: 'ana',
  displayName: 'ana',
  role: 'analyst',
  scopes: [],
};

async function sheet(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Uint8Array.from(Buffer.from(base64, 'base64')).buffer);
  return wb.worksheets[0]!;
}

describe('ledger export and snapshots', () => {
  let database: Database;
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    database = await testDatabase();
    await seedDistrict(database, { orgs: 400, seed: 3 });
    api = await createTestApi(database);
  });
  afterAll(async () => {
    await api.stop();
    await database.close();
  });

  it('exports a scope with coverage and reasons, and the export imports back unchanged', async () => {
    const r = await api.exec(
      `{ exportLedger(scope: "District:1", profile: "shunyi-2017") { fileName mimeType rows contentBase64 } }`,
    );
    expect(r.errors).toBeUndefined();
    const file = r.data!.exportLedger;
    expect(file.rows).toBe(400);
    const ws = await sheet(file.contentBase64);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['名称', '统一社会信用代码', '类型']);
    expect(header).toContain('覆盖状态(shunyi-2017)');
    expect(ws.rowCount).toBe(401);
    const status = header.indexOf('覆盖状态(shunyi-2017)') + 1;
    const values = new Set<string>();
    ws.eachRow((row, n) => n > 1 && values.add(String(row.getCell(status).value)));
    expect([...values].every((v) => ['组织覆盖', '工作覆盖', '无覆盖', '不计入'].includes(v))).toBe(
      true,
    );
    const report = await importLedger(database, Buffer.from(file.contentBase64, 'base64'), {
      fileName: 'export.xlsx',
      format: 'xlsx',
      actor: 'test',
    });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ rows: 400, inserted: 0, updated: 0, unchanged: 400 });
  });

  it('exports the one-enterprise-one-form sheet of an organization', async () => {
    const [o] = await rows<{ id: number; name: string }>(
      database.db,
      sql`SELECT id, name FROM organizations ORDER BY employees DESC LIMIT 1`,
    );
    const r = await api.exec(
      `query ($id: ID!) { exportOrganizationForm(id: $id) { fileName contentBase64 } }`,
      { id: `Organization:${o!.id}` },
    );
    const ws = await sheet(r.data!.exportOrganizationForm.contentBase64);
    expect(String(ws.getCell('A1').value)).toContain(o!.name);
    const items = new Map<string, string>();
    ws.eachRow((row) => items.set(String(row.getCell(1).value), String(row.getCell(2).value)));
    expect(items.get('名称')).toBe(o!.name);
    expect(items.has('结论')).toBe(true);
    const none = await api.exec(
      `{ exportOrganizationForm(id: "Organization:999999") { fileName } }`,
    );
    expect(none.data!.exportOrganizationForm).toBeNull();
  });

  it('records snapshots and compares them: newly covered, newly blank', async () => {
    const take = `mutation ($d: Date!) { takeCoverageSnapshot(takenOn: $d, label: "台账") {
      id takenOn organizations organizational work blankSpots
      scopes(kind: "subdistrict") { scope name total } } }`;
    const june = await api.exec(take, { d: '2026-06-15' });
    expect(june.errors).toBeUndefined();
    const s1 = june.data!.takeCoverageSnapshot;
    expect(s1.scopes.length).toBeGreaterThan(20); // subdistricts holding organizations
    expect(s1.scopes.reduce((n: number, s: { total: number }) => n + s.total, 0)).toBe(
      s1.organizations,
    );
    // Between the refreshes: a blank spot joins a party organization; a work-covered one loses
    // its only instructor.
    const [blank] = await rows<{ id: number }>(
      database.db,
      sql`SELECT organization_id AS id FROM org_coverage c JOIN policy_profiles p ON p.id = c.profile_id
          WHERE p.key = 'shunyi-2017' AND c.is_blank_spot ORDER BY 1 LIMIT 1`,
    );
    const [work] = await rows<{ id: number }>(
      database.db,
      sql`SELECT organization_id AS id FROM org_coverage c JOIN policy_profiles p ON p.id = c.profile_id
          WHERE p.key = 'shunyi-2017' AND c.coverage = 'work' AND c.has_instructor
            AND NOT c.has_mass_orgs ORDER BY 1 LIMIT 1`,
    );
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO party_org_units (party_organization_id, organization_id)
        VALUES ((SELECT min(id) FROM party_organizations), ${blank!.id})`);
      await tx.execute(sql`UPDATE instructor_assignments SET ended_on = '2026-09-01'
        WHERE organization_id = ${work!.id}`);
      await refreshCoverage(tx, { organizationIds: [blank!.id, work!.id] });
    });
    const nov = await api.exec(take, { d: '2026-11-15' });
    const s2 = nov.data!.takeCoverageSnapshot;
    const cmp = await api.exec(
      `query ($a: ID!, $b: ID!) { compareSnapshots(from: $a, to: $b) {
        newlyCoveredCount newlyBlankCount
        newlyCovered { organizationId before after organization { id } }
        newlyBlank { organizationId before after } } }`,
      { a: s1.id, b: s2.id },
    );
    expect(cmp.errors).toBeUndefined();
    expect(cmp.data!.compareSnapshots).toEqual({
      newlyCoveredCount: 1,
      newlyBlankCount: 1,
      newlyCovered: [
        {
          organizationId: `Organization:${blank!.id}`,
          before: 'NONE',
          after: 'ORGANIZATIONAL',
          organization: { id: `Organization:${blank!.id}` },
        },
      ],
      newlyBlank: [{ organizationId: `Organization:${work!.id}`, before: 'WORK', after: 'NONE' }],
    });
    const list = await api.exec(`{ coverageSnapshots { takenOn label } }`);
    expect(list.data!.coverageSnapshots.map((s: { takenOn: string }) => s.takenOn)).toEqual([
      '2026-11-15',
      '2026-06-15',
    ]);
    expect(codes(await api.exec(take, { d: '2026-11-15' }))).toEqual(['CONFLICT']);
    expect(codes(await api.exec(take, { d: '2026-12-15' }, ANALYST))).toEqual(['FORBIDDEN']);
  });

  it('serves downloads over HTTP and refuses anonymous callers', async () => {
    const { app } = await createApp(database);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const res = await fetch(`http://127.0.0.1:${port}/ledger/export.xlsx?scope=District:1`);
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'UNAUTHENTICATED',
      );
    } finally {
      server.close();
    }
  });
});
