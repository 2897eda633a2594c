import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/rows.ts';
import type { Database } from '../../server/src/db/client.ts';
import * as t from '../../server/src/db/schema.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';
import {
  ensureSeedProfiles,
  evaluateOrganization,
  loadOrgFacts,
  loadProfiles,
  refreshCoverage,
  type StoredProfile,
} from '../../server/src/policy/index.ts';
import { testDatabase } from '../helpers/db.ts';
import { createTestApi } from '../helpers/graphql.ts';

type Org = typeof t.organizations.$inferInsert;
type Facts = Partial<Omit<Org, 'districtId'>>;

/**
 * Per profile: [facts, the rules that apply and are not met, those that apply and are met] at
 * every threshold edge.
 */
const CASES: Record<string, [Facts, string[], string[]][]> = {
  // seed 000: 50+ employees a member, 100+ a party organization; 30+ staff social organizations
  'shunyi-2017': [
    [{ employees: 49 }, ['no-members-work'], []],
    [{ employees: 50 }, ['emp50-member', 'no-members-work'], []],
    [{ employees: 99, partyMembers: 1 }, ['members-org'], ['emp50-member']],
    [{ employees: 100, partyMembers: 1 }, ['members-org', 'emp100-org'], ['emp50-member']],
    [{ ...social('private_non_enterprise', 'education'), employees: 29 }, ['no-members-work'], []],
    [
      { ...social('private_non_enterprise', 'education'), employees: 30 },
      ['social30-org', 'no-members-work'],
      [],
    ],
    [
      { ...social('social_intermediary', 'law'), employees: 30, hasTradeUnion: true },
      ['social30-org'],
      ['no-members-work'],
    ],
    [{ ...social('social_intermediary', 'it'), employees: 300 }, ['no-members-work'], []],
  ],
  // seed 001: 80+; 50-79 with revenue >= 5,000,000; 3+ members standalone; social thresholds
  'changle-2011': [
    [{ employees: 79 }, [], []],
    [{ employees: 80 }, ['emp80-org'], []],
    [{ employees: 50, revenueYuan: 4_999_999 }, [], []],
    [{ employees: 50, revenueYuan: 5_000_000 }, ['emp50-79-rev500-org'], []],
    [{ employees: 49, revenueYuan: 5_000_000 }, [], []],
    [{ employees: 79, revenueYuan: 5_000_000 }, ['emp50-79-rev500-org'], []],
    [{ employees: 10, partyMembers: 2 }, ['members-org'], []],
    [{ employees: 10, partyMembers: 3 }, ['members-org', 'members3-standalone'], []],
    [{ ...social('private_non_enterprise', 'education'), employees: 49 }, [], []],
    [
      { ...social('private_non_enterprise', 'education'), employees: 50 },
      ['social50-standalone'],
      [],
    ],
    [{ ...social('social_group', 'other'), employees: 3, memberUnits: 79 }, [], []],
    [
      { ...social('social_group', 'other'), employees: 3, memberUnits: 80 },
      ['group80-standalone'],
      [],
    ],
    [{ ...social('social_group', 'other'), employees: 0, memberUnits: 120 }, [], []],
  ],
  // seed 004: 3+ members; 50+ (stable) a member; 100+ (stable) standalone; activists by size
  'county-plan': [
    [{ employees: 10, partyMembers: 2, activists: 1 }, [], ['activists-lt50']],
    [{ employees: 10, partyMembers: 3 }, ['members3-org', 'activists-lt50'], []],
    [{ employees: 49, activists: 1 }, ['no-members-work'], ['activists-lt50']],
    [{ employees: 50, activists: 2 }, ['emp50-member', 'no-members-work', 'activists-50-99'], []],
    [
      { employees: 50, status: 'suspended', activists: 3 },
      ['no-members-work'],
      ['activists-50-99'],
    ],
    [{ employees: 99, partyMembers: 1, activists: 3 }, [], ['emp50-member', 'activists-50-99']],
    [
      { employees: 100, partyMembers: 1, activists: 4 },
      ['emp100-standalone', 'activists-100'],
      ['emp50-member'],
    ],
    [
      { employees: 100, partyMembers: 1, activists: 5 },
      ['emp100-standalone'],
      ['emp50-member', 'activists-100'],
    ],
  ],
};

