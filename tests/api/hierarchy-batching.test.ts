import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_USER } from '../../server/src/auth/guards.ts';
import type { Database } from '../../server/src/db/client.ts';
import { loadSmallDemo, SMALL_DEMO } from '../helpers/small-demo.ts';
import { createContext } from '../../server/src/graphql/context.ts';
import type { OrgPage, OrgPageKey } from '../../server/src/orgs/orgs.loaders.ts';
import { testDatabase } from '../helpers/db.ts';
import { codes, createTestApi } from '../helpers/graphql.ts';
import { rows } from '../../server/src/db/rows.ts';
import { toCursor } from '../../server/src/graphql/ids.ts';

/**
 * Issue 14, "correct first": batches past the driver's 65,534-parameter limit, errors that must
 * not turn into empty lists, paged child lists, and geometry read only when a query asks for it.
 */
let database: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;

/**
 * A synthetic grid with 140 buildings of 500 organizations each: 70,000 keys in one batch.
 * (500 per page keeps the query under the armor's cost limit.)
 */
const BIG = { buildings: 140, orgsPerBuilding: 500 };
let bigGridId: number;

beforeAll(async () => {
  database = await testDatabase();
  await loadSmallDemo(database);
  const [g] = await rows<{ id: number; sub: number; district: number }>(
    database.db,
    sql`SELECT g.id, g.subdistrict_id AS sub, s.district_id AS district
        FROM grids g JOIN subdistricts s ON s.id = g.subdistrict_id ORDER BY g.id LIMIT 1`,
  );
  const [big] = await rows<{ id: number }>(
    database.db,
    sql`INSERT INTO grids (subdistrict_id, code, name, kind)
        VALUES (${g!.sub}, 'BIG-GRID', '大网格', 'basic') RETURNING id`,
  );
  bigGridId = Number(big!.id);
  await database.db.execute(
    sql`INSERT INTO buildings (subdistrict_id, grid_id, name, location)
        SELECT ${g!.sub}, ${bigGridId}, 'B' || i, ST_SetSRID(ST_MakePoint(116.6 + i * 1e-4, 40.1), 4326)
        FROM generate_series(1, ${BIG.buildings}) i`,
  );
  await database.db.execute(
    sql`INSERT INTO organizations (name, category, sub_kind, district_id, subdistrict_id, grid_id, building_id)
        SELECT 'O' || b.id || '-' || i, 'new_economic', 'non_public_enterprise', ${g!.district},
               b.subdistrict_id, b.grid_id, b.id
        FROM buildings b CROSS JOIN generate_series(1, ${BIG.orgsPerBuilding}) i
        WHERE b.grid_id = ${bigGridId}`,
  );
  await database.db.execute(sql`ANALYZE organizations`);
  api = await createTestApi(database);
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await database?.close();
});

