import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../server/src/db/rows.ts';
import { metersPerDegree, metersPerDegreeSql } from '../../server/src/geo/index.ts';
import { ensureCoverageFresh, ensureSeedProfiles } from '../../server/src/policy/index.ts';
import { codes } from '../helpers/graphql.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

// The small demo: 3 subdistricts x 2 grids x 2 buildings x 5 organizations over
// [116.6, 116.66] x [40.1, 40.12]; one zombie, one joint branch of 3, one workstation,
// three centers with a 400 m radius about 625 m from every building.
const DISTRICT = { minLon: 116.55, minLat: 40.05, maxLon: 116.7, maxLat: 40.15 };

const env = useSmallDemoApi();

const ORGS = `query ($v: Viewport!, $layer: MapOrgLayer!, $reach: ReachInput, $filter: OrganizationFilter) {
  mapOrganizations(viewport: $v, layer: $layer, reach: $reach, filter: $filter) {
    aggregated cellSize total
    cells { lon lat count blankSpots gaps }
    points { id name lon lat status }
  }
}`;

describe('map queries', () => {
  it('colours leaf grids by organizational coverage with the counts behind the rate', async () => {
    const r = await env.api.exec(
      `query ($v: Viewport) { mapGrids(viewport: $v) {
        id code name subdistrictId boundary organizations organizational work blankSpots gaps rate } }`,
      { v: { bbox: DISTRICT, zoom: 12 } },
    );
    expect(r.errors).toBeUndefined();
    const grids = r.data!.mapGrids as any[];
    expect(grids).toHaveLength(6);
    const total = grids.reduce((n, g) => n + g.organizations, 0);
    expect(total).toBe(59); // 60 organizations, one zombie
    const first = grids[0];
    expect(first.boundary.type).toMatch(/Polygon$/);
    expect(first.organizational).toBeGreaterThanOrEqual(4); // standalone + joint members
    expect(first.rate).toBeCloseTo(first.organizational / first.organizations, 6);
    for (const g of grids) {
      expect(g.organizational + g.work + g.blankSpots).toBeLessThanOrEqual(g.organizations);
    }
  });

  it('aggregates blank spots into cells at low zoom and returns points at high zoom', async () => {
    const low = await env.api.exec(ORGS, { v: { bbox: DISTRICT, zoom: 10 }, layer: 'BLANK_SPOTS' });
    expect(low.errors).toBeUndefined();
    const cells = low.data!.mapOrganizations;
    expect(cells.aggregated).toBe(true);
    expect(cells.points).toEqual([]);
    const high = await env.api.exec(ORGS, {
      v: { bbox: DISTRICT, zoom: 15 },
      layer: 'BLANK_SPOTS',
    });
    const pts = high.data!.mapOrganizations;
    expect(pts.aggregated).toBe(false);
    expect(pts.total).toBe(cells.total);
    expect(pts.points.length).toBeGreaterThan(0);
    for (const p of pts.points) expect(['BLANK_SPOT', 'GAP']).toContain(p.status);
    expect(pts.points.map((p: any) => p.id)).not.toContain('Organization:1');
    // A filter narrows the layer (category of the law firms).
    const social = await env.api.exec(ORGS, {
      v: { bbox: DISTRICT, zoom: 15 },
      layer: 'BLANK_SPOTS',
      filter: { category: 'NEW_SOCIAL' },
    });
    expect(social.data!.mapOrganizations.total).toBeLessThan(pts.total);
  });

  it('finds what lies outside every circle, by own radius or walking time', async () => {
    const v = { bbox: DISTRICT, zoom: 15 };
    const own = await env.api.exec(ORGS, { v, layer: 'OUTSIDE_CENTERS' });
    const five = await env.api.exec(ORGS, {
      v,
      layer: 'OUTSIDE_CENTERS',
      reach: { walkMinutes: 5 },
    });
    const fifteen = await env.api.exec(ORGS, {
      v,
      layer: 'OUTSIDE_CENTERS',
      reach: { walkMinutes: 15 },
    });
    expect(own.data!.mapOrganizations.total).toBe(59); // 400 m < ~625 m
    expect(five.data!.mapOrganizations.total).toBe(59); // 400 m
    expect(fifteen.data!.mapOrganizations.total).toBe(0); // 1200 m
    const centers = await env.api.exec(
      `query ($v: Viewport!) { mapServiceCenters(viewport: $v) { id name level serviceRadiusM lon lat } }`,
      { v },
    );
    expect(centers.data!.mapServiceCenters).toHaveLength(3);
    expect(centers.data!.mapServiceCenters[2].level).toBe('TOWN');
  });

  it('draws joint branches with members, hull and seat, and workstations with counts', async () => {
    const r = await env.api.exec(
      `query ($v: Viewport!) {
        mapJointBranches(viewport: $v) { aggregated total cells { branches }
          branches { id name seatLon seatLat unitCount overLimit hull
            members { id name lon lat status } } }
        mapWorkstations(viewport: $v) { id name buildingId buildingName organizations blankSpots }
        mapInfo { jointUnitLimit walkMetersPerMinute profileKey }
      }`,
      { v: { bbox: DISTRICT, zoom: 15 } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.mapJointBranches).toMatchObject({ aggregated: false, total: 1, cells: [] });
    const [joint] = r.data!.mapJointBranches.branches;
    expect(joint.unitCount).toBe(3);
    expect(joint.overLimit).toBe(false);
    expect(joint.hull.type).toBe('Polygon');
    // Every member and the seat lie inside the (padded) hull.
    const [ring] = joint.hull.coordinates;
    const xs = ring.map((c: number[]) => c[0]);
    const ys = ring.map((c: number[]) => c[1]);
    for (const m of [...joint.members, { lon: joint.seatLon, lat: joint.seatLat }]) {
      expect(m.lon).toBeGreaterThan(Math.min(...xs));
      expect(m.lon).toBeLessThan(Math.max(...xs));
      expect(m.lat).toBeGreaterThan(Math.min(...ys));
      expect(m.lat).toBeLessThan(Math.max(...ys));
    }
    expect(joint.members.every((m: any) => m.status === 'ORGANIZATIONAL')).toBe(true);
    const [ws] = r.data!.mapWorkstations;
    expect(ws.organizations).toBe(5);
    expect(r.data!.mapInfo).toMatchObject({ jointUnitLimit: 15, walkMetersPerMinute: 80 });
    // Below zoom 14: a cell counting the branch and its units, no members or hull.
    const low = await env.api.exec(
      `query ($v: Viewport!) { mapJointBranches(viewport: $v) {
        aggregated cellSize total cells { lon lat branches units overLimit } branches { id } } }`,
      { v: { bbox: DISTRICT, zoom: 10 } },
    );
    expect(low.errors).toBeUndefined();
    const cells = low.data!.mapJointBranches;
    expect(cells).toMatchObject({ aggregated: true, total: 1, branches: [] });
    expect(cells.cells).toEqual([
      { lon: expect.any(Number), lat: expect.any(Number), branches: 1, units: 3, overLimit: 0 },
    ]);
    // The demo's branch is recorded without a grid: its cell sits at its seat (to the digits
    // of zoom 10, a tenth of a pixel).
    expect(cells.cells[0].lon).toBeCloseTo(joint.seatLon, 3);
    expect(cells.cells[0].lat).toBeCloseTo(joint.seatLat, 3);
    // Nothing outside the viewport.
    const empty = await env.api.exec(
      `query ($v: Viewport!) { mapJointBranches(viewport: $v) { total cells { branches } }
        mapWorkstations(viewport: $v) { id } }`,
      { v: { bbox: { minLon: 100, minLat: 30, maxLon: 100.1, maxLat: 30.1 }, zoom: 13 } },
    );
    expect(empty.data).toEqual({
      mapJointBranches: { total: 0, cells: [] },
      mapWorkstations: [],
    });
  });

  it('refuses a malformed viewport or walking time with BAD_USER_INPUT naming the field', async () => {
    const bad = await env.api.exec(ORGS, {
      v: { bbox: { ...DISTRICT, minLon: 117 }, zoom: 10 },
      layer: 'BLANK_SPOTS',
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.field).toBe('viewport.bbox');
    const walk = await env.api.exec(ORGS, {
      v: { bbox: DISTRICT, zoom: 10 },
      layer: 'OUTSIDE_CENTERS',
      reach: { walkMinutes: 0 },
    });
    expect(walk.errors![0]!.extensions!.field).toBe('reach.walkMinutes');
  });

  it('suggests nearby joint branches with room, same industry first', async () => {
    // Organization 5 (a catering shop) shares its building with the joint branch's members.
    const r = await env.api.exec(
      `{ mapJoinCandidates(organizationId: "Organization:5") {
          id name unitCount room distanceM sameIndustry } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.mapJoinCandidates).toEqual([
      {
        id: 'PartyOrganization:2',
        name: '胜利街道商务楼宇联合党支部',
        unitCount: 3,
        room: 12,
        distanceM: expect.any(Number),
        sameIndustry: false,
      },
    ]);
    expect(r.data!.mapJoinCandidates[0].distanceM).toBeLessThan(50);
    // A member is not offered its own branch; far away there is nothing.
    const member = await env.api.exec(
      `{ mapJoinCandidates(organizationId: "Organization:2") { id } }`,
    );
    expect(member.data!.mapJoinCandidates).toEqual([]);
    const far = await env.api.exec(
      `{ mapJoinCandidates(organizationId: "Organization:60", withinMeters: 100) { id } }`,
    );
    expect(far.data!.mapJoinCandidates).toEqual([]);
    const bad = await env.api.exec(
      `{ mapJoinCandidates(organizationId: "Organization:5", withinMeters: 0) { id } }`,
    );
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'withinMeters',
    });
  });

  it('reads the evaluated profile once coverage is computed: roll-ups, gaps, its limit', async () => {
    await ensureSeedProfiles(env.database);
    await ensureCoverageFresh(env.database);
    const r = await env.api.exec(
      `query ($v: Viewport!) {
        mapInfo { profileKey jointUnitLimit }
        mapGrids(viewport: $v) { organizations organizational rate }
        mapOrganizations(viewport: $v, layer: BLANK_SPOTS) { points { status } }
        mapWorkstations(viewport: $v) { organizations }
      }`,
      { v: { bbox: DISTRICT, zoom: 15 } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.mapInfo).toEqual({ profileKey: 'shunyi-2017', jointUnitLimit: 15 });
    expect(r.data!.mapWorkstations).toEqual([{ organizations: 5 }]);
    const grids = r.data!.mapGrids as any[];
    expect(grids.reduce((n, g) => n + g.organizations, 0)).toBe(59);
    const statuses = new Set((r.data!.mapOrganizations.points as any[]).map((p) => p.status));
    expect([...statuses].every((s) => s === 'BLANK_SPOT' || s === 'GAP')).toBe(true);
    expect(statuses.has('GAP')).toBe(true); // 50+ employees without a party member (000 art. 6)
    // Below zoom 12, one cell per grid from policy's tables: same totals as the points.
    const low = await env.api.exec(ORGS, { v: { bbox: DISTRICT, zoom: 10 }, layer: 'BLANK_SPOTS' });
    expect(low.data!.mapOrganizations).toMatchObject({ aggregated: true, cellSize: null });
    expect(low.data!.mapOrganizations.total).toBe(r.data!.mapOrganizations.points.length);
    expect(low.data!.mapOrganizations.cells.length).toBeLessThanOrEqual(6);
    const out = await env.api.exec(ORGS, {
      v: { bbox: DISTRICT, zoom: 10 },
      layer: 'OUTSIDE_CENTERS',
      reach: { walkMinutes: 5 },
    });
    expect(out.data!.mapOrganizations.total).toBe(59);
    const none = await env.api.exec(ORGS, {
      v: { bbox: DISTRICT, zoom: 10 },
      layer: 'OUTSIDE_CENTERS',
      reach: { walkMinutes: 15 },
    });
    expect(none.data!.mapOrganizations.total).toBe(0);
    const unknown = await env.api.exec(`{ mapInfo(profileKey: "nowhere") { profileKey } }`);
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('metres per degree (geo/)', () => {
  it('the SQL twin equals the TypeScript formula and PostGIS geography distances', async () => {
    for (const lat of [0, 40.1, -62.5]) {
      const m = metersPerDegree(lat);
      const f = metersPerDegreeSql(sql`${lat}::float8`);
      const d = 0.001;
      const [r] = await rows<Record<string, number>>(
        env.database.db,
        sql`SELECT ${f.lat} AS lat, ${f.lon} AS lon,
          ST_Distance(ST_MakePoint(116, ${lat})::geography,
            ST_MakePoint(116, ${lat + d})::geography, true) AS north,
          ST_Distance(ST_MakePoint(116, ${lat})::geography,
            ST_MakePoint(${116 + d}, ${lat})::geography, true) AS east`,
      );
      expect(Number(r!.lat)).toBeCloseTo(m.lat, 6);
      expect(Number(r!.lon)).toBeCloseTo(m.lon, 6);
      // On the spheroid over 0.001°: the local value holds to a few centimetres per 100 m.
      expect(Number(r!.north)).toBeCloseTo(m.lat * d, 1);
      expect(Number(r!.east)).toBeCloseTo(m.lon * d, 1);
    }
  });
});
