import { describe, expect, it } from 'vitest';
import { SMALL_DEMO } from '../helpers/small-demo.ts';
import { codes } from '../helpers/graphql.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

const env = useSmallDemoApi();

const S = SMALL_DEMO;
const ORGS = S.subdistricts.length * S.gridsPerSubdistrict * S.buildingsPerGrid * S.orgsPerBuilding;

describe('hierarchy', () => {
  it('returns the district by code with its subdistricts, grids and buildings as inserted', async () => {
    const r = await env.api.exec(`{
      district(code: "110113") { id code name boundary
        subdistricts { code name kind district { code }
          grids { code kind subdistrict { code } buildings { name kind location grid { code } } } } } }`);
    expect(r.errors).toBeUndefined();
    const d = r.data!.district;
    expect(d).toMatchObject({ code: '110113', name: '顺义区' });
    expect(d.boundary.type).toBe('MultiPolygon');
    expect(d.subdistricts.map((s: any) => s.name)).toEqual(S.subdistricts.map((s) => s.name));
    expect(d.subdistricts[2].kind).toBe('TOWN');
    for (const s of d.subdistricts) {
      expect(s.district.code).toBe('110113');
      expect(s.grids).toHaveLength(S.gridsPerSubdistrict);
      for (const g of s.grids) {
        expect(g.subdistrict.code).toBe(s.code);
        expect(g.buildings).toHaveLength(S.buildingsPerGrid);
        for (const b of g.buildings) {
          expect(b.grid.code).toBe(g.code);
          expect(b.location.type).toBe('Point');
        }
      }
    }
  });

  it('looks up by id and by node(id), up and down', async () => {
    const r = await env.api.exec(`{ districts { id subdistricts { id grids { id } } } }`);
    const gridId = r.data!.districts[0].subdistricts[1].grids[0].id as string;
    const n = await env.api.exec(
      `query($id: ID!) { node(id: $id) { id ... on Grid { name subdistrict { name } } } grid(id: $id) { id } }`,
      {
        id: gridId,
      },
    );
    expect(n.errors).toBeUndefined();
    expect(n.data!.node).toMatchObject({ id: gridId, subdistrict: { name: '光明街道' } });
    expect(n.data!.grid.id).toBe(gridId);
  });

  it('returns null for unknown ids and BAD_USER_INPUT for malformed ones', async () => {
    const unknown = await env.api.exec(
      `{ node(id: "Grid:999999") { id } grid(id: "Grid:999999") { id } district(code: "999999") { id } }`,
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ node: null, grid: null, district: null });
    const bad = await env.api.exec(`{ grid(id: "nonsense") { id } }`);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions).toMatchObject({ field: 'id', reason: 'MALFORMED_ID' });
    const wrong = await env.api.exec(`{ grid(id: "District:1") { id } }`);
    expect(wrong.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WRONG_ID_TYPE',
    });
    const both = await env.api.exec(`{ district(id: "District:1", code: "110113") { id } }`);
    expect(both.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONFLICTING_ARGUMENTS',
    });
  });

  it('lists party organizations, instructors, service centers and workstations', async () => {
    const r = await env.api.exec(`{ district(code: "110113") {
      partyOrganizations { name isJoint unitCount units { name } }
      joint: partyOrganizations(jointOnly: true) { name }
      instructors { name organizations { name } }
      serviceCenters { level serviceRadiusM location }
      workstations { name building { kind } } } }`);
    expect(r.errors).toBeUndefined();
    const d = r.data!.district;
    expect(d.partyOrganizations.map((p: any) => p.unitCount)).toEqual([1, 3]);
    expect(d.joint).toHaveLength(1);
    expect(d.instructors[0].organizations).toHaveLength(1);
    expect(d.serviceCenters).toHaveLength(3);
    expect(d.serviceCenters.map((c: any) => c.level)).toEqual(['STREET', 'STREET', 'TOWN']);
    expect(d.workstations).toEqual([
      { name: expect.stringContaining('党建工作站'), building: { kind: 'COMMERCIAL_OFFICE' } },
    ]);
  });
});

describe('no N+1', () => {
  it('a 4-level query costs a number of statements bounded by depth, not rows', async () => {
    const q = `{ district(code: "110113") { subdistricts { grids { buildings {
      organizations(first: 3) { totalCount nodes { name grid { name } partyOrganization { name } } } } } } } }`;
    env.database.stats.queries = 0;
    const r = await env.api.exec(q);
    expect(r.errors).toBeUndefined();
    const buildings = r.data!.district.subdistricts.flatMap((s: any) =>
      s.grids.flatMap((g: any) => g.buildings),
    );
    expect(buildings).toHaveLength(12);
    const statements = env.database.stats.queries;
    // district, subdistricts, grids, buildings, org page, org rows, grid of org, party links, party orgs
    expect(statements).toBeLessThanOrEqual(10);
    expect(statements).toBeLessThan(buildings.length);
  });
});

