import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/rows.ts';
import { codes } from '../helpers/graphql.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

// The small demo (helpers/small-demo.ts) under the default profile shunyi-2017: in each
// building a logistics firm with 1 formal member and a law firm with 2 need a party
// organization (seed 000 art. 6) and cannot found their own; one joint branch of 3 exists.
const env = useSmallDemoApi({ evaluate: true });

const PLAN = `query ($scope: ID!, $options: JointBranchPlanOptions) {
  jointBranchPlan(scope: $scope, options: $options) {
    profileKey unitLimit radiusM candidates complete
    proposals { key subdistrictId unitCount farthestMemberM totalDistanceM formalMembers engine
      reasons explanation { zh en } industries { industry count }
      seat { id } members { id distanceM industry } }
    attachments { key partyOrganizationId unitsBefore room farthestMemberM members { id distanceM }
      explanation { zh en } }
    ungrouped { organization { id } reason explanation { zh en } }
    quality { components exactComponents provenOptimal objective lowerBound gap totalDistanceM }
  }
}`;

const SITING = `query ($scope: ID!, $options: ServiceCenterSitingOptions) {
  serviceCenterSiting(scope: $scope, options: $options) {
    radiusM weight uncoveredOrganizations uncoveredWeight uncoveredBuildings candidates
    sites { buildingId name gain gainOrganizations cumulative explanation { zh en } }
    coveredWeight upperBound engine optimal complete
  }
}`;

const num = (id: string) => Number(id.split(':')[1]);

async function orgFacts() {
  const found = await rows<{ id: number; sub: number; party: number | null }>(
    env.database.db,
    sql`SELECT o.id, o.subdistrict_id AS sub, c.party_organization_id AS party
        FROM organizations o
        JOIN org_coverage c ON c.organization_id = o.id
        JOIN policy_profiles p ON p.id = c.profile_id AND p.key = 'shunyi-2017'`,
  );
  return new Map(found.map((r) => [Number(r.id), { sub: Number(r.sub), party: r.party }]));
}