function social(subKind: Org['subKind'], industry: string): Facts {
  return { category: 'new_social', subKind, industry };
}

let database: Database;
let districtId: number;
let gridId: number;
let profiles: StoredProfile[];

async function insertOrg(f: Facts): Promise<number> {
  const [row] = await database.db
    .insert(t.organizations)
    .values({
      name: `边界${Math.random()}`,
      category: 'new_economic',
      subKind: 'non_public_enterprise',
      ...f,
      districtId,
      gridId,
    })
    .returning({ id: t.organizations.id });
  return row!.id;
}

beforeAll(async () => {
  database = await testDatabase();
  ({ districtId } = await loadSmallDemo(database));
  const [g] = await database.db.select({ id: t.grids.id }).from(t.grids).limit(1);
  gridId = g!.id;
  await ensureSeedProfiles(database);
  profiles = await loadProfiles(database.db);
});
afterAll(() => database.close());

const bitsToRules = (p: StoredProfile, bits: number) =>
  p.document.rules.filter((_, i) => bits & (1 << i)).map((r) => r.id);

describe.each(Object.keys(CASES))('profile %s at every threshold edge', (key) => {
  it.each(CASES[key]!.map((c) => [JSON.stringify(c[0]), ...c] as const))(
    '%s',
    async (_name, facts, unmet, met) => {
      const applies = [...unmet, ...met].sort();
      const id = await insertOrg(facts as Facts);
      await database.db.transaction((tx) => refreshCoverage(tx, { organizationIds: [id] }));
      const p = profiles.find((x) => x.key === key)!;
      const [row] = await rows<{ applicable: number; unmet: number }>(
        database.db,
        sql`SELECT applicable, unmet FROM org_coverage WHERE profile_id = ${p.id} AND organization_id = ${id}`,
      );
      expect(bitsToRules(p, row!.applicable).sort()).toEqual(applies);
      expect(bitsToRules(p, row!.unmet)).toEqual(unmet);
      const ref = evaluateOrganization(
        p.document,
        (await loadOrgFacts(database.db, [id])).get(id)!,
      );
      expect(bitsToRules(p, ref.applicable).sort()).toEqual(applies);
      expect(bitsToRules(p, ref.unmet)).toEqual(unmet);
    },
  );
});

describe('seed 001 survey size classes', () => {
  it.each([
    [29, null, 'lt30'],
    [30, null, '30-49'],
    [49, 9_000_000, '30-49'],
    [50, 4_999_999, '50-79'],
    [50, 5_000_000, 'large'],
    [79, null, '50-79'],
    [80, null, 'large'],
  ])('%i employees, revenue %s: %s', async (employees, revenueYuan, cls) => {
    const id = await insertOrg({ employees, revenueYuan });
    await database.db.transaction((tx) => refreshCoverage(tx, { organizationIds: [id] }));
    const [row] = await rows<{ size_class: string }>(
      database.db,
      sql`SELECT size_class FROM org_coverage c JOIN policy_profiles p ON p.id = c.profile_id
          WHERE p.key = 'changle-2011' AND organization_id = ${id}`,
    );
    expect(row!.size_class).toBe(cls);
  });
});

