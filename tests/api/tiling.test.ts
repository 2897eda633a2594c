import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { insertUser } from '../../server/src/auth/users.sql.ts';
import { rows } from '../../server/src/db/rows.ts';
import { codes, createTestApi } from '../helpers/graphql.ts';
import { testDatabase } from '../helpers/db.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';
import { auditCount, UPDATE } from './editing-fixtures.ts';
import { demoIds, usersFor } from '../helpers/demo-users.ts';
import {
  makeSubdistrict,
  rect,
  tilingProblems,
  versions,
  type Fixture,
  type P,
} from './tiling-fixtures.ts';

let database: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let users: ReturnType<typeof usersFor>;

beforeAll(async () => {
  database = await testDatabase();
  await loadSmallDemo(database);
  api = await createTestApi(database);
  users = usersFor(await demoIds(database));
});
afterAll(async () => {
  await api.stop();
  await database.close();
});

const gid = (n: number) => `Grid:${n}`;
const reason = (r: { errors?: readonly any[] }) => r.errors?.[0]?.extensions?.reason;

/** Three grids in a row; A|B and B|C share an edge with a middle vertex at y = 0.5. */
const ROW = {
  outline: rect(0, 0, 3, 1),
  grids: {
    A: [
      [
        [
          [0, 0],
          [1, 0],
          [1, 0.5],
          [1, 1],
          [0, 1],
        ] as P[],
      ],
    ],
    B: [
      [
        [
          [1, 0],
          [2, 0],
          [2, 0.5],
          [2, 1],
          [1, 1],
          [1, 0.5],
        ] as P[],
      ],
    ],
    C: [
      [
        [
          [2, 0],
          [3, 0],
          [3, 1],
          [2, 1],
          [2, 0.5],
        ] as P[],
      ],
    ],
  },
  buildings: { 甲楼: [0.5, 0.5] as P, 乙楼: [1.1, 0.5] as P, 丙楼: [2.5, 0.5] as P },
  orgsPerBuilding: 2,
};

const MOVE = `mutation($i: MoveSharedVertexInput!) { moveSharedVertex(input: $i) {
  changeId grids { id version } adjusted { id } moves { building { name } fromGridId toGridId organizationIds }
  movedOrganizationIds } }`;
const SAVE = `mutation($i: GridBoundariesInput!) { updateGridBoundaries(input: $i) {
  changeId grids { id version boundary } adjusted { id } moves { building { name } fromGridId toGridId } } }`;
const PREVIEW = `query($i: MoveSharedVertexInput!) { previewSharedVertexMove(input: $i) {
  ok refusal { code reason message } grids { grid { id name } explicit versionBefore areaBeforeM2 areaAfterM2 }
  neighbourGridIds buildingMoves { name fromGridId toGridId organizationCount }
  organizationMoves { name fromGridId toGridId } buildingCount organizationCount } }`;
const CHECK = `query($s: ID) { tilingViolations(subdistrictId: $s) { ok gapAreaM2 overlapAreaM2 toleranceM2
  violations { kind gridIds areaM2 where at } } }`;

const moveInput = (f: Fixture, from: P, to: P, v: Record<number, number>) => ({
  subdistrictId: `Subdistrict:${f.subdistrictId}`,
  from: f.at(from),
  to: f.at(to),
  expectedVersions: Object.entries(v).map(([id, version]) => ({
    gridId: gid(Number(id)),
    expectedVersion: version,
  })),
});
/** The move most cases make: the shared vertex at (1, 0.5) to (1.2, 0.5). */
const moveSharedVertex = (f: Fixture, v: Record<number, number>) =>
  moveInput(f, [1, 0.5], [1.2, 0.5], v);

async function expectTiles(f: Fixture) {
  const p = await tilingProblems(database, f.subdistrictId);
  expect(p.violations).toEqual([]);
  expect(p.misplaced).toEqual([]);
}

/** A fresh ROW subdistrict, the ids of the named grids and their versions now. */
async function freshRow<K extends string>(...names: K[]) {
  const f = await makeSubdistrict(database, ROW);
  const ids = Object.fromEntries(names.map((n) => [n, f.grid[n]!])) as Record<K, number>;
  return { f, ...ids, v0: await versions(database, Object.values(ids)) };
}

