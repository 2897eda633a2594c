import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/rows.ts';
import { precomputeMismatches } from '../helpers/invariants.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';
import { tableCounts, W, X0, Y0 } from './editing-fixtures.ts';

/**
 * Issue 16: service centers and building workstations kept current from the map. Each edit is
 * scoped by the level the place answers to, validated field by field, version-checked, audited,
 * and the reach the map keeps (org_center_reach, center_reach_rollup; now refreshed only around
 * the changed center, migration 0012) equals a direct computation after every change.
 */
const env = useSmallDemoApi({ evaluate: true });
const one = async <T>(q: ReturnType<typeof sql>) => (await rows<T>(env.database.db, q))[0]!;
const code = (r: { errors?: readonly any[] }) => r.errors?.[0]?.extensions?.code;
const ext = (r: { errors?: readonly any[] }) => r.errors?.[0]?.extensions ?? {};
const ok = (r: { errors?: readonly unknown[] }) =>
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();

const RESULT = `version dryRun changes { field before after } outsideBefore outsideAfter
  serviceCenter { id version updatedBy serviceRadiusM level canEdit }`;
const CREATE = `mutation($f: ServiceCenterFactsInput!, $l: PointInput!, $d: Boolean) {
  createServiceCenter(input: { facts: $f, location: $l }, dryRun: $d) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $f: ServiceCenterFactsInput!, $d: Boolean) {
  updateServiceCenter(id: $id, expectedVersion: $v, facts: $f, dryRun: $d) { ${RESULT} } }`;
const MOVE = `mutation($id: ID!, $v: Int!, $l: PointInput!) {
  moveServiceCenter(id: $id, expectedVersion: $v, location: $l) { ${RESULT} } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) {
  closeServiceCenter(id: $id, expectedVersion: $v) { ${RESULT} } }`;
const WS = `version changes { field before after } workstation { id version staff building { id } }`;

/** Active organizations outside every center's own radius, counted directly. */
const outsideDirect = async () =>
  Number(
    (
      await one<{ n: unknown }>(
        sql`SELECT count(*) AS n FROM organizations o
            WHERE o.status::text NOT IN ('zombie', 'deregistered') AND o.grid_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM service_centers c
                WHERE center_d2(o.location, c.location) <= power(c.service_radius_m, 2))`,
      )
    ).n,
  );
const streetCenter = () =>
  one<{ id: number; version: number }>(
    sql`SELECT id, version FROM service_centers WHERE level = 'street' ORDER BY id LIMIT 1`,
  );
// the first grid's first building (its organizations stand 0.0001° apart east of it)
const nearOrgs = { lon: X0 + W / 3, lat: Y0 + W / 4 };