describe('coverage paths', () => {
  async function coverageOf(id: number) {
    await database.db.transaction((tx) => refreshCoverage(tx, { organizationIds: [id] }));
    const [row] = await rows<{
      coverage: string;
      is_blank_spot: boolean;
      is_excluded: boolean;
      is_gap: boolean;
    }>(
      database.db,
      sql`SELECT coverage, is_blank_spot, is_excluded, is_gap FROM org_coverage c
          JOIN policy_profiles p ON p.id = c.profile_id WHERE p.key = 'shunyi-2017' AND organization_id = ${id}`,
    );
    return row!;
  }
  async function instructor() {
    const [i] = await database.db
      .insert(t.instructors)
      .values({ name: '指导员', districtId })
      .returning();
    return i!.id;
  }

  it('work coverage by an instructor, by each mass organization; none without', async () => {
    const byInstructor = await insertOrg({ employees: 20 });
    await database.db
      .insert(t.instructorAssignments)
      .values({ instructorId: await instructor(), organizationId: byInstructor });
    expect(await coverageOf(byInstructor)).toMatchObject({
      coverage: 'work',
      is_blank_spot: false,
    });
    for (const mass of ['hasTradeUnion', 'hasYouthLeague', 'hasWomensFederation'] as const) {
      expect(await coverageOf(await insertOrg({ employees: 20, [mass]: true }))).toMatchObject({
        coverage: 'work',
      });
    }
    const ended = await insertOrg({ employees: 20 });
    await database.db
      .insert(t.instructorAssignments)
      .values({ instructorId: await instructor(), organizationId: ended, endedOn: '2024-01-01' });
    expect(await coverageOf(ended)).toMatchObject({ coverage: 'none', is_blank_spot: true });
  });

  it('organizational coverage by a current membership only; a 100+ enterprise with work coverage is a gap', async () => {
    const [po] = await database.db
      .insert(t.partyOrganizations)
      .values({ name: '支部', kind: 'branch', foundingMode: 'standalone', districtId })
      .returning();
    const left = await insertOrg({ employees: 120, hasTradeUnion: true });
    await database.db
      .insert(t.partyOrgUnits)
      .values({ partyOrganizationId: po!.id, organizationId: left, leftOn: '2023-05-01' });
    expect(await coverageOf(left)).toMatchObject({
      coverage: 'work',
      is_gap: true,
      is_blank_spot: false,
    });
    await database.db
      .insert(t.partyOrgUnits)
      .values({ partyOrganizationId: po!.id, organizationId: left });
    expect(await coverageOf(left)).toMatchObject({ coverage: 'organizational', is_gap: true }); // 0 members: emp50-member unmet
  });

  it('zombie and deregistered organizations are excluded, neither blank spot nor gap', async () => {
    for (const status of ['zombie', 'deregistered'] as const) {
      expect(await coverageOf(await insertOrg({ employees: 150, status }))).toMatchObject({
        coverage: 'none',
        is_excluded: true,
        is_blank_spot: false,
        is_gap: false,
      });
    }
  });
});

describe('joint organization size (seed 000 art. 6: no more than 15 units)', () => {
  it('flags a joint branch with 16 units, not one with 15', async () => {
    const api = await createTestApi(database);
    const joints: number[] = [];
    for (const units of [15, 16]) {
      const [po] = await database.db
        .insert(t.partyOrganizations)
        .values({
          name: `联合支部${units}`,
          kind: 'branch',
          foundingMode: 'park_joint',
          isJoint: true,
          districtId,
        })
        .returning();
      joints.push(po!.id);
      for (let i = 0; i < units; i++) {
        const id = await insertOrg({ employees: 5 });
        await database.db
          .insert(t.partyOrgUnits)
          .values({ partyOrganizationId: po!.id, organizationId: id });
      }
    }
    const r = await api.exec(
      `query($d: ID) { coverageSummary(scope: $d) { jointOverLimit { units limit partyOrganization { id name } } } }`,
      {
        d: `District:${districtId}`,
      },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.coverageSummary.jointOverLimit).toEqual([
      {
        units: 16,
        limit: 15,
        partyOrganization: { id: `PartyOrganization:${joints[1]}`, name: '联合支部16' },
      },
    ]);
    const c = await api.exec(
      `{ coverageSummary(profile: "changle-2011") { jointOverLimit { units } } }`,
    );
    expect(c.data!.coverageSummary.jointOverLimit).toEqual([]); // no limit in seed 001
    await api.stop();
  });
});