describe('moving a shared vertex (issue 13)', () => {
  it('changes exactly the two grids sharing it, moves the building across, one audit group, revertible as one', async () => {
    const { f, A, B, C, v0 } = await freshRow('A', 'B', 'C');
    await expectTiles(f);
    const r = await api.exec(MOVE, { i: moveSharedVertex(f, v0) }, users.districtAdmin);
    expect(r.errors).toBeUndefined();
    const res = r.data!.moveSharedVertex;
    expect(res.grids.map((g: any) => g.id).sort()).toEqual([gid(A!), gid(B!)].sort());
    expect(res.adjusted).toEqual([]);
    expect(await versions(database, [A!, B!, C!])).toEqual({
      [A!]: v0[A!]! + 1,
      [B!]: v0[B!]! + 1,
      [C!]: v0[C!],
    });
    expect(res.moves).toEqual([
      {
        building: { name: '乙楼' },
        fromGridId: gid(B!),
        toGridId: gid(A!),
        organizationIds: expect.any(Array),
      },
    ]);
    expect(res.movedOrganizationIds).toHaveLength(2);
    await expectTiles(f);
    const group = await rows<{ id: number; action: string; change_id: string }>(
      database.db,
      sql`SELECT id, action, change_id FROM audit_log WHERE change_id = ${res.changeId} ORDER BY id`,
    );
    expect(group.filter((g) => g.action === 'grid.boundary.update')).toHaveLength(2);
    expect(group.filter((g) => g.action === 'building.grid.reassign')).toHaveLength(1);
    expect(group.filter((g) => g.action === 'organization.grid.reassign')).toHaveLength(2);

    const rev = await api.exec(
      `mutation($id: ID!) { revertChange(auditId: $id) { changeId grids { id } moves { building { name } } } }`,
      { id: `AuditEntry:${group[0]!.id}` },
      users.districtAdmin,
    );
    expect(rev.errors).toBeUndefined();
    expect(rev.data!.revertChange.grids.map((g: any) => g.id).sort()).toEqual(
      [gid(A!), gid(B!)].sort(),
    );
    expect(rev.data!.revertChange.moves).toEqual([{ building: { name: '乙楼' } }]);
    await expectTiles(f);
    const [back] = await rows<{ b: number }>(
      database.db,
      sql`SELECT grid_id AS b FROM buildings WHERE id = ${f.building['乙楼']!}`,
    );
    expect(Number(back!.b)).toBe(B);
  });

  it('previews the move without writing: the grids, the building and organizations with names', async () => {
    const { f, A, B, C, v0 } = await freshRow('A', 'B', 'C');
    const audits = await auditCount(database);
    const r = await api.exec(PREVIEW, { i: moveSharedVertex(f, v0) }, users.districtAdmin);
    expect(r.errors).toBeUndefined();
    const p = r.data!.previewSharedVertexMove;
    expect(p.ok).toBe(true);
    expect(p.grids.map((g: any) => g.grid.name).sort()).toEqual(['A', 'B']);
    const a = p.grids.find((g: any) => g.grid.name === 'A');
    expect(a.areaAfterM2).toBeGreaterThan(a.areaBeforeM2);
    expect(p.buildingMoves).toEqual([
      { name: '乙楼', fromGridId: gid(B!), toGridId: gid(A!), organizationCount: 2 },
    ]);
    expect(p.organizationMoves.map((o: any) => o.name).sort()).toEqual(['乙楼公司1', '乙楼公司2']);
    expect([p.buildingCount, p.organizationCount]).toEqual([1, 2]);
    expect(await versions(database, [A!, B!, C!])).toEqual(v0);
    expect(await auditCount(database)).toBe(audits);

    const refused = await api.exec(PREVIEW, { i: moveSharedVertex(f, v0) }, users.manager);
    expect(refused.data!.previewSharedVertexMove.refusal.code).toBe('FORBIDDEN');
  });

  it('refuses a manager holding only one of the two grids, naming the other; nothing written', async () => {
    const f = await makeSubdistrict(database, ROW);
    const { A, B } = f.grid as Record<string, number>;
    const manager = { ...users.manager, scopes: [{ kind: 'grid' as const, id: A! }] };
    // The people who could make the save: B's manager, the subdistrict's administrator.
    await database.db.transaction(async (tx) => {
      const pw = 'tiling-who-can-pw-1';
      await insertUser(tx, {
        username: `gm_b_${B}`,
        displayName: '乙网格长',
        role: 'grid_manager',
        password: pw,
        scopes: [{ kind: 'grid', id: B! }],
      });
      await insertUser(tx, {
        username: `sub_${f.subdistrictId}`,
        displayName: '街道管理员丙',
        role: 'subdistrict_admin',
        password: pw,
        scopes: [{ kind: 'subdistrict', id: f.subdistrictId }],
      });
    });
    const v0 = await versions(database, [A!, B!]);
    const audits = await auditCount(database);
    const r = await api.exec(MOVE, { i: moveSharedVertex(f, v0) }, manager);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(r.errors![0]!.extensions!.reason).toBe('OUT_OF_SCOPE');
    expect(r.errors![0]!.extensions!.gridIds).toEqual([gid(B!)]);
    expect(r.errors![0]!.message).toMatch(/B \(Grid:/);
    const whoCan = {
      managers: [{ gridId: gid(B!), gridName: 'B', names: ['乙网格长'] }],
      administrators: ['街道管理员丙'],
    };
    expect(r.errors![0]!.extensions!.whoCan).toEqual(whoCan);
    expect(r.errors![0]!.message).toContain(
      'Who can: B is managed by 乙网格长; the subdistrict administrator 街道管理员丙 may change all of them in one save.',
    );
    // The preview (what the browser shows before saving) carries the same, as data.
    const p = await api.exec(
      `query($i: MoveSharedVertexInput!) { previewSharedVertexMove(input: $i) { ok refusal {
        code reason gridIds whoCan { managers { gridId gridName names } administrators } } } }`,
      { i: moveSharedVertex(f, v0) },
      manager,
    );
    expect(p.data!.previewSharedVertexMove).toEqual({
      ok: false,
      refusal: { code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE', gridIds: [gid(B!)], whoCan },
    });
    // Saving A alone with ADJUST would change B too: the same refusal.
    const a = f.polygon([
      [
        [
          [0, 0],
          [1, 0],
          [1.2, 0.5],
          [1, 1],
          [0, 1],
        ],
      ],
    ]);
    const s = await api.exec(
      SAVE,
      { i: { changes: [{ gridId: gid(A!), expectedVersion: v0[A!], boundary: a }] } },
      manager,
    );
    expect(codes(s)).toEqual(['FORBIDDEN']);
    expect(s.errors![0]!.extensions!.gridIds).toEqual([gid(B!)]);
    expect(await versions(database, [A!, B!])).toEqual(v0);
    expect(await auditCount(database)).toBe(audits);
  });
});

/** A polygon of one ring through these points (closed automatically). */
const oneRing = (f: Fixture, ...ring: P[]) => f.polygon([[ring]]);

describe('the invariant on every save', () => {
  it('one stale version fails the whole save with CONFLICT; nothing written', async () => {
    const { f, A, B, v0 } = await freshRow('A', 'B');
    const audits = await auditCount(database);
    const r = await api.exec(SAVE, {
      i: {
        neighbours: 'EXACT',
        changes: [
          {
            gridId: gid(A!),
            expectedVersion: v0[A!],
            boundary: f.polygon([
              [
                [
                  [0, 0],
                  [1, 0],
                  [1.2, 0.5],
                  [1, 1],
                  [0, 1],
                ],
              ],
            ]),
          },
          {
            gridId: gid(B!),
            expectedVersion: v0[B!]! + 5,
            boundary: f.polygon([
              [
                [
                  [1, 0],
                  [2, 0],
                  [2, 0.5],
                  [2, 1],
                  [1, 1],
                  [1.2, 0.5],
                ],
              ],
            ]),
          },
        ],
      },
    });
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0]!.extensions!.gridId).toBe(gid(B!));
    expect(await versions(database, [A!, B!])).toEqual(v0);
    expect(await auditCount(database)).toBe(audits);
  });

  it('refuses dragging a shared vertex inward in one grid only (the sliver of the issue), with where; ADJUST gives the land to the neighbour', async () => {
    const { f, A, B, v0 } = await freshRow('A', 'B');
    const inward = oneRing(f, [0, 0], [1, 0], [0.8, 0.5], [1, 1], [0, 1]);
    const r = await api.exec(UPDATE, { id: gid(A!), b: inward, v: v0[A!] });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(reason(r)).toBe('TILING_GAP');
    const ext = r.errors![0]!.extensions as any;
    expect(ext.where.type).toBe('Polygon');
    expect(ext.at.type).toBe('Point');
    expect(ext.areaM2).toBeGreaterThan(1000);
    expect(await versions(database, [A!, B!])).toEqual(v0);

    const preview = await api.exec(
      `query($i: GridBoundariesInput!) { previewGridEdit(input: $i) { ok refusal { code reason where
        violations { kind areaM2 where grids { name } } } } }`,
      {
        i: {
          neighbours: 'EXACT',
          changes: [{ gridId: gid(A!), expectedVersion: v0[A!], boundary: inward }],
        },
      },
    );
    expect(preview.errors).toBeUndefined();
    const refusal = preview.data!.previewGridEdit.refusal;
    expect(preview.data!.previewGridEdit.ok).toBe(false);
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TILING_GAP' });
    expect(refusal.where.type).toBe('Polygon');
    expect(refusal.violations[0].kind).toBe('GAP');
    expect(refusal.violations[0].grids.map((g: any) => g.name).sort()).toEqual(['A', 'B']);

    const s = await api.exec(SAVE, {
      i: { changes: [{ gridId: gid(A!), expectedVersion: v0[A!], boundary: inward }] },
    });
    expect(s.errors).toBeUndefined();
    expect(s.data!.updateGridBoundaries.adjusted).toEqual([{ id: gid(B!) }]);
    await expectTiles(f);
  });

  it('refuses moving the outline inward even with ADJUST: land touching a neighbour only at a corner goes to nobody', async () => {
    const { f, A, B, v0 } = await freshRow('A', 'B');
    // A's outline corner (0, 1) inward: the land given up touches B at the point (1, 1) only.
    const inward = oneRing(f, [0, 0], [1, 0], [1, 0.5], [1, 1], [0.2, 0.8]);
    const s = await api.exec(SAVE, {
      i: { changes: [{ gridId: gid(A!), expectedVersion: v0[A!], boundary: inward }] },
    });
    expect(codes(s)).toEqual(['BAD_USER_INPUT']);
    expect(reason(s)).toBe('TILING_GAP');
    expect(await versions(database, [A!, B!])).toEqual(v0);
    await expectTiles(f);
  });

  it('keeps every part of a multi-part grid; saving only its first part is refused as a gap', async () => {
    // A = west square + an exclave in the north-east; C = the south-east square.
    const f = await makeSubdistrict(database, {
      outline: rect(0, 0, 4, 1),
      grids: {
        A: [[rect(0, 0, 1, 1)], [rect(3, 0.5, 4, 1)]],
        B: [
          [
            [
              [1, 0],
              [3, 0],
              [3, 0.5],
              [3, 1],
              [1, 1],
            ],
          ],
        ],
        C: [[rect(3, 0, 4, 0.5)]],
      },
      buildings: { 飞地楼: [3.5, 0.55] },
    });
    const { A, C } = f.grid as Record<string, number>;
    await expectTiles(f);
    const v0 = await versions(database, [A!, C!]);
    const both = f.polygon([[rect(0, 0, 1, 1)], [rect(3, 0.6, 4, 1)]]);
    const r = await api.exec(SAVE, {
      i: { changes: [{ gridId: gid(A!), expectedVersion: v0[A!], boundary: both }] },
    });
    expect(r.errors).toBeUndefined();
    const a = r.data!.updateGridBoundaries.grids.find((g: any) => g.id === gid(A!));
    expect(a.boundary.type).toBe('MultiPolygon');
    expect(a.boundary.coordinates).toHaveLength(2);
    expect(r.data!.updateGridBoundaries.adjusted).toEqual([{ id: gid(C!) }]);
    expect(r.data!.updateGridBoundaries.moves).toEqual([
      { building: { name: '飞地楼' }, fromGridId: gid(A!), toGridId: gid(C!) },
    ]);
    await expectTiles(f);

    const firstOnly = f.polygon([[rect(0, 0, 1, 1)]]);
    const lost = await api.exec(UPDATE, { id: gid(A!), b: firstOnly, v: v0[A!]! + 1 });
    expect(reason(lost)).toBe('TILING_GAP');
    await expectTiles(f);
  });

  it('split and merge keep the tiling', async () => {
    const f = await makeSubdistrict(database, ROW);
    const { C } = f.grid as Record<string, number>;
    const line = { type: 'LineString', coordinates: [f.at([2.6, -0.2]), f.at([2.6, 1.2])] };
    const s = await api.exec(
      `mutation($id: ID!, $l: GeoJSON!) { splitGrid(gridId: $id, line: $l, expectedVersion: 1, newName: "C2") { grids { id version } } }`,
      { id: gid(C!), l: line },
    );
    expect(s.errors).toBeUndefined();
    await expectTiles(f);
    const [keep, made] = s.data!.splitGrid.grids;
    const m = await api.exec(
      `mutation($a: ID!, $b: ID!, $va: Int!, $vb: Int!) { mergeGrids(gridId: $a, expectedVersion: $va, otherGridId: $b, otherExpectedVersion: $vb) { removedGridIds } }`,
      { a: keep.id, va: keep.version, b: made.id, vb: made.version },
    );
    expect(m.errors).toBeUndefined();
    await expectTiles(f);
  });
});

