import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users as usersTable } from '../../server/src/auth/auth.tables.ts';
import { insertUser } from '../../server/src/auth/users.sql.ts';
import type { Database } from '../../server/src/db/client.ts';
import { codes, createTestApi } from '../helpers/graphql.ts';
import { testDatabase } from '../helpers/db.ts';
import { demoIds, usersFor, type DemoUsers, type Ids } from '../helpers/demo-users.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';

// Issue 13: the grid card showed 网格长 "—" for a grid that has a manager. `Grid.managers` lists
// the users whose scope is the grid, to those who may see people: planners, and administrators
// and grid managers in scope; analysts and those out of scope get null.
let database: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let ids: Ids;
let as: DemoUsers;

const Q = `query($a: ID!, $b: ID!) {
  a: grid(id: $a) { managers { username displayName role scopes { kind id } } }
  b: grid(id: $b) { managers { username } }
}`;

beforeAll(async () => {
  database = await testDatabase();
  await loadSmallDemo(database);
  api = await createTestApi(database);
  ids = await demoIds(database);
  as = usersFor(ids);
  const [g0, g1] = ids.grids[0]!;
  const pw = 'grid-managers-test-pw-1';
  await database.db.transaction(async (tx) => {
    await insertUser(tx, {
      username: 'gm_zhang',
      displayName: '张网格长',
      role: 'grid_manager',
      password: pw,
      scopes: [{ kind: 'grid', id: g0! }],
    });
    await insertUser(tx, {
      username: 'gm_li',
      displayName: '李网格员',
      role: 'grid_manager',
      password: pw,
      scopes: [
        { kind: 'grid', id: g1! },
        { kind: 'grid', id: g0! },
      ],
    });
    const gone = await insertUser(tx, {
      username: 'gm_gone',
      displayName: '已停用',
      role: 'grid_manager',
      password: pw,
      scopes: [{ kind: 'grid', id: g0! }],
    });
    await tx.update(usersTable).set({ disabled: true }).where(eq(usersTable.id, gone.id));
    // A subdistrict scope covers the grid but is not the grid's own team.
    await insertUser(tx, {
      username: 'sub_wang',
      displayName: '王管理员',
      role: 'subdistrict_admin',
      password: pw,
      scopes: [{ kind: 'subdistrict', id: ids.subs[0]! }],
    });
  });
}, 120_000);
afterAll(async () => {
  await api.stop();
  await database.close();
});

describe('Grid.managers', () => {
  it("lists the grid's own users, enabled, with their scopes, one batch for several grids", async () => {
    const [g0, g1] = ids.grids[0]!;
    const r = await api.exec(Q, { a: `Grid:${g0}`, b: `Grid:${g1}` }, as.planner);
    expect(r.errors).toBeUndefined();
    const names = (r.data!.a.managers as { username: string }[]).map((m) => m.username);
    expect(names).toContain('gm_zhang');
    expect(names).toContain('gm_li');
    expect(names).not.toContain('gm_gone');
    expect(names).not.toContain('sub_wang');
    const li = r.data!.a.managers.find((m: { username: string }) => m.username === 'gm_li');
    expect(li).toMatchObject({ displayName: '李网格员', role: 'GRID_MANAGER' });
    expect(li.scopes).toEqual([
      { kind: 'GRID', id: `Grid:${g1}` },
      { kind: 'GRID', id: `Grid:${g0}` },
    ]);
    const other = (r.data!.b.managers as { username: string }[]).map((m) => m.username);
    expect(other).toContain('gm_li');
    expect(other).not.toContain('gm_zhang');
  });

  it('shows them to planners and to administrators and managers in scope; null to the others', async () => {
    const [g0, g1] = ids.grids[0]!;
    const seen = async (u: (typeof as)[keyof typeof as]) => {
      const r = await api.exec(Q, { a: `Grid:${g0}`, b: `Grid:${g1}` }, u);
      expect(r.errors).toBeUndefined();
      return [r.data!.a.managers !== null, r.data!.b.managers !== null];
    };
    expect(await seen(as.planner)).toEqual([true, true]);
    expect(await seen(as.districtAdmin)).toEqual([true, true]);
    expect(await seen(as.subAdmin)).toEqual([true, true]);
    // as.manager's scope is the first grid only.
    expect(await seen(as.manager)).toEqual([true, false]);
    expect(await seen(as.otherSubAdmin)).toEqual([false, false]);
    expect(await seen(as.otherManager)).toEqual([false, false]);
    expect(await seen(as.otherDistrictAdmin)).toEqual([false, false]);
    expect(await seen(as.analyst)).toEqual([false, false]);
    const anonymous = await api.exec(Q, { a: `Grid:${g0}`, b: `Grid:${g1}` }, null);
    expect(codes(anonymous)).toContain('UNAUTHENTICATED');
  });
});
