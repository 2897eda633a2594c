import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { insertUser } from '../../server/src/auth/users.sql.ts';
import { codes } from '../helpers/graphql.ts';
import { gridRow, rectPolygon, UPDATE, W, X0, Y0 } from './editing-fixtures.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

const env = useSmallDemoApi();

const gid = (n: number) => `Grid:${n}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const SPLIT = `mutation($id: ID!, $line: GeoJSON!, $v: Int!) {
  splitGrid(gridId: $id, line: $line, expectedVersion: $v, newName: "东片") {
    grids { id name version code subdistrict { id } }
    moves { building { id } fromGridId toGridId organizationIds } movedOrganizationIds } }`;
const MERGE = `mutation($a: ID!, $va: Int!, $b: ID!, $vb: Int!) {
  mergeGrids(gridId: $a, expectedVersion: $va, otherGridId: $b, otherExpectedVersion: $vb) {
    grids { id version } removedGridIds moves { fromGridId toGridId organizationIds } } }`;

describe('split and merge', () => {
  let newGrid = '';
  it('splits a grid by a line; the building east of the line moves with its organizations', async () => {
    const g = env.ids.grids[0]![0]!;
    await insertUser(env.database.db, {
      username: 'gm-split',
      displayName: 'x',
      role: 'grid_manager',
      password: 'password-1',
      scopes: [{ kind: 'grid', id: g }],
    });
    const line = {
      type: 'LineString',
      coordinates: [
        [X0 + 0.012, Y0 - 0.001],
        [X0 + 0.012, 40.111],
      ],
    };
    const r = await env.api.exec(SPLIT, { id: gid(g), line, v: 1 }, env.users.manager);
    expect(r.errors).toBeUndefined();
    const res = r.data!.splitGrid;
    expect(res.grids[0]).toMatchObject({ id: gid(g), version: 2 });
    expect(res.grids[1]).toMatchObject({ name: '东片', version: 1 });
    newGrid = res.grids[1].id;
    // Buildings of the grid sit at x0 + w/3 (west piece) and x0 + 2w/3 (east piece).
    expect(res.moves).toHaveLength(1);
    expect(res.moves[0]).toMatchObject({ fromGridId: gid(g), toGridId: newGrid });
    expect(res.moves[0].organizationIds).toHaveLength(5);
    const [o] = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*) AS n FROM organizations WHERE grid_id = ${Number(newGrid.split(':')[1])}`,
    );
    expect(Number(o!.n)).toBe(5);
    // Users who managed the split grid manage both pieces.
    const scoped = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*) AS n FROM user_scopes WHERE kind = 'grid' AND node_id = ${Number(newGrid.split(':')[1])}`,
    );
    expect(Number(scoped[0]!.n)).toBe(1);
  });

  it('refuses a line that does not cross the grid', async () => {
    const g = env.ids.grids[0]![0]!;
    const line = {
      type: 'LineString',
      coordinates: [
        [X0 + 0.012, Y0 + 0.001],
        [X0 + 0.012, Y0 + 0.002],
      ],
    };
    const r = await env.api.exec(SPLIT, { id: gid(g), line, v: 2 }, env.users.subAdmin);
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LINE_DOES_NOT_SPLIT',
    });
  });

  it("merges the pieces back; the removed grid's organizations return", async () => {
    const g = env.ids.grids[0]![0]!;
    const r = await env.api.exec(
      MERGE,
      { a: gid(g), va: 2, b: newGrid, vb: 1 },
      env.users.subAdmin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.mergeGrids.removedGridIds).toEqual([newGrid]);
    expect(r.data!.mergeGrids.moves[0].organizationIds).toHaveLength(5);
    const [o] = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*) AS n FROM organizations WHERE grid_id = ${g}`,
    );
    expect(Number(o!.n)).toBe(10);
    const [area] = await rows<{ a: number }>(
      env.database.db,
      sql`SELECT ST_Area(boundary::geography) AS a FROM grids WHERE id = ${g}`,
    );
    expect(Number(area!.a)).toBeGreaterThan(0.9 * 1700 * 1100);
  });

  it('refuses merging grids that do not touch', async () => {
    const a = env.ids.grids[2]![0]!;
    const b = env.ids.grids[1]![0]!;
    const r = await env.api.exec(MERGE, { a: gid(a), va: 1, b: gid(b), vb: 1 });
    expect(r.errors![0]!.extensions!.reason).toMatch(/NOT_SIBLINGS|NOT_ADJACENT/);
  });
});