describe('organizations connection', () => {
  const q = `query($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id name employees } } }`;

  it('pages through every organization exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r: any = await env.api.exec(q, { first: 7, after });
      expect(r.errors).toBeUndefined();
      expect(r.data.organizations.totalCount).toBe(ORGS);
      seen.push(...r.data.organizations.nodes.map((n: any) => n.id));
      pages++;
      if (!r.data.organizations.pageInfo.hasNextPage) break;
      after = r.data.organizations.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(ORGS / 7));
    expect(new Set(seen).size).toBe(ORGS);
  });

  it('nested connections page too', async () => {
    const r = await env.api.exec(
      `{ grid(code: "110113001001") { organizations(first: 4) { totalCount pageInfo { hasNextPage endCursor } } } }`,
    );
    const c = r.data!.grid.organizations;
    expect(c).toMatchObject({ totalCount: 10, pageInfo: { hasNextPage: true } });
    const r2 = await env.api.exec(
      `query($a: String) { grid(code: "110113001001") { organizations(first: 8, after: $a) { totalCount nodes { id } pageInfo { hasNextPage } } } }`,
      {
        a: c.pageInfo.endCursor,
      },
    );
    expect(r2.data!.grid.organizations).toMatchObject({
      totalCount: 10,
      pageInfo: { hasNextPage: false },
    });
    expect(r2.data!.grid.organizations.nodes).toHaveLength(6);
  });

  const count = async (filter: Record<string, unknown>) => {
    const r = await env.api.exec(q, { filter, first: 0 });
    expect(r.errors).toBeUndefined();
    return r.data!.organizations.totalCount as number;
  };

  it('filters by category, sub-kind, industry, status and employee range', async () => {
    const perKind = ORGS / S.orgsPerBuilding;
    expect(await count({ category: 'NEW_SOCIAL' })).toBe(perKind);
    expect(await count({ subKinds: ['INDIVIDUAL_BUSINESS'] })).toBe(perKind);
    expect(await count({ industries: ['law', 'it'] })).toBe(2 * perKind);
    expect(await count({ statuses: ['ZOMBIE'] })).toBe(1);
    const all = await env.api.exec(`{ organizations(first: 1000) { nodes { employees } } }`);
    const employees = all.data!.organizations.nodes.map((n: any) => n.employees as number);
    expect(await count({ employeesMin: 100 })).toBe(
      employees.filter((e: number) => e >= 100).length,
    );
    expect(await count({ employeesMin: 50, employeesMax: 99 })).toBe(
      employees.filter((e: number) => e >= 50 && e <= 99).length,
    );
  });

  it('filters by party organization and by scope', async () => {
    expect(await count({ hasPartyOrganization: true })).toBe(4);
    expect(await count({ hasPartyOrganization: false })).toBe(ORGS - 4);
    const ids = await env.api.exec(
      `{ subdistrict(code: "110113002") { id grids { id buildings { id } } } }`,
    );
    const sub = ids.data!.subdistrict;
    expect(await count({ subdistrictId: sub.id })).toBe(ORGS / 3);
    expect(await count({ gridId: sub.grids[0].id })).toBe(ORGS / 6);
    expect(await count({ buildingId: sub.grids[0].buildings[0].id })).toBe(S.orgsPerBuilding);
    expect(await count({ districtId: 'District:1', search: '律师' })).toBe(ORGS / 5);
  });

  it('filters by bounding box and by distance in metres', async () => {
    // the first subdistrict spans lon 116.60-116.62
    expect(
      await count({ bbox: { minLon: 116.6, minLat: 40.0, maxLon: 116.62, maxLat: 40.2 } }),
    ).toBe(ORGS / 3);
    expect(await count({ bbox: { minLon: 0, minLat: 0, maxLon: 1, maxLat: 1 } })).toBe(0);
    // buildings of a grid sit 0.0067 deg (~570 m) apart; 5 organizations within 45 m of each
    const b = await env.api.exec(`{ building(id: "Building:1") { location } }`);
    const [lon, lat] = b.data!.building.location.coordinates;
    expect(await count({ near: { lon, lat, meters: 50 } })).toBe(S.orgsPerBuilding);
    expect(await count({ near: { lon, lat, meters: 5 } })).toBe(1);
  });

  it('rejects bad filters with the field and reason', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ employeesMin: -1 }, 'filter.employeesMin'],
      [{ employeesMin: 10, employeesMax: 5 }, 'filter.employeesMin'],
      [{ bbox: { minLon: 200, minLat: 0, maxLon: 201, maxLat: 1 } }, 'filter.bbox'],
      [{ near: { lon: 116, lat: 40, meters: 0 } }, 'filter.near.meters'],
      [{ gridId: 'Building:1' }, 'filter.gridId'],
      // an empty id is malformed, not "no filter" (it used to return every organization)
      [{ gridId: '' }, 'filter.gridId'],
      [{ search: 'x'.repeat(101) }, 'filter.search'],
    ];
    for (const [filter, field] of cases) {
      const r = await env.api.exec(q, { filter });
      expect(codes(r), JSON.stringify(filter)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.extensions!.field).toBe(field);
    }
    const page = await env.api.exec(q, { first: 5000 });
    expect(page.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const cursor = await env.api.exec(q, { after: 'garbage' });
    expect(cursor.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MALFORMED_CURSOR',
    });
  });
});
