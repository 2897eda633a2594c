import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';
import { testDatabase } from '../helpers/db.ts';
import { codes, createTestApi } from '../helpers/graphql.ts';
import {
  auditCount,
  demoIds,
  gridRow,
  rectPolygon,
  ring,
  UPDATE,
  usersFor,
  W,
  X0,
  Y0,
  type Ids,
} from './editing-fixtures.ts';
import { rows } from '../../server/src/db/rows.ts';

let database: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let ids: Ids;
let users: ReturnType<typeof usersFor>;

beforeAll(async () => {
  database = await testDatabase();
  await loadSmallDemo(database);
  api = await createTestApi(database);
  ids = await demoIds(database);
  users = usersFor(ids);
});
afterAll(async () => {
  await api.stop();
  await database.close();
});

const gid = (n: number) => `Grid:${n}`;
const reason = (r: { errors?: readonly any[] }) => r.errors?.[0]?.extensions?.reason;

describe('validation: each failure is BAD_USER_INPUT saying what and where; nothing is written', () => {
  // Grid 2 of subdistrict 3 (x 116.64..116.66, y 40.11..40.12); nothing else edits it.
  const target = () => ids.grids[2]![1]!;
  const sx = X0 + 2 * W;
  const cases: [string, unknown, string][] = [
    [
      'bow-tie polygon',
      {
        type: 'Polygon',
        coordinates: [
          [
            [sx, 40.11],
            [sx + W, 40.12],
            [sx + W, 40.11],
            [sx, 40.12],
            [sx, 40.11],
          ],
        ],
      },
      'INVALID_POLYGON',
    ],
    [
      'polygon outside the subdistrict',
      rectPolygon(sx + 0.005, 40.11, sx + W + 0.005, 40.12),
      'OUTSIDE_PARENT',
    ],
    ['overlap with a sibling', rectPolygon(sx, 40.105, sx + W, 40.12), 'OVERLAPS_SIBLING'],
    ['empty ring', { type: 'Polygon', coordinates: [[]] }, 'INVALID_GEOJSON'],
    ['empty polygon', { type: 'Polygon', coordinates: [] }, 'INVALID_GEOJSON'],
    [
      'unclosed ring',
      { type: 'Polygon', coordinates: [ring(sx, 40.11, sx + W, 40.12).slice(0, 4)] },
      'INVALID_GEOJSON',
    ],
    [
      'NaN coordinate',
      {
        type: 'Polygon',
        coordinates: [
          [
            [sx, 40.11],
            [NaN, 40.11],
            [sx + W, 40.12],
            [sx, 40.11],
          ],
        ],
      },
      'INVALID_GEOJSON',
    ],
    [
      'a point instead of a polygon',
      { type: 'Point', coordinates: [sx, 40.11] },
      'WRONG_GEOMETRY_TYPE',
    ],
    ['absurdly small', rectPolygon(sx + 0.001, 40.111, sx + 0.00105, 40.11105), 'TOO_SMALL'],
  ];
  for (const [name, boundary, why] of cases) {
    it(`refuses ${name} (${why})`, async () => {
      const before = await gridRow(database, target());
      const auditBefore = await auditCount(database);
      const r = await api.exec(UPDATE, { id: gid(target()), b: boundary, v: before!.version });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(reason(r)).toBe(why);
      expect(r.errors![0]!.extensions!.field).toMatch(/boundary|geometry/);
      if (why === 'INVALID_POLYGON' || why === 'OUTSIDE_PARENT' || why === 'OVERLAPS_SIBLING') {
        expect((r.errors![0]!.extensions!.where as any).type).toBe('Point');
      }
      expect(await gridRow(database, target())).toEqual(before);
      expect(await auditCount(database)).toBe(auditBefore);
    });
  }

  it('refuses 100k vertices before touching the database', async () => {
    const n = 100_000;
    const coords: number[][] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      coords.push([sx + W / 2 + 0.004 * Math.cos(a), 40.115 + 0.004 * Math.sin(a)]);
    }
    coords.push(coords[0]!);
    const queries = database.stats.queries;
    const r = await api.exec(UPDATE, {
      id: gid(target()),
      b: { type: 'Polygon', coordinates: [coords] },
      v: 1,
    });
    expect(reason(r)).toBe('TOO_MANY_VERTICES');
    expect(database.stats.queries).toBe(queries);
  });

  it('names the overlapped sibling', async () => {
    const r = await api.exec(UPDATE, {
      id: gid(target()),
      b: rectPolygon(sx, 40.105, sx + W, 40.12),
      v: 1,
    });
    expect((r.errors![0]!.extensions!.overlaps as any[])[0].gridId).toBe(gid(ids.grids[2]![0]!));
    expect(r.errors![0]!.message).toMatch(/仁和第1网格/);
  });
});

