import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { matrixHelpers, num, type MatrixEnv, type MatrixOp } from './ledger-edit-matrix.ts';

/**
 * The matrix entries (auth-matrix.test.ts) of the service-center and workstation edits of issue
 * 16: community centers and workstations answer to the grid they lie in, so the target grid's
 * manager may change them. Each request sets up a fresh center or building first (as the system).
 */
let n = 0;

export function placeEditOps(env: MatrixEnv): Record<string, MatrixOp> {
  const { one, ok } = matrixHelpers(env);
  /** The closed place's row is gone. */
  const gone = async (table: string, gid: string) => {
    const row = await one(sql`SELECT id FROM ${sql.identifier(table)} WHERE id = ${num(gid)}`);
    expect(row).toBeUndefined();
  };
  /** An edit of a place made fresh for it: its id and version as $id and $v, then `more`. */
  const onFresh = (
    fresh: () => Promise<{ id: string; version: number }>,
    query: string,
    verify: MatrixOp['verify'],
    more = async (): Promise<Record<string, unknown>> => ({}),
  ): MatrixOp => ({
    managerInScope: true,
    request: async () => {
      const p = await fresh();
      return { query, variables: { id: p.id, v: p.version, ...(await more()) } };
    },
    verify,
  });
  /** A point inside the target grid, a new one per call. */
  const spot = async () => {
    const g = await one<{ x: number; y: number; w: number }>(
      sql`SELECT ST_XMin(boundary) AS x, ST_YMin(boundary) AS y,
            ST_XMax(boundary) - ST_XMin(boundary) AS w FROM grids WHERE id = ${env.grid()}`,
    );
    n++;
    return { lon: Number(g.x) + Number(g.w) * (0.05 + (n % 90) / 100), lat: Number(g.y) + 0.002 };
  };
  const freshCenter = async () => {
    const r = await env
      .api()
      .exec(
        `mutation($l: PointInput!, $n: String!) { createServiceCenter(input: { facts: { name: $n, level: COMMUNITY }, location: $l }) { serviceCenter { id version } } }`,
        { l: await spot(), n: `矩阵社区中心${++n}` },
      );
    ok(r);
    return r.data!.createServiceCenter.serviceCenter as { id: string; version: number };
  };
  /** A building of the target grid without a workstation (inserted directly: no API makes buildings). */
  const freshBuilding = async () => {
    const p = await spot();
    const b = await one<{ id: number }>(
      sql`INSERT INTO buildings (subdistrict_id, grid_id, code, name, kind, floors, location)
          SELECT subdistrict_id, id, ${`BM${++n}`}, ${`矩阵楼${n}`}, 'commercial_office', 5,
            ST_SetSRID(ST_MakePoint(${p.lon}, ${p.lat}), 4326)
          FROM grids WHERE id = ${env.grid()} RETURNING id`,
    );
    return `Building:${b.id}`;
  };
  const freshWorkstation = async () => {
    const r = await env
      .api()
      .exec(
        `mutation($b: ID!) { createWorkstation(input: { buildingId: $b, facts: { name: "矩阵工作站", staff: 2 } }) { workstation { id version } } }`,
        { b: await freshBuilding() },
      );
    ok(r);
    return r.data!.createWorkstation.workstation as { id: string; version: number };
  };
  const center = (id: string) =>
    one<{ n: number; radius: number; lon: number; version: number }>(
      sql`SELECT count(*) OVER () AS n, service_radius_m AS radius, ST_X(location) AS lon, version
          FROM service_centers WHERE id = ${num(id)}`,
    );
  const workstation = (id: string) =>
    one<{ staff: number; building_id: number }>(
      sql`SELECT staff, building_id FROM building_workstations WHERE id = ${num(id)}`,
    );

  return {
    createServiceCenter: {
      managerInScope: true,
      request: async () => ({
        query: `mutation($l: PointInput!, $n: String!) { createServiceCenter(input: { facts: { name: $n, level: COMMUNITY, serviceRadiusM: 300 }, location: $l }) { serviceCenter { id } } }`,
        variables: { l: await spot(), n: `矩阵新建中心${++n}` },
      }),
      verify: async (data, _b, v) => {
        const c = await center(data.createServiceCenter.serviceCenter.id);
        expect([Number(c.radius), Number(c.lon)]).toEqual([300, (v.l as any).lon]);
      },
    },
    updateServiceCenter: onFresh(
      freshCenter,
      `mutation($id: ID!, $v: Int!) { updateServiceCenter(id: $id, expectedVersion: $v, facts: { serviceRadiusM: 650 }) { version } }`,
      async (_d, _b, v) => {
        const c = await center(v.id as string);
        expect([Number(c.radius), Number(c.version)]).toEqual([650, (v.v as number) + 1]);
      },
    ),
    moveServiceCenter: onFresh(
      freshCenter,
      `mutation($id: ID!, $v: Int!, $l: PointInput!) { moveServiceCenter(id: $id, expectedVersion: $v, location: $l) { version } }`,
      async (_d, _b, v) =>
        expect(Number((await center(v.id as string)).lon)).toBeCloseTo((v.l as any).lon, 9),
      async () => ({ l: await spot() }),
    ),
    closeServiceCenter: onFresh(
      freshCenter,
      `mutation($id: ID!, $v: Int!) { closeServiceCenter(id: $id, expectedVersion: $v) { serviceCenter { id } } }`,
      async (data, _b, v) => {
        expect(data.closeServiceCenter.serviceCenter).toBeNull();
        await gone('service_centers', v.id as string);
      },
    ),
    createWorkstation: {
      managerInScope: true,
      request: async () => ({
        query: `mutation($b: ID!) { createWorkstation(input: { buildingId: $b, facts: { name: "矩阵新站", staff: 4 } }) { workstation { id } } }`,
        variables: { b: await freshBuilding() },
      }),
      verify: async (data, _b, v) => {
        const w = await workstation(data.createWorkstation.workstation.id);
        expect([Number(w.staff), Number(w.building_id)]).toEqual([4, num(v.b as string)]);
      },
    },
    updateWorkstation: onFresh(
      freshWorkstation,
      `mutation($id: ID!, $v: Int!) { updateWorkstation(id: $id, expectedVersion: $v, facts: { staff: 9 }) { version } }`,
      async (_d, _b, v) => expect(Number((await workstation(v.id as string)).staff)).toBe(9),
    ),
    moveWorkstation: onFresh(
      freshWorkstation,
      `mutation($id: ID!, $v: Int!, $b: ID!) { moveWorkstation(id: $id, expectedVersion: $v, buildingId: $b) { version } }`,
      async (_d, _b, v) =>
        expect(Number((await workstation(v.id as string)).building_id)).toBe(num(v.b as string)),
      async () => ({ b: await freshBuilding() }),
    ),
    closeWorkstation: onFresh(
      freshWorkstation,
      `mutation($id: ID!, $v: Int!) { closeWorkstation(id: $id, expectedVersion: $v) { workstation { id } } }`,
      async (_d, _b, v) => {
        await gone('building_workstations', v.id as string);
      },
    ),
  };
}
