import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/rows.ts';
import { fromWgs84 } from '../../server/src/geo/crs.ts';
import { makeUscc } from '../../server/src/ledger/uscc.ts';
import { rollupMismatches } from '../helpers/invariants.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';
import { tableCounts, W, X0, Y0 } from './editing-fixtures.ts';
import { demoIds, usersFor, type Ids } from '../helpers/demo-users.ts';

/**
 * Issue 16: the ledger kept current from the map. Each mutation: its happy path, its field
 * errors, a scope refusal (nothing written), a stale version (CONFLICT with the current values),
 * the audit row with before / after, and coverage refreshed in the same transaction.
 */
const env = useSmallDemoApi({ evaluate: true });
let ids: Ids;
let users: ReturnType<typeof usersFor>;
beforeAll(async () => {
  ids = await demoIds(env.database);
  users = usersFor(ids);
});

const oid = (i: number) => `Organization:${env.orgIds[i]}`;
const one = async <T>(q: ReturnType<typeof sql>) => (await rows<T>(env.database.db, q))[0]!;
const version = async (i: number) =>
  Number(
    (
      await one<{ v: number }>(
        sql`SELECT version AS v FROM organizations WHERE id = ${env.orgIds[i]}`,
      )
    ).v,
  );
/** The materialized coverage of the default profile (policy's org_coverage). */
const materialized = (orgId: number) =>
  one<{ coverage: string; is_blank_spot: boolean; is_excluded: boolean }>(
    sql`SELECT c.coverage, c.is_blank_spot, c.is_excluded FROM org_coverage c
        JOIN policy_profiles p ON p.id = c.profile_id AND p.key = 'shunyi-2017'
        WHERE c.organization_id = ${orgId}`,
  );
const lastAudit = () =>
  one<{
    action: string;
    entity_type: string;
    entity_id: string;
    before: any;
    after: any;
    actor: string;
  }>(
    sql`SELECT action, entity_type, entity_id, before, after, actor FROM audit_log ORDER BY id DESC LIMIT 1`,
  );
const counts = () => tableCounts(env.database);
const code = (r: { errors?: readonly any[] }) => r.errors?.[0]?.extensions?.code;
const ext = (r: { errors?: readonly any[] }) => r.errors?.[0]?.extensions ?? {};

const RESULT = `version dryRun changes { field before after }
  coverageBefore { coverage blankSpot excluded } coverageAfter { coverage blankSpot excluded }
  organization { id version updatedBy employees status grid { id } building { id } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $f: OrganizationFactsInput!, $d: Boolean) {
  updateOrganization(id: $id, expectedVersion: $v, facts: $f, dryRun: $d) { ${RESULT} } }`;
const STATUS = `mutation($id: ID!, $v: Int!, $s: OrgStatus!) {
  setOrganizationStatus(id: $id, expectedVersion: $v, status: $s) { ${RESULT} } }`;
const MOVE = `mutation($id: ID!, $v: Int!, $p: OrganizationPlaceInput!) {
  moveOrganization(id: $id, expectedVersion: $v, place: $p) { ${RESULT} } }`;
const CREATE = `mutation($i: CreateOrganizationInput!, $d: Boolean) {
  createOrganization(input: $i, dryRun: $d) { ${RESULT} } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, expectedVersion: $v) { id name } }`;
const FOUND = `mutation($i: FoundPartyOrganizationInput!, $d: Boolean) {
  foundPartyOrganization(input: $i, dryRun: $d) { version dryRun kindReason { zh en }
    partyOrganization { id kind isJoint unitCount version }
    coverageChanges { organization { id } before { coverage blankSpot } after { coverage blankSpot } } } }`;
const UNITS = (m: string) => `mutation($id: ID!, $v: Int!, $u: [ID!]!) {
  ${m}(id: $id, expectedVersion: $v, unitIds: $u) { version changes { field before after }
    partyOrganization { unitCount version } coverageChanges { organization { id } after { coverage } } } }`;