describe('creating a grid', () => {
  it('keeps the tiling: an overlap is refused, or the neighbours give the land up (clipNeighbours)', async () => {
    const f = await makeSubdistrict(database, ROW);
    const { A, B } = f.grid as Record<string, number>;
    const CREATE = `mutation($s: ID!, $b: GeoJSON!, $o: EditOptions) {
      createGrid(input: { subdistrictId: $s, name: "新网格", boundary: $b }, options: $o) {
        grids { id } clipped { id } } }`;
    // Across the A|B edge, inside the subdistrict.
    const b = f.polygon([[rect(0.7, 0.2, 1.3, 0.8)]]);
    const vars = { s: `Subdistrict:${f.subdistrictId}`, b };
    const refused = await api.exec(CREATE, vars);
    expect(reason(refused)).toBe('OVERLAPS_SIBLING');
    await expectTiles(f);
    const made = await api.exec(CREATE, { ...vars, o: { clipNeighbours: true } });
    expect(made.errors).toBeUndefined();
    expect(made.data!.createGrid.clipped.map((g: any) => g.id).sort()).toEqual(
      [gid(A!), gid(B!)].sort(),
    );
    await expectTiles(f);
  });
});

describe('tiling check of existing data', () => {
  it('lists a gap with where for administrators, refuses managers', async () => {
    const f = await makeSubdistrict(database, ROW);
    const ok = await api.exec(CHECK, { s: `Subdistrict:${f.subdistrictId}` }, users.districtAdmin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.tilingViolations[0]).toMatchObject({
      ok: true,
      violations: [],
      toleranceM2: 1,
    });
    await rows(
      database.db,
      sql`UPDATE grids SET boundary = ST_Multi(ST_Difference(boundary, ST_Buffer(ST_Centroid(boundary), 0.001)))
          WHERE id = ${f.grid.C!}`,
    );
    const bad = await api.exec(CHECK, { s: `Subdistrict:${f.subdistrictId}` }, users.districtAdmin);
    const report = bad.data!.tilingViolations[0];
    expect(report.ok).toBe(false);
    expect(report.violations[0]).toMatchObject({ kind: 'GAP', gridIds: [gid(f.grid.C!)] });
    expect(report.violations[0].where.type).toBe('Polygon');
    expect(report.gapAreaM2).toBeGreaterThan(10_000);
    const all = await api.exec(CHECK, {}, users.districtAdmin);
    expect(all.data!.tilingViolations.map((t: any) => t.ok)).not.toContain(true);
    const refused = await api.exec(CHECK, { s: `Subdistrict:${f.subdistrictId}` }, users.manager);
    expect(codes(refused)).toEqual(['FORBIDDEN']);
  });

  it('the small demo tiles its subdistricts', async () => {
    const { subs } = await demoIds(database);
    // The small demo's three subdistricts (the fixtures above add their own).
    for (const s of subs.slice(0, 3)) {
      const r = await api.exec(CHECK, { s: `Subdistrict:${s}` }, users.districtAdmin);
      expect(r.data!.tilingViolations[0]).toMatchObject({ ok: true, violations: [] });
    }
  });
});
