import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/src/auth/guards.ts';
import { importLedger } from '../../server/src/ledger/import.ts';
import { makeUscc } from '../../server/src/ledger/uscc.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

/**
 * Issue 11, hole 1: a scoped user's import may touch an organization only when both its current
 * grid and the grid the row puts it in are in scope; a point given with a building or grid must
 * lie in that grid. Also item 8: a rejected row reports all its reasons.
 */
const HEADER = '名称,统一社会信用代码,类型,行业,从业人员数,党员数,所在楼宇,所在网格,经度,纬度';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'));
const U1 = makeUscc('91', '110113', 71_000_001);
const U2 = makeUscc('91', '110113', 71_000_002);
// small demo: 胜利街道 grids 110113001001 (y 40.10-40.11) and 110113001002 (40.11-40.12),
// 光明街道 grid 110113002001 next to them in the east
const G1 = '110113001001';
const G2 = '110113001002';
const G3 = '110113002001';
const row = (uscc: string, grid: string, employees = 10, point = ',') =>
  `北京范围测试${uscc.slice(-4)}有限公司,${uscc},非公有制企业,信息技术,${employees},0,,${grid},${point}`;

const QUERY = `mutation ($file: LedgerFileInput!, $mode: ImportMode) {
  importLedger(file: $file, mode: $mode) {
    rows processedRows validRows rejectedRows inserted updated unchanged applied
    errors { row column reason message } errorsOmitted } }`;