describe('updateOrganization', () => {
  it('corrects facts: new version, audit before/after, coverage recomputed', async () => {
    const v = await version(4);
    const r = await env.api.exec(
      UPDATE,
      { id: oid(4), v, f: { employees: 12, hasTradeUnion: true, ownerIsMember: true } },
      users.manager,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const out = r.data!.updateOrganization;
    expect(out.version).toBe(v + 1);
    expect(out.organization).toMatchObject({
      version: v + 1,
      employees: 12,
      updatedBy: users.manager.username,
    });
    expect(out.changes.map((c: any) => c.field).sort()).toEqual([
      'employees',
      'hasTradeUnion',
      'ownerIsMember',
    ]);
    // a trade union is work coverage: the blank spot is covered now, in the materialized table too
    expect(out.coverageBefore).toMatchObject({ coverage: 'NONE', blankSpot: true });
    expect(out.coverageAfter).toMatchObject({ coverage: 'WORK', blankSpot: false });
    expect(await materialized(env.orgIds[4]!)).toMatchObject({
      coverage: 'work',
      is_blank_spot: false,
    });
    const a = await lastAudit();
    expect(a).toMatchObject({
      action: 'organization.update',
      entity_type: 'Organization',
      actor: users.manager.username,
    });
    expect([a.before.employees, a.after.employees, a.before.version, a.after.version]).toEqual([
      9,
      12,
      v,
      v + 1,
    ]);
  });

  it('a dry run shows the change and writes nothing', async () => {
    const before = await counts();
    const v = await version(4);
    const r = await env.api.exec(
      UPDATE,
      { id: oid(4), v, f: { hasTradeUnion: false }, d: true },
      users.manager,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateOrganization).toMatchObject({
      dryRun: true,
      version: v,
      changes: [{ field: 'hasTradeUnion', before: true, after: false }],
      coverageAfter: { blankSpot: true },
    });
    expect(await counts()).toEqual(before);
    expect(await version(4)).toBe(v);
    expect(await materialized(env.orgIds[4]!)).toMatchObject({ is_blank_spot: false });
  });

  it('names every bad field (BAD_USER_INPUT with field and reason), nothing written', async () => {
    const before = await counts();
    const r = await env.api.exec(
      UPDATE,
      {
        id: oid(4),
        v: await version(4),
        f: { uscc: '91110113123456788A', employees: -1, name: '', industry: 'nope' },
      },
      users.manager,
    );
    expect(code(r)).toBe('BAD_USER_INPUT');
    const problems = ext(r).problems.map((p: any) => [p.field, p.reason]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ['facts.uscc', 'USCC_CHECKSUM'],
        ['facts.employees', 'OUT_OF_RANGE'],
        ['facts.name', 'REQUIRED'],
        ['facts.industry', 'UNKNOWN_INDUSTRY'],
      ]),
    );
    expect(ext(r).field).toBe(problems[0][0]);
    const members = await env.api.exec(
      UPDATE,
      { id: oid(0), v: await version(0), f: { partyMembers: 500 } },
      users.manager,
    );
    expect(ext(members)).toMatchObject({
      field: 'facts.partyMembers',
      reason: 'MEMBERS_EXCEED_EMPLOYEES',
    });
    const same = await env.api.exec(
      UPDATE,
      { id: oid(0), v: await version(0), f: { partyMembers: 4 } },
      users.manager,
    );
    expect(ext(same)).toMatchObject({ reason: 'NO_CHANGE' });
    expect(await counts()).toEqual(before);
  });

  it('refuses a grid manager outside their grid: FORBIDDEN, nothing written', async () => {
    const before = await counts();
    const v = await version(4);
    const r = await env.api.exec(
      UPDATE,
      { id: oid(4), v, f: { employees: 30 } },
      users.otherManager,
    );
    expect(code(r)).toBe('FORBIDDEN');
    expect(ext(r).reason).toBe('OUT_OF_SCOPE');
    const planner = await env.api.exec(
      UPDATE,
      { id: oid(4), v, f: { employees: 30 } },
      users.planner,
    );
    expect(ext(planner).reason).toBe('READ_ONLY_ROLE');
    expect(await counts()).toEqual(before);
    expect(await version(4)).toBe(v);
  });

  it('a stale version is CONFLICT with the current values and who changed them', async () => {
    const v = await version(3);
    const first = await env.api.exec(
      UPDATE,
      { id: oid(3), v, f: { activists: 2 } },
      users.subAdmin,
    );
    expect(first.errors).toBeUndefined();
    const before = await counts();
    const r = await env.api.exec(UPDATE, { id: oid(3), v, f: { activists: 5 } }, users.manager);
    expect(code(r)).toBe('CONFLICT');
    expect(ext(r)).toMatchObject({
      expectedVersion: v,
      currentVersion: v + 1,
      updatedBy: users.subAdmin.username,
      current: { activists: 2, version: v + 1 },
    });
    expect(await counts()).toEqual(before);
  });
});

