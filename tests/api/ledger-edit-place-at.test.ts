import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/rows.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

/**
 * Issue 16, adding and moving organizations from the map: `placeAt` says what a click or a drag
 * lands on (the nearest building within the snap distance, else the point's innermost grid) and
 * whether the caller may put an organization there, the same verdict createOrganization and
 * moveOrganization reach; `Building.canOpenWorkstation` agrees with createWorkstation.
 */
const env = useSmallDemoApi({ evaluate: true });
const code = (r: { errors?: readonly any[] }) => r.errors?.[0]?.extensions?.code;
const ok = (r: { errors?: readonly unknown[] }) =>
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();

const PLACE_AT = `query($lon: Float!, $lat: Float!, $s: Float) {
  placeAt(lon: $lon, lat: $lat, snapMeters: $s) { lon lat snapped buildingDistanceM
    building { id } grid { id } subdistrict { id } district { id } canPlaceOrganization } }`;
const CREATE = `mutation($p: OrganizationPlaceInput!, $d: Boolean) {
  createOrganization(input: { facts: { name: "地图上新增的公司", subKind: NON_PUBLIC_ENTERPRISE }, place: $p }, dryRun: $d) {
    dryRun changes { field after } organization { id building { id } grid { id } } } }`;
const CAN_OPEN = `query($id: ID!) { building(id: $id) { canOpenWorkstation workstation { id } } }`;
const OPEN = `mutation($b: ID!) { createWorkstation(input: { buildingId: $b, facts: { name: "新工作站" } }, dryRun: true) { dryRun } }`;

interface B {
  id: number;
  grid_id: number;
  subdistrict_id: number;
  lon: number;
  lat: number;
}
const buildingsOf = (gridId: number) =>
  rows<B>(
    env.database.db,
    sql`SELECT id, grid_id, subdistrict_id, ST_X(location) AS lon, ST_Y(location) AS lat
        FROM buildings WHERE grid_id = ${gridId} ORDER BY id`,
  ).then((r) => r.map((b) => ({ ...b, lon: Number(b.lon), lat: Number(b.lat) })));
/** A point `m` metres east of a building (at about 40°N, 1° of longitude is ~85 km). */
const eastOf = (b: B, m: number) => ({ lon: b.lon + m / 85_300, lat: b.lat });

describe('placeAt', () => {
  it('snaps to the nearest building within the distance; the place and the verdict follow the caller', async () => {
    const { manager, otherManager, planner, districtAdmin } = env.users;
    const [b] = await buildingsOf(env.ids.grids[0]![0]!);
    const at = eastOf(b!, 12);
    const r = await env.api.exec(PLACE_AT, at, manager);
    ok(r);
    const p = r.data!.placeAt;
    expect(p).toMatchObject({
      snapped: true,
      building: { id: `Building:${b!.id}` },
      grid: { id: `Grid:${b!.grid_id}` },
      subdistrict: { id: `Subdistrict:${b!.subdistrict_id}` },
      district: { id: `District:${env.ids.districtId}` },
      canPlaceOrganization: true,
    });
    expect([p.lon, p.lat]).toEqual([b!.lon, b!.lat]);
    expect(p.buildingDistanceM).toBeGreaterThan(9);
    expect(p.buildingDistanceM).toBeLessThan(15);
    for (const [who, may] of [
      [otherManager, false],
      [planner, false],
      [districtAdmin, true],
    ] as const) {
      const v = await env.api.exec(PLACE_AT, at, who);
      ok(v);
      expect(v.data!.placeAt.canPlaceOrganization, who.username).toBe(may);
    }
  });

  it('without a building that close the place is the point in its grid', async () => {
    const [b] = await buildingsOf(env.ids.grids[0]![0]!);
    const at = eastOf(b!, 12);
    const r = await env.api.exec(PLACE_AT, { ...at, s: 5 }, env.users.manager);
    ok(r);
    expect(r.data!.placeAt).toMatchObject({
      snapped: false,
      building: null,
      buildingDistanceM: null,
      grid: { id: `Grid:${b!.grid_id}` },
      canPlaceOrganization: true,
    });
    expect(r.data!.placeAt.lon).toBeCloseTo(at.lon, 9);
  });

  it('outside every district nobody may place an organization; bad input names the field', async () => {
    const far = await env.api.exec(PLACE_AT, { lon: 10, lat: 10 }, env.users.districtAdmin);
    ok(far);
    expect(far.data!.placeAt).toMatchObject({
      district: null,
      grid: null,
      canPlaceOrganization: false,
    });
    for (const [vars, field] of [
      [{ lon: 116.6, lat: 40.1, s: 500 }, 'snapMeters'],
      [{ lon: 181, lat: 40.1 }, 'lon'],
      [{ lon: 116.6, lat: 91 }, 'lat'],
    ] as const) {
      const r = await env.api.exec(PLACE_AT, vars, env.users.manager);
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.extensions!.field).toBe(field);
    }
  });

  it('the place it answers is one createOrganization takes, for the same callers', async () => {
    const { manager, otherManager } = env.users;
    const [b] = await buildingsOf(env.ids.grids[0]![0]!);
    const p = (await env.api.exec(PLACE_AT, eastOf(b!, 12), manager)).data!.placeAt;
    const place = { lon: p.lon, lat: p.lat, buildingId: p.building.id };
    const refused = await env.api.exec(CREATE, { p: place }, otherManager);
    expect(code(refused)).toBe('FORBIDDEN');
    const r = await env.api.exec(CREATE, { p: place }, manager);
    ok(r);
    expect(r.data!.createOrganization.organization).toMatchObject({
      building: { id: p.building.id },
      grid: { id: p.grid.id },
    });
  });
});

describe('Building.canOpenWorkstation', () => {
  it('agrees with createWorkstation for every role', async () => {
    const [free] = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT b.id FROM buildings b WHERE b.grid_id = ${env.ids.grids[0]![0]!}
            AND NOT EXISTS (SELECT 1 FROM building_workstations w WHERE w.building_id = b.id)
          ORDER BY b.id LIMIT 1`,
    );
    expect(free, 'a building without a workstation in the manager grid').toBeTruthy();
    const id = `Building:${free!.id}`;
    for (const [name, who] of Object.entries(env.users)) {
      const r = await env.api.exec(CAN_OPEN, { id }, who);
      ok(r);
      const open = await env.api.exec(OPEN, { b: id }, who);
      expect(r.data!.building.canOpenWorkstation, name).toBe(open.errors === undefined);
      if (open.errors) expect(code(open), name).toBe('FORBIDDEN');
    }
    const m = await env.api.exec(CAN_OPEN, { id }, env.users.manager);
    expect(m.data!.building.canOpenWorkstation).toBe(true);
  });
});
