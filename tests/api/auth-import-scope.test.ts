import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { canImportRow, requireImportRow, type Denial } from '../../server/src/auth/authorize.ts';
import { SYSTEM_USER, type SessionUser } from '../../server/src/auth/guards.ts';
import { usccCheckChar } from '../../server/src/ledger/uscc.ts';
import { IMPORT_LEDGER as IMPORT, ledgerFile, ledgerRow, tableCounts } from './editing-fixtures.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

const env = useSmallDemoApi();

const g00 = () => env.ids.grids[0]![0]!;
const g01 = () => env.ids.grids[0]![1]!;
const counts = () => tableCounts(env.database);

/**
 * Issue 11, hole 1: a ledger row whose credit code already belongs to an organization elsewhere
 * must not let the importer rewrite and move that organization into their own grid. The fix is
 * in the import (branch wip-ledger, through auth/authorize.ts `canImportRow`); before it, these
 * cases fail.
 */
describe('importLedger cannot take over an organization from outside the scope', () => {
  const cases: [string, () => SessionUser, () => number][] = [
    [
      'grid manager, organization in a grid of another subdistrict',
      () => env.users.manager,
      () => env.ids.grids[1]![0]!,
    ],
    ['grid manager, organization in the sibling grid', () => env.users.manager, () => g01()],
    [
      'subdistrict admin, organization in another subdistrict',
      () => env.users.subAdmin,
      () => env.ids.grids[2]![0]!,
    ],
  ];
  let n = 0;
  for (const [label, who, grid] of cases) {
    it(label, async () => {
      const [o] = await rows<{ id: number }>(
        env.database.db,
        sql`SELECT id FROM organizations WHERE grid_id = ${grid()} AND uscc IS NULL ORDER BY id LIMIT 1`,
      );
      const first17 = `9111011377${String(++n).padStart(7, '0')}`;
      const uscc = first17 + usccCheckChar(first17);
      await rows(env.database.db, sql`UPDATE organizations SET uscc = ${uscc} WHERE id = ${o!.id}`);
      const row = async () =>
        (
          await rows<Record<string, unknown>>(
            env.database.db,
            sql`SELECT name, employees, grid_id, building_id, ST_AsText(location) AS location FROM organizations WHERE id = ${o!.id}`,
          )
        )[0];
      const before = await row();
      const all = await counts();
      const r = await env.api.exec(
        IMPORT,
        { f: ledgerFile([ledgerRow('北京被搬走的公司', uscc, 999)]) },
        who(),
      );
      const code = r.errors?.[0]?.extensions?.code;
      if (code === undefined) {
        expect(r.data!.importLedger.applied).toBe(false);
        expect(r.data!.importLedger.errors.map((e: any) => e.reason)).toContain('OUT_OF_SCOPE');
      } else {
        expect(code).toBe('FORBIDDEN');
      }
      expect(await row()).toEqual(before);
      expect(await counts()).toEqual(all);
    });
  }
});

describe('authorize.canImportRow (what the import asks for each row)', () => {
  it('needs write access where the row puts the organization and where it lies now', async () => {
    const [inOwn] = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT id FROM organizations WHERE grid_id = ${g00()} ORDER BY id LIMIT 1`,
    );
    const [elsewhere] = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT id FROM organizations WHERE grid_id = ${env.ids.grids[1]![1]!} ORDER BY id LIMIT 1`,
    );
    const db = env.database.db;
    const row = (gridId: number | null, existingOrganizationId: number | null = null) => ({
      gridId,
      existingOrganizationId,
    });
    expect(await canImportRow(env.users.manager, db, row(g00()))).toEqual({ ok: true });
    expect(await canImportRow(env.users.manager, db, row(g00(), inOwn!.id))).toEqual({ ok: true });
    const taken = await canImportRow(env.users.manager, db, row(g00(), elsewhere!.id));
    expect(taken).toMatchObject({ ok: false, code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    expect((taken as Denial).message).toContain(`Organization:${elsewhere!.id}`);
    expect(await canImportRow(env.users.manager, db, row(env.ids.grids[1]![0]!))).toMatchObject({
      reason: 'OUT_OF_SCOPE',
    });
    expect(await canImportRow(env.users.subAdmin, db, row(g01(), inOwn!.id))).toEqual({ ok: true });
    expect(await canImportRow(env.users.manager, db, row(null))).toMatchObject({
      reason: 'OUTSIDE_EVERY_GRID',
    });
    expect(await canImportRow(env.users.districtAdmin, db, row(null))).toEqual({ ok: true });
    expect(await canImportRow(env.users.planner, db, row(g00()))).toMatchObject({
      reason: 'READ_ONLY_ROLE',
    });
    expect(await canImportRow(null, db, row(g00()))).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    expect(await canImportRow(SYSTEM_USER, db, row(null, elsewhere!.id))).toEqual({ ok: true });
    await expect(
      requireImportRow(env.users.manager, db, row(g00(), elsewhere!.id)),
    ).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' },
    });
  });
});