describe('setOrganizationStatus, moveOrganization, createOrganization, deleteOrganization', () => {
  it('a zombie goes to the clean-up list (excluded from coverage)', async () => {
    const r = await env.api.exec(
      STATUS,
      { id: oid(2), v: await version(2), s: 'ZOMBIE' },
      users.manager,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.setOrganizationStatus.changes).toEqual([
      { field: 'status', before: 'OPERATING', after: 'ZOMBIE' },
    ]);
    expect(r.data!.setOrganizationStatus.coverageAfter.excluded).toBe(true);
    expect(await materialized(env.orgIds[2]!)).toMatchObject({ is_excluded: true });
    const list = await env.api.exec(
      `{ cleanupList(scope: "Grid:${ids.grids[0]![0]}", first: 50) { nodes { id } } }`,
    );
    expect(list.errors, JSON.stringify(list.errors)).toBeUndefined();
    expect(list.data!.cleanupList.nodes.map((n: any) => n.id)).toContain(oid(2));
  });

  it('moves to a building in another grid; the rollups of both grids are corrected', async () => {
    const [b] = await rows<{ id: number; grid_id: number }>(
      env.database.db,
      sql`SELECT id, grid_id FROM buildings WHERE grid_id = ${ids.grids[0]![1]} ORDER BY id LIMIT 1`,
    );
    const v = await version(9);
    // the manager of grid 1 may not put it into grid 2
    const refused = await env.api.exec(
      MOVE,
      { id: oid(9), v, p: { buildingId: `Building:${b!.id}` } },
      users.manager,
    );
    expect(ext(refused)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const r = await env.api.exec(
      MOVE,
      { id: oid(9), v, p: { buildingId: `Building:${b!.id}` } },
      users.subAdmin,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.moveOrganization.organization.grid.id).toBe(`Grid:${ids.grids[0]![1]}`);
    expect(r.data!.moveOrganization.changes.map((c: any) => c.field)).toEqual(
      expect.arrayContaining(['buildingId', 'gridId', 'lon']),
    );
    const recount = await one<{ a: number; b: number }>(
      sql`SELECT (SELECT sum(total) FROM coverage_rollup r JOIN policy_profiles p ON p.id = r.profile_id
                  AND p.key = 'shunyi-2017' WHERE r.grid_id = ${ids.grids[0]![1]}) AS a,
                 (SELECT count(*) FROM organizations WHERE grid_id = ${ids.grids[0]![1]}
                  AND status IN ('operating', 'suspended')) AS b`,
    );
    expect(Number(recount.a)).toBe(Number(recount.b));
    expect(await lastAudit()).toMatchObject({ action: 'organization.move' });
  });

  it('checks point, building and grid against each other; converts GCJ-02', async () => {
    const v = await version(8);
    const far = await env.api.exec(
      MOVE,
      {
        id: oid(8),
        v,
        p: { lon: X0 + 2.5 * W, lat: Y0 + 0.002, gridId: `Grid:${ids.grids[0]![0]}` },
      },
      users.subAdmin,
    );
    expect(ext(far)).toMatchObject({ field: 'place.lon', reason: 'POINT_NOT_IN_GRID' });
    const outside = await env.api.exec(
      MOVE,
      { id: oid(8), v, p: { lon: 100, lat: 30 } },
      users.subAdmin,
    );
    expect(ext(outside)).toMatchObject({ field: 'place.lon', reason: 'OUTSIDE_DISTRICT' });
    const half = await env.api.exec(MOVE, { id: oid(8), v, p: { lon: X0 } }, users.subAdmin);
    expect(ext(half)).toMatchObject({ field: 'place.lat', reason: 'COORDINATE_PAIR' });
    const wgs: [number, number] = [X0 + 0.003, Y0 + 0.003];
    const gcj = fromWgs84(wgs[0], wgs[1], 'gcj02');
    const r = await env.api.exec(
      `mutation($id: ID!, $v: Int!, $p: OrganizationPlaceInput!) { moveOrganization(id: $id, expectedVersion: $v, place: $p) {
        organization { location building { id } grid { id } } } }`,
      { id: oid(8), v, p: { lon: gcj[0], lat: gcj[1], crs: 'GCJ02' } },
      users.subAdmin,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const o = r.data!.moveOrganization.organization;
    expect(o.location.coordinates[0]).toBeCloseTo(wgs[0], 5);
    expect(o.location.coordinates[1]).toBeCloseTo(wgs[1], 5);
    expect(o).toMatchObject({ building: null, grid: { id: `Grid:${ids.grids[0]![0]}` } });
  });

  it("creates an organization in the caller's grid; requires name and type", async () => {
    const uscc = makeUscc('91', '110113', 7001);
    const place = {
      buildingId: null,
      gridId: `Grid:${ids.grids[0]![0]}`,
      lon: X0 + 0.004,
      lat: Y0 + 0.004,
    };
    const bad = await env.api.exec(CREATE, { i: { facts: { uscc }, place } }, users.manager);
    expect(ext(bad).problems.map((p: any) => p.field)).toEqual(['facts.name', 'facts.subKind']);
    const outside = await env.api.exec(
      CREATE,
      {
        i: {
          facts: { name: '越界公司', subKind: 'INDIVIDUAL_BUSINESS' },
          place: { gridId: `Grid:${ids.grids[1]![0]}` },
        },
      },
      users.manager,
    );
    expect(ext(outside)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const r = await env.api.exec(
      CREATE,
      {
        i: {
          facts: {
            name: '北京新建快递有限公司',
            uscc,
            subKind: 'NON_PUBLIC_ENTERPRISE',
            industry: 'express_delivery',
            employees: 40,
          },
          place,
        },
      },
      users.manager,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const out = r.data!.createOrganization;
    expect(out.organization).toMatchObject({ version: 1, employees: 40, status: 'OPERATING' });
    expect(out.coverageAfter).toMatchObject({ coverage: 'NONE', blankSpot: true });
    const id = Number(out.organization.id.split(':')[1]);
    expect(await materialized(id)).toMatchObject({ is_blank_spot: true });
    expect(await lastAudit()).toMatchObject({
      action: 'organization.create',
      entity_id: String(id),
    });
    const dup = await env.api.exec(
      CREATE,
      { i: { facts: { name: 'x', uscc, subKind: 'FOUNDATION' }, place } },
      users.manager,
    );
    expect(ext(dup)).toMatchObject({ field: 'facts.uscc', reason: 'USCC_TAKEN' });
  });

  it('deletes only a deregistered organization', async () => {
    const v = await version(7);
    const live = await env.api.exec(DELETE, { id: oid(7), v }, users.manager);
    expect(ext(live)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_DEREGISTERED' });
    const s = await env.api.exec(STATUS, { id: oid(7), v, s: 'DEREGISTERED' }, users.manager);
    expect(s.errors).toBeUndefined();
    const stale = await env.api.exec(DELETE, { id: oid(7), v }, users.manager);
    expect(code(stale)).toBe('CONFLICT');
    const r = await env.api.exec(DELETE, { id: oid(7), v: v + 1 }, users.manager);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.deleteOrganization.id).toBe(oid(7));
    const gone = await one<{ n: number; c: number }>(
      sql`SELECT (SELECT count(*) FROM organizations WHERE id = ${env.orgIds[7]}) AS n,
                 (SELECT count(*) FROM org_coverage WHERE organization_id = ${env.orgIds[7]}) AS c`,
    );
    expect([Number(gone.n), Number(gone.c)]).toEqual([0, 0]);
    const a = await lastAudit();
    expect(a).toMatchObject({ action: 'organization.delete', after: null });
    expect(a.before.status).toBe('deregistered');
  });
});

describe('party organizations and instructors', () => {
  it('founds a standalone branch: the organization leaves the blank spots', async () => {
    // organization 15 (grid 2 of subdistrict 1, outside the manager's grid) is a small blank spot
    const target = env.orgIds[14]!;
    expect(await materialized(target)).toMatchObject({ is_blank_spot: true });
    const input = {
      name: '新支部',
      setup: 'STANDALONE',
      memberCount: 3,
      unitIds: [`Organization:${target}`],
    };
    const forbidden = await env.api.exec(FOUND, { i: input }, users.manager);
    expect(ext(forbidden)).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const few = await env.api.exec(FOUND, { i: { ...input, memberCount: 2 } }, users.subAdmin);
    expect(ext(few)).toMatchObject({ field: 'input.memberCount', reason: 'TOO_FEW_MEMBERS' });
    const two = await env.api.exec(
      FOUND,
      { i: { ...input, unitIds: [oid(13), oid(14)] } },
      users.subAdmin,
    );
    expect(ext(two)).toMatchObject({ field: 'input.unitIds', reason: 'STANDALONE_ONE_UNIT' });
    const r = await env.api.exec(FOUND, { i: input }, users.subAdmin);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const out = r.data!.foundPartyOrganization;
    expect(out.partyOrganization).toMatchObject({
      kind: 'BRANCH',
      isJoint: false,
      unitCount: 1,
      version: 1,
    });
    expect(out.coverageChanges).toEqual([
      {
        organization: { id: `Organization:${target}` },
        before: { coverage: 'NONE', blankSpot: true },
        after: { coverage: 'ORGANIZATIONAL', blankSpot: false },
      },
    ]);
    expect(await materialized(target)).toMatchObject({
      coverage: 'organizational',
      is_blank_spot: false,
    });
    const a = await lastAudit();
    expect(a).toMatchObject({ action: 'party_org.found', entity_type: 'PartyOrganization' });
    expect(a.after.unitIds).toEqual([target]);
    const big = await env.api.exec(
      FOUND,
      { i: { ...input, memberCount: 120, unitIds: [oid(19)] }, d: true },
      users.subAdmin,
    );
    expect(big.data!.foundPartyOrganization).toMatchObject({
      dryRun: true,
      partyOrganization: null,
    });
    expect(big.data!.foundPartyOrganization.kindReason.en).toContain('committee');
  });

  it('joint branches: over the profile limit refused, units added and removed, stale version CONFLICT', async () => {
    const [joint] = await rows<{ id: number; version: number }>(
      env.database.db,
      sql`SELECT id, version FROM party_organizations WHERE is_joint ORDER BY id LIMIT 1`,
    );
    const jid = `PartyOrganization:${joint!.id}`;
    const many = Array.from({ length: 14 }, (_, i) => `Organization:${env.orgIds[i + 20]}`);
    const over = await env.api.exec(UNITS('addPartyOrganizationUnits'), {
      id: jid,
      v: joint!.version,
      u: many,
    });
    expect(ext(over)).toMatchObject({ field: 'unitIds', reason: 'OVER_JOINT_UNIT_LIMIT' });
    expect(ext(over).problems[0].message).toContain('15');
    const taken = await env.api.exec(UNITS('addPartyOrganizationUnits'), {
      id: jid,
      v: joint!.version,
      u: [oid(0)],
    });
    expect(ext(taken)).toMatchObject({ field: 'unitIds.0', reason: 'ALREADY_IN_PARTY_ORG' });
    const out = await env.api.exec(
      UNITS('addPartyOrganizationUnits'),
      { id: jid, v: joint!.version, u: [oid(4)] },
      users.otherManager,
    );
    expect(ext(out)).toMatchObject({ code: 'FORBIDDEN' });
    const add = await env.api.exec(
      UNITS('addPartyOrganizationUnits'),
      { id: jid, v: joint!.version, u: [oid(5)] },
      users.manager,
    );
    expect(add.errors, JSON.stringify(add.errors)).toBeUndefined();
    expect(add.data!.addPartyOrganizationUnits).toMatchObject({
      version: joint!.version + 1,
      partyOrganization: { unitCount: 4 },
      coverageChanges: [{ organization: { id: oid(5) }, after: { coverage: 'ORGANIZATIONAL' } }],
    });
    const stale = await env.api.exec(
      UNITS('removePartyOrganizationUnits'),
      { id: jid, v: joint!.version, u: [oid(5)] },
      users.manager,
    );
    expect(ext(stale)).toMatchObject({
      code: 'CONFLICT',
      currentVersion: joint!.version + 1,
      updatedBy: users.manager.username,
    });
    const notMember = await env.api.exec(
      UNITS('removePartyOrganizationUnits'),
      { id: jid, v: joint!.version + 1, u: [oid(9)] },
      users.manager,
    );
    expect(ext(notMember)).toMatchObject({ field: 'unitIds.0', reason: 'NOT_A_MEMBER' });
    const rm = await env.api.exec(
      UNITS('removePartyOrganizationUnits'),
      { id: jid, v: joint!.version + 1, u: [oid(5)] },
      users.manager,
    );
    expect(rm.errors, JSON.stringify(rm.errors)).toBeUndefined();
    expect(rm.data!.removePartyOrganizationUnits.partyOrganization.unitCount).toBe(3);
    // organization 6 keeps its instructor: work coverage
    expect(await materialized(env.orgIds[5]!)).toMatchObject({ coverage: 'work' });
    const a = await lastAudit();
    expect([a.action, a.before.unitIds.length, a.after.unitIds.length]).toEqual([
      'party_org.units.remove',
      4,
      3,
    ]);
  });

  it('assigns and releases an instructor, with the load against the profile', async () => {
    const [ins] = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT id FROM instructors ORDER BY id LIMIT 1`,
    );
    const q = (
      m: string,
    ) => `mutation($i: ID!, $o: ID!, $v: Int!) { ${m}(instructorId: $i, organizationId: $o, expectedVersion: $v) {
      version load loadLimit warning { en } coverageBefore { coverage } coverageAfter { coverage } } }`;
    const target = 19; // grid 2, a small blank spot
    const v = await version(target);
    const forbidden = await env.api.exec(
      q('assignInstructor'),
      { i: `Instructor:${ins!.id}`, o: oid(target), v },
      users.manager,
    );
    expect(ext(forbidden)).toMatchObject({ code: 'FORBIDDEN' });
    const r = await env.api.exec(
      q('assignInstructor'),
      { i: `Instructor:${ins!.id}`, o: oid(target), v },
      users.subAdmin,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.assignInstructor).toMatchObject({
      version: v + 1,
      load: 2,
      loadLimit: 10,
      warning: null,
      coverageBefore: { coverage: 'NONE' },
      coverageAfter: { coverage: 'WORK' },
    });
    expect(await materialized(env.orgIds[target]!)).toMatchObject({ coverage: 'work' });
    const again = await env.api.exec(
      q('assignInstructor'),
      { i: `Instructor:${ins!.id}`, o: oid(target), v: v + 1 },
      users.subAdmin,
    );
    expect(ext(again)).toMatchObject({ reason: 'ALREADY_ASSIGNED' });
    const rel = await env.api.exec(
      q('releaseInstructor'),
      { i: `Instructor:${ins!.id}`, o: oid(target), v: v + 1 },
      users.subAdmin,
    );
    expect(rel.errors).toBeUndefined();
    expect(rel.data!.releaseInstructor.coverageAfter.coverage).toBe('NONE');
    expect(await lastAudit()).toMatchObject({ action: 'organization.instructor.release' });
  });
});

describe('history and revert', () => {
  const HISTORY = `query($id: ID!) { organization(id: $id) { version canRevert
    history { id actor action revertible before after note } } }`;
  const REVERT = `mutation($a: ID!, $v: Int!) { revertOrganizationChange(auditId: $a, expectedVersion: $v) {
    version changes { field before after } organization { employees status gridId: grid { id } } } }`;

  it('lists who changed what, newest first; an administrator reverts one change, the later ones stay', async () => {
    const m = users.manager;
    // a fresh organization in the manager's grid, so earlier tests' edits do not matter
    const made = await env.api.exec(CREATE, {
      i: {
        facts: { name: '历史测试单位', subKind: 'INDIVIDUAL_BUSINESS', employees: 5 },
        place: { gridId: `Grid:${ids.grids[0]![0]}` },
      },
    });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const id = made.data!.createOrganization.organization.id as string;
    const start = { employees: 5 };
    const v0 = 1;
    expect(
      (await env.api.exec(UPDATE, { id: id, v: v0, f: { employees: 77 } }, m)).errors,
    ).toBeUndefined();
    expect(
      (await env.api.exec(STATUS, { id: id, v: v0 + 1, s: 'SUSPENDED' }, m)).errors,
    ).toBeUndefined();
    const h = (await env.api.exec(HISTORY, { id: id }, m)).data!.organization;
    expect(h.canRevert).toBe(false); // a grid manager edits but does not revert
    expect(h.history.slice(0, 2).map((e: any) => [e.action, e.actor, e.revertible])).toEqual([
      ['organization.status', m.username, true],
      ['organization.update', m.username, true],
    ]);
    const update = h.history[1];
    expect([update.before.employees, update.after.employees]).toEqual([
      Number(start.employees),
      77,
    ]);

    const refused = await env.api.exec(REVERT, { a: update.id, v: v0 + 2 }, m);
    expect([code(refused), ext(refused).reason]).toEqual(['FORBIDDEN', 'ROLE_NOT_ALLOWED']);
    const stale = await env.api.exec(REVERT, { a: update.id, v: v0 + 1 }, users.subAdmin);
    expect(code(stale)).toBe('CONFLICT');
    const admin = (await env.api.exec(HISTORY, { id: id }, users.subAdmin)).data!.organization;
    expect(admin.canRevert).toBe(true);

    const r = await env.api.exec(REVERT, { a: update.id, v: v0 + 2 }, users.subAdmin);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.revertOrganizationChange.changes).toEqual([
      { field: 'employees', before: 77, after: Number(start.employees) },
    ]);
    // the later status change stays
    expect(r.data!.revertOrganizationChange.organization).toMatchObject({
      employees: Number(start.employees),
      status: 'SUSPENDED',
    });
    const last = await lastAudit();
    expect([last.action, last.actor]).toEqual(['organization.revert', users.subAdmin.username]);
    expect(await rollupMismatches(env.database.db)).toBe(0);
    // the same change again: nothing differs now
    const again = await env.api.exec(REVERT, { a: update.id, v: v0 + 3 }, users.subAdmin);
    expect(ext(again).reason).toBe('NO_CHANGE');
  });

  it('reverts a move back to its building; refuses entries that are not an organization edit', async () => {
    const i = 11;
    const before = await one<{ building_id: number; grid_id: number }>(
      sql`SELECT building_id, grid_id FROM organizations WHERE id = ${env.orgIds[i]}`,
    );
    const other = await one<{ id: number; grid_id: number }>(
      sql`SELECT id, grid_id FROM buildings WHERE grid_id <> ${before.grid_id} ORDER BY id LIMIT 1`,
    );
    const v = await version(i);
    const moved = await env.api.exec(MOVE, {
      id: oid(i),
      v,
      p: { buildingId: `Building:${other.id}` },
    });
    expect(moved.errors, JSON.stringify(moved.errors)).toBeUndefined();
    const entry = (await env.api.exec(HISTORY, { id: oid(i) })).data!.organization.history[0];
    expect(entry.action).toBe('organization.move');
    const r = await env.api.exec(REVERT, { a: entry.id, v: v + 1 }, users.districtAdmin);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const back = await one<{ building_id: number; grid_id: number }>(
      sql`SELECT building_id, grid_id FROM organizations WHERE id = ${env.orgIds[i]}`,
    );
    expect([Number(back.building_id), Number(back.grid_id)]).toEqual([
      Number(before.building_id),
      Number(before.grid_id),
    ]);
    expect(await rollupMismatches(env.database.db)).toBe(0);
    const grid = await one<{ id: number }>(
      sql`SELECT id FROM audit_log WHERE entity_type <> 'Organization' ORDER BY id LIMIT 1`,
    );
    const bad = await env.api.exec(
      REVERT,
      { a: `AuditEntry:${grid.id}`, v: 1 },
      users.districtAdmin,
    );
    expect([code(bad), ext(bad).reason]).toEqual(['BAD_USER_INPUT', 'NOT_REVERTIBLE']);
  });
});