describe('batches past the driver parameter limit', () => {
  it('loads 70,000 organizations of 140 buildings in one batch, every row right', async () => {
    database.stats.queries = 0;
    const r = await api.exec(
      `query($id: ID!) { grid(id: $id) { buildings { id
        organizations(first: 500) { totalCount nodes { id name } } } } }`,
      { id: `Grid:${bigGridId}` },
    );
    const statements = database.stats.queries;
    expect(r.errors).toBeUndefined();
    const buildings = r.data!.grid.buildings as any[];
    expect(buildings).toHaveLength(BIG.buildings);
    const expected = await rows<{ building_id: number; id: number; name: string }>(
      database.db,
      sql`SELECT building_id, id, name FROM organizations WHERE grid_id = ${bigGridId} ORDER BY building_id, id`,
    );
    expect(expected).toHaveLength(BIG.buildings * BIG.orgsPerBuilding);
    let total = 0;
    for (const b of buildings) {
      const want = expected.filter((e) => `Building:${e.building_id}` === b.id);
      expect(b.organizations.totalCount).toBe(BIG.orgsPerBuilding);
      expect(b.organizations.nodes).toHaveLength(BIG.orgsPerBuilding);
      expect(b.organizations.nodes.map((n: any) => n.id)).toEqual(
        want.map((e) => `Organization:${e.id}`),
      );
      expect(b.organizations.nodes[0].name).toBe(want[0]!.name);
      total += b.organizations.nodes.length;
    }
    expect(total).toBe(70_000);
    // grid, buildings, organization pages with their rows: one statement per level
    expect(statements).toBe(3);
  });

  it('pages the next organizations of all 140 buildings after a cursor', async () => {
    const first = await api.exec(
      `query($id: ID!) { grid(id: $id) { buildings { organizations(first: 300) { pageInfo { endCursor hasNextPage } } } } }`,
      { id: `Grid:${bigGridId}` },
    );
    expect(first.errors).toBeUndefined();
    const b0 = first.data!.grid.buildings[0].organizations.pageInfo;
    expect(b0.hasNextPage).toBe(true);
    const next = await api.exec(
      `query($id: ID!, $after: String) { grid(id: $id) { buildings(first: 1) {
        organizations(first: 500, after: $after) { totalCount nodes { id } } } } }`,
      { id: `Grid:${bigGridId}`, after: b0.endCursor },
    );
    expect(next.errors).toBeUndefined();
    const org = next.data!.grid.buildings[0].organizations;
    expect(org.totalCount).toBe(BIG.orgsPerBuilding);
    expect(org.nodes).toHaveLength(BIG.orgsPerBuilding - 300);
  });
});

describe('errors are never empty lists', () => {
  it('a failing organization batch is a GraphQL error, not empty nodes', async () => {
    const failing = () => {
      const ctx = createContext(database, SYSTEM_USER);
      // A real database error inside the batch: the statement names a table that does not exist.
      // (The loader class comes from the server's own loader: tests do not depend on dataloader.)
      type Loader = typeof ctx.loaders.orgConnection;
      const Loader = ctx.loaders.orgConnection.constructor as new (
        batch: (keys: readonly OrgPageKey[]) => Promise<OrgPage[]>,
      ) => Loader;
      ctx.loaders.orgConnection = new Loader(async () => {
        await rows(database.db, sql`SELECT * FROM no_such_table_issue_14`);
        return [];
      });
      return ctx;
    };
    const broken = await createTestApi(database, failing);
    try {
      const r = await broken.exec(
        `{ district(code: "110113") { subdistricts { grids { buildings {
          organizations(first: 3) { totalCount nodes { name } } } } } } }`,
      );
      expect(codes(r)).toContain('INTERNAL_SERVER_ERROR');
      expect(r.errors![0]!.path).toEqual(
        expect.arrayContaining(['district', 'subdistricts', 'grids', 'buildings']),
      );
      // Non-null connections propagate the error up: no list comes back looking empty.
      const subs = r.data?.district?.subdistricts;
      expect(subs == null || JSON.stringify(subs).includes('"nodes":[]') === false).toBe(true);
      expect(r.data?.district ?? null).toBeNull();
    } finally {
      await broken.stop();
    }
  });
});