describe('ledger import scope and place checks', () => {
  const env = useSmallDemoApi();
  const gridId: Record<string, number> = {};
  let manager: SessionUser;
  let subdistrictAdmin: SessionUser;
  beforeAll(async () => {
    for (const g of await rows<{ id: number; code: string; s: number }>(
      env.database.db,
      sql`SELECT id, code, subdistrict_id AS s FROM grids`,
    ))
      gridId[g.code] = Number(g.id);
    const [s] = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT id FROM subdistricts WHERE code = '110113001'`,
    );
    manager = {
      id: 31,
      username: 'gm1',
      displayName: 'gm1',
      role: 'grid_manager',
      scopes: [{ kind: 'grid', id: gridId[G1]! }],
    };
    subdistrictAdmin = {
      id: 32,
      username: 'sa1',
      displayName: 'sa1',
      role: 'subdistrict_admin',
      scopes: [{ kind: 'subdistrict', id: Number(s!.id) }],
    };
    // U1 in the manager's grid, U2 in another subdistrict's grid
    const r = await importLedger(env.database, csv(row(U1, G1), row(U2, G3)), {
      fileName: 'seed.csv',
      format: 'csv',
      actor: 'test',
    });
    expect(r).toMatchObject({ inserted: 2, applied: true });
  });

  const digest = async () => {
    const [r] = await rows<{ d: string }>(
      env.database.db,
      sql`SELECT md5(string_agg((to_jsonb(o) - 'updated_at')::text, '|' ORDER BY id)) AS d
          FROM organizations o`,
    );
    const [a] = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*) AS n FROM audit_log`,
    );
    return `${r!.d}:${a!.n}`;
  };
  const gridOf = async (uscc: string) => {
    const [o] = await rows<{ code: string; employees: number }>(
      env.database.db,
      sql`SELECT g.code, o.employees FROM organizations o JOIN grids g ON g.id = o.grid_id
          WHERE o.uscc = ${uscc}`,
    );
    return o;
  };
  const importAs = async (user: SessionUser, file: Buffer, mode = 'ALL_OR_NOTHING') => {
    const r = await env.api.exec(
      QUERY,
      { file: { name: 'scope.csv', contentBase64: file.toString('base64') }, mode },
      user,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.importLedger;
  };
  const reasons = (r: { errors: { row: number; column: string; reason: string }[] }) =>
    r.errors.map((e) => [e.row, e.column, e.reason]);

  it('a grid manager cannot pull an organization of another grid into their own', async () => {
    const before = await digest();
    const r = await importAs(manager, csv(row(U2, G1)));
    expect(reasons(r)).toEqual([[2, '统一社会信用代码', 'OUT_OF_SCOPE']]);
    expect(r).toMatchObject({ applied: false, updated: 0, rejectedRows: 1 });
    expect(await gridOf(U2)).toMatchObject({ code: G3 });
    expect(await digest()).toBe(before);
  });

  it('nor move one of their own out, nor change one elsewhere in place', async () => {
    const before = await digest();
    const r = await importAs(manager, csv(row(U1, G3, 11), row(U2, G3, 12)));
    expect(reasons(r)).toEqual([
      [2, '所在网格', 'OUT_OF_SCOPE'],
      [3, '统一社会信用代码', 'OUT_OF_SCOPE'],
      [3, '所在网格', 'OUT_OF_SCOPE'],
    ]);
    expect(r.applied).toBe(false);
    expect(await digest()).toBe(before);
  });

  it('a subdistrict administrator cannot take over an organization of another subdistrict', async () => {
    const before = await digest();
    const r = await importAs(subdistrictAdmin, csv(row(U2, G2, 13)));
    expect(reasons(r)).toEqual([[2, '统一社会信用代码', 'OUT_OF_SCOPE']]);
    expect(await digest()).toBe(before);
  });

  it('in scope the same import succeeds; with VALID_ONLY only the in-scope rows are written', async () => {
    const ok = await importAs(manager, csv(row(U1, G1, 21)));
    expect(ok).toMatchObject({ errors: [], applied: true, updated: 1, validRows: 1 });
    expect(await gridOf(U1)).toEqual({ code: G1, employees: 21 });
    const moved = await importAs(subdistrictAdmin, csv(row(U1, G2, 22)));
    expect(moved).toMatchObject({ errors: [], applied: true, updated: 1 });
    expect(await gridOf(U1)).toEqual({ code: G2, employees: 22 });
    const mixed = await importAs(
      subdistrictAdmin,
      csv(row(U1, G1, 23), row(U2, G1, 24)),
      'VALID_ONLY',
    );
    expect(mixed).toMatchObject({ applied: true, updated: 1, validRows: 1, rejectedRows: 1 });
    expect(reasons(mixed)).toEqual([[3, '统一社会信用代码', 'OUT_OF_SCOPE']]);
    expect(await gridOf(U1)).toEqual({ code: G1, employees: 23 });
    expect(await gridOf(U2)).toEqual({ code: G3, employees: 10 });
  });

  it('a point given with a grid or building must lie in that grid (a few metres of tolerance)', async () => {
    const U3 = makeUscc('91', '110113', 71_000_003);
    const U4 = makeUscc('91', '110113', 71_000_004);
    const U5 = makeUscc('91', '110113', 71_000_005);
    const r = await importLedger(
      env.database,
      csv(
        // 2 m north of G1's edge (in G2): accepted as G1
        row(U3, G1, 10, '116.61,40.11002'),
        // 22 m north: refused
        row(U4, G1, 10, '116.61,40.1102'),
        // a building of G1 with a point in G2
        `北京楼宇坐标有限公司,${U5},非公有制企业,信息技术,10,0,B1101130010011,,116.61,40.115`,
      ),
      { fileName: 'points.csv', format: 'csv', actor: 'test', mode: 'valid_only' },
    );
    expect(reasons(r)).toEqual([
      [3, '经度', 'POINT_NOT_IN_GRID'],
      [4, '经度', 'POINT_NOT_IN_GRID'],
    ]);
    expect(r.errors[1]!.message).toContain('胜利第1网格');
    expect(r).toMatchObject({ inserted: 1, applied: true });
    expect(await gridOf(U3)).toMatchObject({ code: G1 });
  });

  it('a rejected row still reports every other reason (duplicates, places, district)', async () => {
    const U6 = makeUscc('91', '110113', 71_000_006);
    const r = await importLedger(
      env.database,
      csv(
        row(U6, G1),
        // bad industry and the same code as row 2
        `北京重复行业有限公司,${U6},非公有制企业,不存在的行业,10,0,,${G1},,`,
        // bad employee count and an unknown grid
        `北京未知网格有限公司,${makeUscc('91', '110113', 71_000_007)},非公有制企业,信息技术,abc,0,,999,,`,
        // bad type and a point outside the district
        `北京区外有限公司,${makeUscc('91', '110113', 71_000_008)},国有企业,信息技术,5,0,,,116.2,39.9`,
      ),
      { fileName: 'reasons.csv', format: 'csv', actor: 'test', dryRun: true },
    );
    expect(reasons(r)).toEqual([
      [3, '行业', 'UNKNOWN_VALUE'],
      [3, '统一社会信用代码', 'DUPLICATE_IN_FILE'],
      [4, '从业人员数', 'NOT_A_NUMBER'],
      [4, '所在网格', 'UNKNOWN_GRID'],
      [5, '类型', 'UNKNOWN_VALUE'],
      [5, '经度', 'OUTSIDE_DISTRICT'],
    ]);
    expect(r).toMatchObject({ rows: 4, processedRows: 4, validRows: 1, rejectedRows: 3 });
    expect(r.errors[0]!.message).toContain('最接近 (closest known): 行业协会');
  });
});