describe('history', () => {
  it("answers a grid's boundary as of any date, lists its changes, and reverts one (audited)", async () => {
    const g = env.ids.grids[2]![0]!;
    const sx = X0 + 2 * W;
    const original = (await gridRow(env.database, g))!;
    // A moment strictly between what was saved before and what is saved after.
    const between = async () => {
      await sleep(30);
      const t = new Date();
      await sleep(30);
      return t;
    };
    // The east edge moved in by `inward` at version `v`; the grid above takes the land released
    // (issue 13: no gap); one audit group per save.
    const shrink = (inward: number, v: number) =>
      env.api.exec(
        UPDATE,
        {
          id: gid(g),
          b: rectPolygon(sx, Y0, sx + W - inward, 40.11),
          v,
          o: { clipNeighbours: true },
        },
        env.users.districtAdmin,
      );
    const t0 = await between();
    const first = await shrink(0.002, 1);
    expect(first.errors, JSON.stringify(first.errors)).toBeUndefined();
    const t1 = await between();
    const second = await shrink(0.004, 2);
    expect(second.errors).toBeUndefined();

    const q = `query($id: ID!, $t0: DateTime!, $t1: DateTime!, $t2: DateTime!) {
      grid(id: $id) { version a: boundaryAsOf(at: $t0) b: boundaryAsOf(at: $t1) c: boundaryAsOf(at: $t2)
        history { id action actor before after } }
      old: gridBoundaryAsOf(gridId: $id, at: "2000-01-01T00:00:00Z") }`;
    const h = await env.api.exec(
      q,
      { id: gid(g), t0: t0.toISOString(), t1: t1.toISOString(), t2: new Date().toISOString() },
      env.users.analyst,
    );
    expect(h.errors, JSON.stringify(h.errors)).toBeUndefined();
    const grid = h.data!.grid;
    const xmax = (b: any) => Math.max(...b.coordinates[0][0].map((p: number[]) => p[0]));
    expect(xmax(grid.a)).toBeCloseTo(sx + W, 7);
    expect(xmax(grid.b)).toBeCloseTo(sx + W - 0.002, 7);
    expect(xmax(grid.c)).toBeCloseTo(sx + W - 0.004, 7);
    expect(xmax(h.data!.old)).toBeCloseTo(xmax(original.boundary), 7);
    expect(grid.history.map((e: any) => e.action)).toEqual([
      'grid.boundary.update',
      'grid.boundary.update',
    ]);
    expect(grid.history[0].actor).toBe(env.users.districtAdmin.username);

    // Revert the first change: back to the original boundary, as a new audited change (the
    // neighbour it adjusted gets its boundary back in the same change).
    const firstEntry = grid.history[1].id;
    const rev = await env.api.exec(
      `mutation($a: ID!) { revertChange(auditId: $a) { grids { id version boundary } } }`,
      { a: firstEntry },
      env.users.subAdmin.scopes === 'all'
        ? undefined
        : { ...env.users.subAdmin, scopes: [{ kind: 'subdistrict', id: env.ids.subs[2]! }] },
    );
    expect(rev.errors).toBeUndefined();
    expect(rev.data!.revertChange.grids[0].version).toBe(4);
    expect(xmax(rev.data!.revertChange.grids[0].boundary)).toBeCloseTo(sx + W, 7);
    const log = await env.api.exec(
      `query($id: String!) { auditLog(filter: { entityType: "grid", entityId: $id }) { totalCount nodes { action note } } }`,
      { id: String(g) },
    );
    expect(log.data!.auditLog.totalCount).toBe(3);
    expect(log.data!.auditLog.nodes[0]).toMatchObject({
      action: 'grid.revert',
      note: expect.stringContaining(firstEntry),
    });
  });

  it('refuses reverting what cannot be reverted, and out-of-scope reverts', async () => {
    const [e] = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT id FROM audit_log WHERE action = 'grid.boundary.update' ORDER BY id LIMIT 1`,
    );
    const r = await env.api.exec(
      `mutation($a: ID!) { revertChange(auditId: $a) { grids { id } } }`,
      { a: `AuditEntry:${e!.id}` },
      env.users.otherSubAdmin,
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    const [b] = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT id FROM audit_log WHERE action = 'building.grid.reassign' ORDER BY id LIMIT 1`,
    );
    const nr = await env.api.exec(
      `mutation($a: ID!) { revertChange(auditId: $a) { grids { id } } }`,
      {
        a: `AuditEntry:${b!.id}`,
      },
    );
    expect(nr.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_REVERTIBLE',
    });
  });
});
