import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/rows.ts';
import { refreshCoverage } from '../../server/src/policy/index.ts';
import {
  organizationsWithoutCoverage,
  precomputeMismatches,
  rollupMismatches,
} from '../helpers/invariants.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

/**
 * Issue 16: coverage and the roll-ups equal a recount after any sequence of ledger edits. Random
 * sequences of every kind of write (facts, status, members, party organizations founded and
 * dissolved, units added and removed, instructors, moves, service-center radius and place) go
 * through the API as an administrator; each write either succeeds or is refused with a field
 * error or a conflict, never an internal one. After each sequence the materialized coverage
 * (org_coverage, coverage_rollup) must be what a full re-evaluation writes, and the trigger-kept
 * tables (center reach, unit counts, instructor areas) must equal a direct count.
 */
const env = useSmallDemoApi({ evaluate: true });
const db = () => env.database.db;

/** The small demo's organizations: 3 subdistricts x 2 grids x 2 buildings x 5 (helpers/small-demo.ts). */
const ORGS = 60;
const org = fc.integer({ min: 0, max: ORGS - 1 });
const pick = fc.nat(1_000);
const action = fc.oneof(
  fc.record({
    kind: fc.constant('facts' as const),
    org,
    employees: fc.integer({ min: 0, max: 400 }),
    members: fc.integer({ min: 0, max: 30 }),
    union: fc.boolean(),
    league: fc.boolean(),
    activists: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({
    kind: fc.constant('status' as const),
    org,
    status: fc.constantFrom('OPERATING', 'SUSPENDED', 'ZOMBIE', 'DEREGISTERED'),
  }),
  fc.record({
    kind: fc.constant('found' as const),
    orgs: fc.uniqueArray(org, { minLength: 1, maxLength: 4 }),
    members: fc.integer({ min: 3, max: 120 }),
  }),
  fc.record({ kind: fc.constantFrom('add' as const, 'remove' as const), party: pick, org }),
  fc.record({ kind: fc.constant('dissolve' as const), party: pick }),
  fc.record({ kind: fc.constantFrom('assign' as const, 'release' as const), org }),
  fc.record({
    kind: fc.constantFrom('moveToBuilding' as const, 'moveToPoint' as const),
    org,
    building: pick,
  }),
  fc.record({ kind: fc.constant('radius' as const), radius: fc.integer({ min: 50, max: 3000 }) }),
  fc.record({ kind: fc.constant('moveCenter' as const), building: pick }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

const q = {
  facts: `mutation($id: ID!, $v: Int!, $f: OrganizationFactsInput!) {
    updateOrganization(id: $id, expectedVersion: $v, facts: $f) { version } }`,
  status: `mutation($id: ID!, $v: Int!, $s: OrgStatus!) {
    setOrganizationStatus(id: $id, expectedVersion: $v, status: $s) { version } }`,
  move: `mutation($id: ID!, $v: Int!, $p: OrganizationPlaceInput!) {
    moveOrganization(id: $id, expectedVersion: $v, place: $p) { version } }`,
  found: `mutation($i: FoundPartyOrganizationInput!) { foundPartyOrganization(input: $i) { version } }`,
  units: (m: string) => `mutation($id: ID!, $v: Int!, $u: [ID!]!) {
    ${m}(id: $id, expectedVersion: $v, unitIds: $u) { version } }`,
  dissolve: `mutation($id: ID!, $v: Int!) {
    dissolvePartyOrganization(id: $id, expectedVersion: $v) { version } }`,
  instructor: (m: string) => `mutation($i: ID!, $o: ID!, $v: Int!) {
    ${m}(instructorId: $i, organizationId: $o, expectedVersion: $v) { version } }`,
  radius: `mutation($id: ID!, $v: Int!, $r: Int!) {
    updateServiceCenter(id: $id, expectedVersion: $v, facts: { serviceRadiusM: $r }) { version } }`,
  moveCenter: `mutation($id: ID!, $v: Int!, $p: PointInput!) {
    moveServiceCenter(id: $id, expectedVersion: $v, location: $p) { version } }`,
};

type Row = { id: number; version: number };
const first = async (query: ReturnType<typeof sql>) => (await rows<Row>(db(), query))[0];
const nth = <T>(list: T[], i: number) => list[i % list.length];
const orgRow = (i: number) =>
  first(sql`SELECT id, version FROM organizations WHERE id = ${env.orgIds[i % env.orgIds.length]}`);
const partyRow = async (i: number) =>
  nth(
    await rows<Row>(
      db(),
      sql`SELECT id, version FROM party_organizations WHERE dissolved_on IS NULL ORDER BY id`,
    ),
    i,
  );
const building = async (i: number) =>
  nth(
    await rows<{ id: number; lon: number; lat: number }>(
      db(),
      sql`SELECT id, ST_X(location) AS lon, ST_Y(location) AS lat FROM buildings ORDER BY id`,
    ),
    i,
  );
const gid = (type: string, id: number) => `${type}:${id}`;

/** The one write an action stands for, as [query, variables] (null when there is nothing to act on). */
async function request(a: Action): Promise<[string, Record<string, unknown>] | null> {
  switch (a.kind) {
    case 'facts': {
      const o = (await orgRow(a.org))!;
      const f = {
        employees: a.employees,
        partyMembers: Math.min(a.members, a.employees),
        hasTradeUnion: a.union,
        hasYouthLeague: a.league,
        activists: a.activists,
      };
      return [q.facts, { id: gid('Organization', o.id), v: o.version, f }];
    }
    case 'status': {
      const o = (await orgRow(a.org))!;
      return [q.status, { id: gid('Organization', o.id), v: o.version, s: a.status }];
    }
    case 'found': {
      const ids = a.orgs.map((i) => gid('Organization', env.orgIds[i]!));
      const setup = ids.length === 1 ? 'STANDALONE' : 'JOINT';
      const i = { name: '性质测试支部', setup, memberCount: a.members, unitIds: ids };
      return [q.found, { i }];
    }
    case 'add':
    case 'remove': {
      const p = await partyRow(a.party);
      if (!p) return null;
      const m = a.kind === 'add' ? 'addPartyOrganizationUnits' : 'removePartyOrganizationUnits';
      const u = [gid('Organization', env.orgIds[a.org]!)];
      return [q.units(m), { id: gid('PartyOrganization', p.id), v: p.version, u }];
    }
    case 'dissolve': {
      const p = await partyRow(a.party);
      if (!p) return null;
      return [q.dissolve, { id: gid('PartyOrganization', p.id), v: p.version }];
    }
    case 'assign':
    case 'release': {
      const o = (await orgRow(a.org))!;
      const ins = (await first(sql`SELECT id, 0 AS version FROM instructors ORDER BY id LIMIT 1`))!;
      const m = a.kind === 'assign' ? 'assignInstructor' : 'releaseInstructor';
      const vars = { i: gid('Instructor', ins.id), o: gid('Organization', o.id), v: o.version };
      return [q.instructor(m), vars];
    }
    case 'moveToBuilding':
    case 'moveToPoint': {
      const o = (await orgRow(a.org))!;
      const b = (await building(a.building))!;
      const p =
        a.kind === 'moveToBuilding'
          ? { buildingId: gid('Building', b.id) }
          : { lon: Number(b.lon), lat: Number(b.lat) };
      return [q.move, { id: gid('Organization', o.id), v: o.version, p }];
    }
    case 'radius':
    case 'moveCenter': {
      const c = await first(sql`SELECT id, version FROM service_centers ORDER BY id LIMIT 1`);
      if (!c) return null;
      const base = { id: gid('ServiceCenter', c.id), v: c.version };
      if (a.kind === 'radius') return [q.radius, { ...base, r: a.radius }];
      const b = (await building(a.building))!;
      return [q.moveCenter, { ...base, p: { lon: Number(b.lon), lat: Number(b.lat) } }];
    }
  }
}

/** A digest of the materialized coverage and roll-ups (without their timestamps). */
async function coverageDigest() {
  const [r] = await rows<{ c: string; r: string }>(
    db(),
    sql`SELECT
      (SELECT md5(coalesce(string_agg((to_jsonb(c) - 'computed_at')::text, '|'
         ORDER BY profile_id, organization_id), '')) FROM org_coverage c) AS c,
      (SELECT md5(coalesce(string_agg(to_jsonb(r)::text, '|' ORDER BY to_jsonb(r)::text), ''))
         FROM (SELECT profile_id, district_id, subdistrict_id, grid_id, category, sub_kind,
                 size_class, total, organizational, blank_spots, gaps, members, excluded
               FROM coverage_rollup WHERE total <> 0 OR excluded <> 0) r) AS r`,
  );
  return r!;
}

describe('ledger edits keep coverage equal to a recount (property)', () => {
  it('after random sequences of writes, coverage, roll-ups and the precomputed tables agree', async () => {
    const outcomes: Record<string, number> = { ok: 0, BAD_USER_INPUT: 0, CONFLICT: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 6 }), async (actions) => {
        for (const a of actions) {
          const req = await request(a);
          if (!req) continue;
          const r = await env.api.exec(req[0], req[1]);
          const code = String(r.errors?.[0]?.extensions?.code ?? 'ok');
          // a refusal is a named field error or conflict, never an internal one
          expect(
            ['ok', 'BAD_USER_INPUT', 'CONFLICT'],
            `${a.kind}: ${JSON.stringify(r.errors)}`,
          ).toContain(code);
          outcomes[code]! += 1;
        }
        expect(await rollupMismatches(db())).toBe(0);
        expect(await organizationsWithoutCoverage(db())).toBe(0);
        expect(await precomputeMismatches(db())).toBe(0);
        const kept = await coverageDigest();
        await db().transaction((tx) => refreshCoverage(tx, { all: true }));
        expect(await coverageDigest()).toEqual(kept);
      }),
      { numRuns: 12, seed: 16 },
    );
    // the property is not vacuous: most writes went through
    expect(outcomes.ok).toBeGreaterThan(outcomes.BAD_USER_INPUT! + outcomes.CONFLICT!);
  }, 120_000);
});