describe('jointBranchPlan', () => {
  it('groups every candidate once, within capacity and subdistrict, each with its reasons', async () => {
    const r = await env.api.exec(PLAN, { scope: `District:${env.districtId}` });
    expect(r.errors).toBeUndefined();
    const plan = r.data!.jointBranchPlan;
    expect(plan.profileKey).toBe('shunyi-2017');
    expect(plan.unitLimit).toBe(15);
    expect(plan.candidates).toBeGreaterThan(10);
    const facts = await orgFacts();
    const seen: number[] = [];
    for (const p of plan.proposals) {
      expect(p.unitCount).toBeLessThanOrEqual(plan.unitLimit);
      expect(p.unitCount).toBeGreaterThanOrEqual(2);
      expect(p.members.map((m: any) => m.id)).toContain(p.seat.id);
      expect(p.farthestMemberM).toBeLessThanOrEqual(plan.radiusM);
      const subs = new Set(p.members.map((m: any) => facts.get(num(m.id))!.sub));
      expect([...subs]).toEqual([num(p.subdistrictId)]);
      expect(p.explanation.zh).toContain('最远成员');
      expect(p.explanation.en).toContain('farthest member');
      expect(p.reasons).toContain('WITHIN_RADIUS');
      expect(p.engine).toBe('EXACT');
      seen.push(...p.members.map((m: any) => num(m.id)));
    }
    for (const a of plan.attachments) {
      expect(a.members.length).toBeLessThanOrEqual(a.room);
      expect(a.unitsBefore + a.room).toBe(plan.unitLimit);
      expect(a.explanation.zh).toContain('加入');
      seen.push(...a.members.map((m: any) => num(m.id)));
    }
    for (const u of plan.ungrouped) {
      expect(u.explanation.zh.length).toBeGreaterThan(0);
      seen.push(num(u.organization.id));
    }
    expect(seen.length).toBe(plan.candidates);
    expect(new Set(seen).size).toBe(seen.length);
    // Nobody proposed already has organizational coverage.
    for (const id of seen) expect(facts.get(id)!.party).toBeNull();
    // Small parts are solved to proven optimality: the bound meets the objective.
    expect(plan.quality.provenOptimal).toBe(plan.quality.components);
    expect(plan.quality.gap).toBe(0);
    expect(plan.complete).toBe(true);
  });

  it('answers the same plan for the same input', async () => {
    const a = await env.api.exec(PLAN, { scope: `District:${env.districtId}` });
    const b = await env.api.exec(PLAN, { scope: `District:${env.districtId}` });
    expect(b.data).toEqual(a.data);
  });

  it('keeps members within a smaller radius and agrees with the heuristic alone', async () => {
    const exact = await env.api.exec(PLAN, {
      scope: `District:${env.districtId}`,
      options: { radiusM: 100 },
    });
    expect(exact.errors).toBeUndefined();
    for (const p of exact.data!.jointBranchPlan.proposals) {
      expect(p.farthestMemberM).toBeLessThanOrEqual(100);
    }
    const heuristic = await env.api.exec(PLAN, {
      scope: `District:${env.districtId}`,
      options: { radiusM: 100, exactMaxOrgs: 0 },
    });
    const q = heuristic.data!.jointBranchPlan.quality;
    expect(q.exactComponents).toBe(0);
    expect(q.lowerBound).toBeLessThanOrEqual(q.objective);
    // On these small parts the heuristic finds the optimum too.
    expect(q.objective).toBeCloseTo(exact.data!.jointBranchPlan.quality.objective, 6);
  });

  it('refuses bad options and scopes with the field and reason', async () => {
    const r = await env.api.exec(PLAN, {
      scope: `District:${env.districtId}`,
      options: { radiusM: 10 },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions).toMatchObject({
      field: 'options.radiusM',
      reason: 'OUT_OF_RANGE',
    });
    const wrong = await env.api.exec(PLAN, { scope: 'Organization:1' });
    expect(wrong.errors![0]!.extensions).toMatchObject({ field: 'scope', reason: 'WRONG_ID_TYPE' });
  });
});

describe('serviceCenterSiting', () => {
  /** Active organizations outside every circle, counted by PostGIS (geodesic). */
  async function outsideByPostgis(): Promise<number[]> {
    const found = await rows<{ id: number }>(
      env.database.db,
      sql`SELECT o.id FROM organizations o
          WHERE o.status IN ('operating', 'suspended') AND o.location IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM service_centers s
              WHERE ST_DWithin(s.location::geography, o.location::geography, s.service_radius_m))
          ORDER BY o.id`,
    );
    return found.map((r) => Number(r.id));
  }

  it('counts what lies outside every circle as PostGIS does and proposes sites by gain', async () => {
    const r = await env.api.exec(SITING, {
      scope: `District:${env.districtId}`,
      options: { count: 3, radiusM: 400 },
    });
    expect(r.errors).toBeUndefined();
    const s = r.data!.serviceCenterSiting;
    const outside = await outsideByPostgis();
    expect(s.uncoveredOrganizations).toBe(outside.length);
    expect(s.uncoveredWeight).toBe(outside.length);
    expect(s.sites.length).toBeGreaterThan(0);
    // Gains only shrink (coverage is submodular) and add up to the cumulative coverage.
    let total = 0;
    s.sites.forEach((site: any, i: number) => {
      if (i > 0) expect(site.gain).toBeLessThanOrEqual(s.sites[i - 1].gain);
      total += site.gain;
      expect(site.cumulative).toBe(total);
      expect(site.explanation.zh).toContain('新覆盖');
    });
    expect(s.coveredWeight).toBe(total);
    expect(s.upperBound).toBeGreaterThanOrEqual(s.coveredWeight);
    expect(s.optimal).toBe(true);
  });

  it('picks the best single site, as a brute-force count over every building finds', async () => {
    const r = await env.api.exec(SITING, {
      scope: `District:${env.districtId}`,
      options: { count: 1, radiusM: 700 },
    });
    const best = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT max(n) AS n FROM (
            SELECT b.id, count(o.id) AS n FROM buildings b
            LEFT JOIN organizations o ON o.status IN ('operating', 'suspended')
              AND ST_DWithin(b.location::geography, o.location::geography, 700)
              AND NOT EXISTS (SELECT 1 FROM service_centers s
                WHERE ST_DWithin(s.location::geography, o.location::geography, s.service_radius_m))
            GROUP BY b.id) t`,
    );
    expect(r.data!.serviceCenterSiting.coveredWeight).toBe(Number(best[0]!.n));
  });
});

describe('acceptJointBranchProposal', () => {
  const ACCEPT = `mutation ($i: AcceptJointBranchInput!, $d: Boolean) {
    acceptJointBranchProposal(input: $i, dryRun: $d) { dryRun version
      partyOrganization { id isJoint unitCount version }
      coverageChanges { organization { id } after { coverage } } } }`;
  const PLAN_KEYS = `query ($scope: ID!, $o: JointBranchPlanOptions) { jointBranchPlan(scope: $scope, options: $o) {
    proposals { key formalMembers seat { id } members { id } }
    attachments { key version partyOrganizationId members { id } } } }`;
  const plan = async (o?: object) =>
    (await env.api.exec(PLAN_KEYS, { scope: `District:${env.districtId}`, o })).data!
      .jointBranchPlan;
  /** The proposal's units, the seat first, as the panel sends them. */
  const unitsOf = (p: any) => [
    p.seat.id,
    ...p.members.map((m: any) => m.id).filter((id: string) => id !== p.seat.id),
  ];
  const partyOrgCount = async () =>
    Number(
      (
        await rows<{ n: number }>(
          env.database.db,
          sql`SELECT count(*) AS n FROM party_organizations`,
        )
      )[0]!.n,
    );
  const lastAudit = async () =>
    (
      await rows<{ action: string; actor: string; after: any; before: any }>(
        env.database.db,
        sql`SELECT action, actor, before, after FROM audit_log ORDER BY id DESC LIMIT 1`,
      )
    )[0]!;

  it('writes nothing until accepted; accepting founds the joint branch through the ledger, audited', async () => {
    const before = await plan();
    const p = before.proposals[0];
    expect(p).toBeDefined();
    const count = await partyOrgCount();
    const dry = await env.api.exec(
      ACCEPT,
      { i: { key: p.key, unitIds: unitsOf(p), memberCount: 3 }, d: true },
      env.users.districtAdmin,
    );
    expect(dry.errors, JSON.stringify(dry.errors)).toBeUndefined();
    expect(dry.data!.acceptJointBranchProposal).toMatchObject({
      dryRun: true,
      partyOrganization: null,
    });
    expect(await partyOrgCount()).toBe(count);

    const r = await env.api.exec(
      ACCEPT,
      { i: { key: p.key, unitIds: unitsOf(p), memberCount: 3 } },
      env.users.districtAdmin,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const out = r.data!.acceptJointBranchProposal;
    expect(out.partyOrganization).toMatchObject({
      isJoint: true,
      unitCount: p.members.length,
      version: 1,
    });
    for (const c of out.coverageChanges) expect(c.after.coverage).toBe('ORGANIZATIONAL');
    expect(await partyOrgCount()).toBe(count + 1);
    const audit = await lastAudit();
    expect(audit.action).toBe('party_org.found');
    expect(audit.actor).toBe('district_admin-101');
    expect(audit.after.unitIds).toEqual(
      unitsOf(p)
        .map(num)
        .sort((a, b) => a - b),
    );
    expect(audit.after.isJoint).toBe(true);

    // The accepted units are covered now: the next plan proposes none of them.
    const after = await plan();
    const proposed = new Set([
      ...after.proposals.flatMap((x: any) => x.members.map((m: any) => m.id)),
      ...after.attachments.flatMap((x: any) => x.members.map((m: any) => m.id)),
    ]);
    for (const id of unitsOf(p)) expect(proposed.has(id)).toBe(false);
    // Accepting the same proposal again is refused by the ledger (they belong to a branch now).
    const again = await env.api.exec(
      ACCEPT,
      { i: { key: p.key, unitIds: unitsOf(p), memberCount: 3 } },
      env.users.districtAdmin,
    );
    expect(again.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ALREADY_IN_PARTY_ORG',
    });
  });

  it('refuses a bad key, a seat not first, units across subdistricts and too few members', async () => {
    const { proposals } = await plan();
    const p = proposals[0];
    const u = unitsOf(p);
    const as = env.users.districtAdmin;
    const bad = await env.api.exec(ACCEPT, { i: { key: 'x:1', unitIds: u } }, as);
    expect(bad.errors![0]!.extensions).toMatchObject({ field: 'input.key', reason: 'BAD_KEY' });
    const order = await env.api.exec(
      ACCEPT,
      { i: { key: p.key, unitIds: [...u].reverse(), memberCount: 3 } },
      as,
    );
    expect(order.errors![0]!.extensions).toMatchObject({ reason: 'SEAT_NOT_FIRST' });
    const facts = await orgFacts();
    const here = facts.get(num(u[0]))!.sub;
    const elsewhere = [...facts].find(([, f]) => f.sub !== here && f.party === null)![0];
    const cross = await env.api.exec(
      ACCEPT,
      { i: { key: p.key, unitIds: [...u, `Organization:${elsewhere}`], memberCount: 3 } },
      as,
    );
    expect(cross.errors![0]!.extensions).toMatchObject({
      field: 'input.unitIds',
      reason: 'CROSSES_SUBDISTRICT',
    });
    const few = await env.api.exec(ACCEPT, { i: { key: p.key, unitIds: u, memberCount: 1 } }, as);
    expect(few.errors![0]!.extensions).toMatchObject({
      field: 'input.memberCount',
      reason: 'TOO_FEW_MEMBERS',
    });
    const outside = await env.api.exec(
      ACCEPT,
      { i: { key: p.key, unitIds: u, memberCount: 3 } },
      env.users.otherDistrictAdmin,
    );
    expect(outside.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('accepting an attachment adds the units to the existing branch at the version the plan read', async () => {
    // The small demo's joint branch of 3 has room but no subdistrict: place it in its units'
    // one. Where a new branch costs as much as 5 km of walking, candidates in reach join it.
    await rows(
      env.database.db,
      sql`UPDATE party_organizations p SET subdistrict_id = o.subdistrict_id
          FROM party_org_units u JOIN organizations o ON o.id = u.organization_id
          WHERE p.is_joint AND u.party_organization_id = p.id AND p.subdistrict_id IS NULL`,
    );
    const { attachments } = await plan({ radiusM: 5_000, branchCostM: 5_000 });
    expect(attachments.length).toBeGreaterThan(0);
    const a = attachments[0];
    const ids = a.members.map((m: any) => m.id);
    const stale = await env.api.exec(
      ACCEPT,
      { i: { key: a.key, unitIds: ids, expectedVersion: a.version + 7 } },
      env.users.districtAdmin,
    );
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    const r = await env.api.exec(
      ACCEPT,
      { i: { key: a.key, unitIds: ids, expectedVersion: a.version } },
      env.users.districtAdmin,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.acceptJointBranchProposal.partyOrganization.id).toBe(a.partyOrganizationId);
    expect((await lastAudit()).action).toBe('party_org.units.add');
  });
});