describe('child lists take first / after', () => {
  const S = SMALL_DEMO;
  it('keeps the first N buildings of every grid in one statement, then pages on', async () => {
    database.stats.queries = 0;
    const r = await api.exec(`{ district(code: "110113") { subdistricts(first: 2) { grids {
      id firstOne: buildings(first: 1) { id } all: buildings { id } } } } }`);
    expect(r.errors).toBeUndefined();
    const subs = r.data!.district.subdistricts as any[];
    expect(subs).toHaveLength(2);
    const grids = subs.flatMap((s) => s.grids).filter((g: any) => g.id !== `Grid:${bigGridId}`);
    expect(grids).toHaveLength(2 * S.gridsPerSubdistrict);
    for (const g of grids) {
      expect(g.all).toHaveLength(S.buildingsPerGrid);
      expect(g.firstOne).toEqual([g.all[0]]);
    }
    // district, subdistricts, grids, first buildings, all buildings
    expect(database.stats.queries).toBeLessThanOrEqual(5);

    const g = grids[0];
    const after = await api.exec(
      `query($id: ID!, $after: ID) { grid(id: $id) { buildings(first: 10, after: $after) { id } } }`,
      { id: g.id, after: g.all[0].id },
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.grid.buildings).toEqual(g.all.slice(1));

    const big = await api.exec(
      `query($id: ID!) { grid(id: $id) { buildings(first: 20) { name } } }`,
      { id: `Grid:${bigGridId}` },
    );
    expect(big.data!.grid.buildings.map((b: any) => b.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `B${i + 1}`),
    );
  });

  it('pages the district lists: party organizations, instructors, service centers', async () => {
    const all = await api.exec(`{ district(code: "110113") {
      partyOrganizations { id isJoint } joint: partyOrganizations(jointOnly: true) { id }
      instructors { id } serviceCenters { id level } } }`);
    expect(all.errors).toBeUndefined();
    const d = all.data!.district;
    expect(d.partyOrganizations).toHaveLength(2);
    expect(d.serviceCenters).toHaveLength(3);
    const paged = await api.exec(
      `query($po: ID, $sc: ID) { district(code: "110113") {
        partyOrganizations(first: 1) { id } rest: partyOrganizations(after: $po) { id }
        joint: partyOrganizations(jointOnly: true, first: 5) { id }
        instructors(first: 0) { id } serviceCenters(first: 1, after: $sc) { id } } }`,
      { po: d.partyOrganizations[0].id, sc: d.serviceCenters[0].id },
    );
    expect(paged.errors).toBeUndefined();
    const p = paged.data!.district;
    expect(p.partyOrganizations).toEqual([{ id: d.partyOrganizations[0].id }]);
    expect(p.rest).toEqual([{ id: d.partyOrganizations[1].id }]);
    expect(p.joint).toEqual(d.joint);
    expect(d.joint).toEqual(
      d.partyOrganizations.filter((x: any) => x.isJoint).map((x: any) => ({ id: x.id })),
    );
    expect(p.instructors).toEqual([]);
    expect(p.serviceCenters).toEqual([{ id: d.serviceCenters[1].id }]);
  });

  it('answers the top-level organizations in one statement, counting only when asked', async () => {
    const [b] = await rows<{ lon: number; lat: number; n: number }>(
      database.db,
      sql`SELECT ST_X(b.location) AS lon, ST_Y(b.location) AS lat,
            (SELECT count(*)::int FROM organizations WHERE grid_id = ${bigGridId}) AS n
          FROM buildings b WHERE b.grid_id = ${bigGridId} ORDER BY b.id LIMIT 1`,
    );
    const q = `query($f: OrganizationFilter, $after: String) {
      organizations(first: 7, filter: $f, after: $after) {
        totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`;
    const f = { gridId: `Grid:${bigGridId}` };
    database.stats.queries = 0;
    const one = await api.exec(q, { f });
    expect(one.errors).toBeUndefined();
    expect(database.stats.queries).toBe(1);
    const c = one.data!.organizations;
    expect(c.totalCount).toBe(Number(b!.n));
    expect(c.nodes).toHaveLength(7);
    expect(c.pageInfo.hasNextPage).toBe(true);
    // After the last row: no nodes, and still the count of every match.
    const [last] = await rows<{ id: number }>(
      database.db,
      sql`SELECT max(id)::int AS id FROM organizations WHERE grid_id = ${bigGridId}`,
    );
    const lastCursor = toCursor(last!.id);
    const end = await api.exec(q, { f, after: lastCursor });
    expect(end.errors).toBeUndefined();
    expect(end.data!.organizations).toMatchObject({
      totalCount: Number(b!.n),
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
    // Not asked: no count at all, the same page.
    const page = await api.exec(
      `query($f: OrganizationFilter) {
      organizations(first: 7, filter: $f) { nodes { id name } } }`,
      { f },
    );
    expect(page.data!.organizations.nodes).toEqual(c.nodes);
    // "Within 500 m": the count equals PostGIS's own.
    const near = { near: { lon: Number(b!.lon), lat: Number(b!.lat), meters: 500 } };
    const n = await api.exec(
      `query($f: OrganizationFilter) {
      organizations(first: 3, filter: $f) { totalCount } }`,
      { f: near },
    );
    const [truth] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM organizations WHERE ST_DWithin(location::geography,
          ST_SetSRID(ST_MakePoint(${Number(b!.lon)}, ${Number(b!.lat)}), 4326)::geography, 500)`,
    );
    expect(n.data!.organizations.totalCount).toBe(truth!.n);
  });

  it('rejects a bad first or after with BAD_USER_INPUT', async () => {
    const tooMany = await api.exec(
      `{ district(code: "110113") { subdistricts(first: 1001) { id } } }`,
    );
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors![0]!.extensions).toMatchObject({
      field: 'first',
      reason: 'OUT_OF_RANGE',
    });
    const negative = await api.exec(
      `query($id: ID!) { grid(id: $id) { buildings(first: -1) { id } } }`,
      { id: `Grid:${bigGridId}` },
    );
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    const wrongType = await api.exec(
      `query($id: ID!) { grid(id: $id) { buildings(after: "Grid:1") { id } } }`,
      { id: `Grid:${bigGridId}` },
    );
    expect(wrongType.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
      reason: 'WRONG_ID_TYPE',
    });
  });
});

describe('geometry only when asked', () => {
  it('loads rows without geometry, and serves it from PostGIS when a query asks', async () => {
    const ctx = createContext(database, SYSTEM_USER);
    const [b] = await rows<{ id: number; x: number; y: number }>(
      database.db,
      sql`SELECT id, ST_X(location) x, ST_Y(location) y FROM buildings
          WHERE grid_id = ${bigGridId} ORDER BY id LIMIT 1`,
    );
    const row = await ctx.loaders.building.load(Number(b!.id));
    expect(row).toMatchObject({ id: Number(b!.id), name: 'B1' });
    expect(row).not.toHaveProperty('location');
    expect(row).not.toHaveProperty('footprint');
    const district = await ctx.loaders.district.load(1);
    expect(district).not.toHaveProperty('boundary');

    database.stats.queries = 0;
    const noGeometry = await api.exec(
      `query($id: ID!) { grid(id: $id) { name buildings { name } } }`,
      { id: `Grid:${bigGridId}` },
    );
    expect(noGeometry.errors).toBeUndefined();
    const withoutGeometry = database.stats.queries;
    database.stats.queries = 0;
    const withGeometry = await api.exec(
      `query($id: ID!) { grid(id: $id) { name boundary buildings { name location footprint } } }`,
      { id: `Grid:${bigGridId}` },
    );
    expect(withGeometry.errors).toBeUndefined();
    // one statement per geometry column asked, whatever the number of rows
    expect(database.stats.queries).toBe(withoutGeometry + 3);
    const first = withGeometry.data!.grid.buildings[0];
    expect(first.location).toEqual({ type: 'Point', coordinates: [Number(b!.x), Number(b!.y)] });
    expect(first.footprint).toBeNull();
    expect(withGeometry.data!.grid.boundary).toBeNull();

    const d = await api.exec(`{ districts { boundary } district(code: "110113") {
      serviceCenters { location } subdistricts { boundary } } }`);
    expect(d.errors).toBeUndefined();
    expect(d.data!.districts[0].boundary.type).toBe('MultiPolygon');
    expect(d.data!.district.serviceCenters[0].location.type).toBe('Point');
    expect(d.data!.district.subdistricts[0].boundary.type).toBe('MultiPolygon');
  });
});