describe('saving a boundary', () => {
  it('accepts a shared edge within the tolerance, bumps the version and audits before/after', async () => {
    const g = ids.grids[1]![1]!;
    const sx = X0 + W;
    const r = await api.exec(
      UPDATE,
      { id: gid(g), b: rectPolygon(sx, 40.11 - 0.000005, sx + W, 40.12), v: 1 },
      users.otherManager.scopes === 'all'
        ? undefined
        : { ...users.subAdmin, scopes: [{ kind: 'subdistrict', id: ids.subs[1]! }] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateGridBoundary.grids[0].version).toBe(2);
    const [a] = await rows<{ actor: string; before: any; after: any }>(
      database.db,
      sql`SELECT actor, before, after FROM audit_log WHERE action = 'grid.boundary.update' AND entity_id = ${String(g)}`,
    );
    const parse = (v: any) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(parse(a!.before).version).toBe(1);
    expect(parse(a!.after).version).toBe(2);
    expect(parse(a!.after).boundary.type).toBe('MultiPolygon');
  });

  it('moves buildings and their organizations when a clipped neighbour loses them', async () => {
    // Subdistrict 1: grid A y 40.10..40.11, grid B y 40.11..40.12; B's buildings sit at y 40.115.
    const [a, b] = ids.grids[0]!;
    const r = await api.exec(
      UPDATE,
      { id: gid(a!), b: rectPolygon(X0, Y0, X0 + W, 40.117), v: 1, o: { clipNeighbours: true } },
      users.subAdmin,
    );
    expect(r.errors).toBeUndefined();
    const res = r.data!.updateGridBoundary;
    expect(res.clipped).toEqual([{ id: gid(b!), version: 2 }]);
    expect(res.moves).toHaveLength(2);
    for (const m of res.moves) {
      expect(m).toMatchObject({ fromGridId: gid(b!), toGridId: gid(a!) });
      expect(m.organizationIds).toHaveLength(5);
    }
    expect(res.movedOrganizationIds).toHaveLength(10);
    const [n] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*) AS n FROM organizations WHERE grid_id = ${a!}`,
    );
    expect(Number(n!.n)).toBe(20);
    const clippedB = await gridRow(database, b!);
    expect(
      clippedB!.boundary.coordinates[0][0].every((p: number[]) => p[1]! >= 40.117 - 1e-9),
    ).toBe(true);
  });

  it('refuses clipping a neighbour outside the scope (FORBIDDEN, nothing written)', async () => {
    const [a, b] = ids.grids[0]!;
    const before = [await gridRow(database, a!), await gridRow(database, b!)];
    const r = await api.exec(
      UPDATE,
      {
        id: gid(a!),
        b: rectPolygon(X0, Y0, X0 + W, 40.118),
        v: before[0]!.version,
        o: { clipNeighbours: true },
      },
      users.manager,
    );
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect([await gridRow(database, a!), await gridRow(database, b!)]).toEqual(before);
  });
});

describe('no lost update', () => {
  it('lets exactly one of two saves from the same version win; the other gets CONFLICT with who and what', async () => {
    const g = ids.grids[1]![0]!;
    const sx = X0 + W;
    const { version } = (await gridRow(database, g))!;
    const one = rectPolygon(sx, Y0, sx + W - 0.001, 40.11);
    const two = rectPolygon(sx + 0.001, Y0, sx + W, 40.11);
    // Both shrink the grid; its neighbour takes the land released (issue 13: no gap).
    const admin = {
      ...users.subAdmin,
      scopes: [{ kind: 'subdistrict' as const, id: ids.subs[1]! }],
    };
    const o = { clipNeighbours: true };
    const results = await Promise.all([
      api.exec(UPDATE, { id: gid(g), b: one, v: version, o }, admin),
      api.exec(UPDATE, { id: gid(g), b: two, v: version, o }, { ...admin, username: 'second' }),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(codes(lost[0]!)).toEqual(['CONFLICT']);
    const ext = lost[0]!.errors![0]!.extensions as any;
    expect(ext.currentVersion).toBe(version + 1);
    expect(ext.expectedVersion).toBe(version);
    expect(['subdistrict_admin-103', 'second']).toContain(ext.updatedBy);
    expect(ext.currentBoundary.type).toBe('MultiPolygon');
    const now = await gridRow(database, g);
    expect(now!.version).toBe(version + 1);
    const round = (b: any) =>
      JSON.stringify(b.coordinates, (_, v) => (typeof v === 'number' ? +v.toFixed(7) : v));
    expect(round(now!.boundary)).toEqual(round(won[0]!.data!.updateGridBoundary.grids[0].boundary));
    const [c] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*) AS n FROM audit_log WHERE action = 'grid.boundary.update' AND entity_id = ${String(g)}`,
    );
    expect(Number(c!.n)).toBe(1);
  });
});