describe('service centers', () => {
  it('a manager opens, resizes, moves and closes a community center; the kept reach follows', async () => {
    const m = env.users.manager;
    const before = await outsideDirect();
    // a dry run previews the reach and writes nothing
    const counts = await tableCounts(env.database);
    const dry = await env.api.exec(
      CREATE,
      {
        f: { name: '社区党群服务站', level: 'COMMUNITY', serviceRadiusM: 100 },
        l: nearOrgs,
        d: true,
      },
      m,
    );
    ok(dry);
    expect(dry.data!.createServiceCenter).toMatchObject({ dryRun: true, serviceCenter: null });
    expect(dry.data!.createServiceCenter.outsideBefore).toBe(before);
    expect(dry.data!.createServiceCenter.outsideAfter).toBeLessThan(before);
    expect(await tableCounts(env.database)).toEqual(counts);
    expect(await precomputeMismatches(env.database.db)).toBe(0);

    const r = await env.api.exec(
      CREATE,
      { f: { name: '社区党群服务站', level: 'COMMUNITY', serviceRadiusM: 100 }, l: nearOrgs },
      m,
    );
    ok(r);
    const c = r.data!.createServiceCenter;
    expect(c.serviceCenter).toMatchObject({ version: 1, updatedBy: m.username, canEdit: true });
    expect(c.outsideAfter).toBe(await outsideDirect());
    expect(c.outsideAfter).toBe(dry.data!.createServiceCenter.outsideAfter);
    expect(await precomputeMismatches(env.database.db)).toBe(0);
    const id = c.serviceCenter.id;

    const grown = await env.api.exec(UPDATE, { id, v: 1, f: { serviceRadiusM: 900 } }, m);
    ok(grown);
    expect(grown.data!.updateServiceCenter.changes).toEqual([
      { field: 'serviceRadiusM', before: 100, after: 900 },
    ]);
    expect(grown.data!.updateServiceCenter.outsideAfter).toBe(await outsideDirect());
    expect(await precomputeMismatches(env.database.db)).toBe(0);

    const moved = await env.api.exec(
      MOVE,
      { id, v: 2, l: { lon: X0 + W * 0.95, lat: Y0 + W * 0.45 } },
      m,
    );
    ok(moved);
    expect(moved.data!.moveServiceCenter.changes.map((x: any) => x.field)).toEqual(['lon', 'lat']);
    expect(await precomputeMismatches(env.database.db)).toBe(0);
    expect(moved.data!.moveServiceCenter.outsideAfter).toBe(await outsideDirect());

    const closed = await env.api.exec(CLOSE, { id, v: 3 }, m);
    ok(closed);
    expect(closed.data!.closeServiceCenter.serviceCenter).toBeNull();
    expect(await outsideDirect()).toBe(before);
    expect(await precomputeMismatches(env.database.db)).toBe(0);

    const audit = await rows<{ action: string; actor: string; before: any; after: any }>(
      env.database.db,
      sql`SELECT action, actor, before, after FROM audit_log
          WHERE entity_type = 'ServiceCenter' AND entity_id = ${id.split(':')[1]} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'service_center.create',
      'service_center.update',
      'service_center.move',
      'service_center.close',
    ]);
    expect(audit.every((a) => a.actor === m.username)).toBe(true);
    expect(audit[3]!.before.serviceRadiusM).toBe(900);
    expect(audit[3]!.after).toBeNull();
  });

  it('a street center answers to its subdistrict: the grid manager may not change it, nor raise a center to it', async () => {
    const s = await streetCenter();
    const id = `ServiceCenter:${s.id}`;
    const counts = await tableCounts(env.database);
    const r = await env.api.exec(
      UPDATE,
      { id, v: Number(s.version), f: { serviceRadiusM: 500 } },
      env.users.manager,
    );
    expect([code(r), ext(r).reason]).toEqual(['FORBIDDEN', 'OUT_OF_SCOPE']);
    const card = `query($id: ID!) { node(id: $id) { ... on ServiceCenter { canEdit } } }`;
    expect((await env.api.exec(card, { id }, env.users.manager)).data!.node.canEdit).toBe(false);
    expect((await env.api.exec(card, { id }, env.users.subAdmin)).data!.node.canEdit).toBe(true);
    expect((await env.api.exec(card, { id }, env.users.planner)).data!.node.canEdit).toBe(false);

    const mine = await env.api.exec(
      CREATE,
      { f: { name: '网格服务站', level: 'COMMUNITY' }, l: { lon: X0 + 0.002, lat: Y0 + 0.002 } },
      env.users.manager,
    );
    ok(mine);
    const up = await env.api.exec(
      UPDATE,
      { id: mine.data!.createServiceCenter.serviceCenter.id, v: 1, f: { level: 'STREET' } },
      env.users.manager,
    );
    expect([code(up), ext(up).reason]).toEqual(['FORBIDDEN', 'OUT_OF_SCOPE']);
    const street = await env.api.exec(
      CREATE,
      { f: { name: '街道中心', level: 'STREET' }, l: { lon: X0 + 0.002, lat: Y0 + 0.002 } },
      env.users.manager,
    );
    expect(code(street)).toBe('FORBIDDEN');
    expect(await tableCounts(env.database)).not.toEqual(counts); // only the manager's own center
    const sub = await env.api.exec(
      UPDATE,
      { id, v: Number(s.version), f: { serviceRadiusM: 500 } },
      env.users.subAdmin,
    );
    ok(sub);
  });

  it('field errors, a stale version and an unchanged form are refused, nothing written', async () => {
    const counts = await tableCounts(env.database);
    const bad = await env.api.exec(CREATE, {
      f: { name: ' ', level: 'COMMUNITY', serviceRadiusM: 0, floorAreaM2: -5 },
      l: { lon: X0 + 0.002, lat: Y0 + 0.002 },
    });
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(ext(bad).problems.map((p: any) => [p.field, p.reason])).toEqual([
      ['facts.name', 'REQUIRED'],
      ['facts.serviceRadiusM', 'OUT_OF_RANGE'],
      ['facts.floorAreaM2', 'OUT_OF_RANGE'],
    ]);
    const outside = await env.api.exec(CREATE, {
      f: { name: '区外', level: 'COMMUNITY' },
      l: { lon: 100, lat: 30 },
    });
    expect([ext(outside).field, ext(outside).reason]).toEqual([
      'input.location.lon',
      'OUTSIDE_DISTRICT',
    ]);
    const s = await streetCenter();
    const id = `ServiceCenter:${s.id}`;
    const stale = await env.api.exec(UPDATE, { id, v: Number(s.version) - 1, f: { name: '新名' } });
    expect(code(stale)).toBe('CONFLICT');
    expect(ext(stale)).toMatchObject({
      currentVersion: Number(s.version),
      updatedBy: env.users.subAdmin.username,
    });
    const same = await env.api.exec(UPDATE, {
      id,
      v: Number(s.version),
      f: { serviceRadiusM: 500 },
    });
    expect(ext(same).reason).toBe('NO_CHANGE');
    expect(await tableCounts(env.database)).toEqual(counts);
  });
});

describe('building workstations', () => {
  const CREATE_WS = `mutation($b: ID!, $f: WorkstationFactsInput!) {
    createWorkstation(input: { buildingId: $b, facts: $f }) { ${WS} } }`;
  const MOVE_WS = `mutation($id: ID!, $v: Int!, $b: ID!) {
    moveWorkstation(id: $id, expectedVersion: $v, buildingId: $b) { ${WS} } }`;
  const buildingsOf = (grid: number) =>
    rows<{ id: number; ws: number | null }>(
      env.database.db,
      sql`SELECT b.id, w.id AS ws FROM buildings b LEFT JOIN building_workstations w ON w.building_id = b.id
          WHERE b.grid_id = ${grid} ORDER BY b.id`,
    );

  it('opens one per building, moves within scope, refuses a taken building and another grid', async () => {
    const [taken, free] = await buildingsOf(env.ids.grids[0]![0]!);
    expect(taken!.ws).not.toBeNull();
    const m = env.users.manager;
    const dup = await env.api.exec(
      CREATE_WS,
      { b: `Building:${taken!.id}`, f: { name: '重复' } },
      m,
    );
    expect([ext(dup).field, ext(dup).reason]).toEqual(['input.buildingId', 'WORKSTATION_EXISTS']);
    const r = await env.api.exec(
      CREATE_WS,
      { b: `Building:${free!.id}`, f: { name: '新站', staff: 2 } },
      m,
    );
    ok(r);
    const w = r.data!.createWorkstation.workstation;
    expect(w).toMatchObject({ version: 1, staff: 2, building: { id: `Building:${free!.id}` } });
    const [other] = await buildingsOf(env.ids.grids[1]![0]!);
    const away = await env.api.exec(MOVE_WS, { id: w.id, v: 1, b: `Building:${other!.id}` }, m);
    expect([code(away), ext(away).reason]).toEqual(['FORBIDDEN', 'OUT_OF_SCOPE']);
    const back = await env.api.exec(MOVE_WS, { id: w.id, v: 1, b: `Building:${taken!.id}` }, m);
    expect(ext(back).reason).toBe('WORKSTATION_EXISTS');
    const staff = await env.api.exec(
      `mutation($id: ID!) { updateWorkstation(id: $id, expectedVersion: 1, facts: { staff: -1 }) { version } }`,
      { id: w.id },
      m,
    );
    expect([ext(staff).field, ext(staff).reason]).toEqual(['facts.staff', 'OUT_OF_RANGE']);
    const admin = await env.api.exec(
      MOVE_WS,
      { id: w.id, v: 1, b: `Building:${other!.id}` },
      env.users.districtAdmin,
    );
    ok(admin);
    expect(admin.data!.moveWorkstation.changes).toEqual([
      { field: 'buildingId', before: `Building:${free!.id}`, after: `Building:${other!.id}` },
    ]);
  });
});
