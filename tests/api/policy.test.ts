import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/rows.ts';
import { SYSTEM_USER, type SessionUser } from '../../server/src/auth/guards.ts';
import { createContext } from '../../server/src/graphql/context.ts';
import {
  DEFAULT_PROFILE_KEY,
  ensureCoverageFresh,
  PROFILE_LOOKUP_REASONS,
  requireProfile,
  ensureSeedProfiles,
  refreshCoverage,
  SHUNYI_2017,
} from '../../server/src/policy/index.ts';
import { codes } from '../helpers/graphql.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

const env = useSmallDemoApi({ evaluate: true });

const PLANNER: SessionUser = { ...SYSTEM_USER, id: 9, username: 'planner', role: 'planner' };

describe('policy profiles', () => {
  it('lists the three seed profiles with their rules and targets', async () => {
    const r = await env.api
      .exec(`{ policyProfiles { key version nameEn jointUnitLimit orgsPerInstructor
      rules { id article requirement count } targets { id metric min } } }`);
    expect(r.errors).toBeUndefined();
    const ps = r.data!.policyProfiles;
    expect(ps.map((p: any) => p.key)).toEqual(['shunyi-2017', 'changle-2011', 'county-plan']);
    expect(ps[0]).toMatchObject({ jointUnitLimit: 15, orgsPerInstructor: 10 });
    expect(ps[0].rules.find((x: any) => x.id === 'emp100-org')).toEqual({
      id: 'emp100-org',
      article: '000 第六条',
      requirement: 'PARTY_ORG',
      count: null,
    });
    expect(ps[2].rules.find((x: any) => x.id === 'activists-100').count).toBe(5);
    expect(ps[1].targets.map((t: any) => [t.metric, t.min])).toEqual([
      ['ORGANIZATIONAL_RATE', 0.35],
      ['WORK_RATE_OF_UNCOVERED', 0.4],
    ]);
  });

  it('is idempotent on start: seeding twice keeps one row per key', async () => {
    expect(await ensureSeedProfiles(env.database)).toEqual([]);
    const [n] = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*)::int AS n FROM policy_profiles`,
    );
    expect(n!.n).toBe(3);
  });
});

describe('organization coverage', () => {
  it('explains an organization with its own branch and one joined to a joint branch', async () => {
    const r = await env.api.exec(
      `query($a: ID!, $b: ID!) {
        a: organization(id: $a) { employees coverage { profile coverage standalone gap blankSpot
          requirements { rule article kind met gapKind reason { zh en } } summary { zh en } } }
        b: organization(id: $b) { employees coverage(profile: "changle-2011") { coverage standalone gap
          requirements { rule met reason { zh } } } } }`,
      { a: `Organization:${env.orgIds[0]}`, b: `Organization:${env.orgIds[1]}` },
    );
    expect(r.errors).toBeUndefined();
    const a = r.data!.a;
    expect(a.coverage).toMatchObject({
      profile: 'shunyi-2017',
      coverage: 'ORGANIZATIONAL',
      standalone: true,
      gap: false,
      blankSpot: false,
    });
    const emp100 = a.coverage.requirements.find((q: any) => q.rule === 'emp100-org');
    expect(emp100).toMatchObject({
      article: '000 第六条',
      kind: 'PARTY_ORG',
      met: true,
      gapKind: true,
    });
    expect(emp100.reason.zh).toContain(`从业人员${a.employees}人`);
    expect(emp100.reason.zh).toContain('(000 第六条); 已建立');
    // org 2 (61 employees, 1 member, revenue 6M) is in the joint branch: organizational, not standalone
    const b = r.data!.b;
    expect(b.coverage).toMatchObject({ coverage: 'ORGANIZATIONAL', standalone: false, gap: false });
    expect(b.coverage.requirements.map((q: any) => q.rule).sort()).toEqual([
      'emp50-79-rev500-org',
      'members-org',
    ]);
  });

  it('rejects an unknown profile naming the argument', async () => {
    const r = await env.api.exec(
      `query($id: ID!) { organization(id: $id) { coverage(profile: "nope") { coverage } } }`,
      {
        id: `Organization:${env.orgIds[0]}`,
      },
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions).toMatchObject({ field: 'profile', reason: 'UNKNOWN_PROFILE' });
  });
});

describe('blank spots, gaps and clean-up', () => {
  it('lists gaps with reasons, and blank spots with none of the coverages', async () => {
    const r = await env.api.exec(`{
      gaps: blankSpots(kind: GAP, first: 100) { totalCount edges { node { id employees partyMembers status }
        coverage { gap coverage requirements { met gapKind reason { zh en } } } } }
      blank: blankSpots(first: 100) { totalCount nodes { status hasTradeUnion instructors { id } partyOrganization { id } } } }`);
    expect(r.errors).toBeUndefined();
    const gaps = r.data!.gaps;
    expect(gaps.totalCount).toBeGreaterThan(0);
    for (const e of gaps.edges) {
      expect(e.coverage.gap).toBe(true);
      expect(['OPERATING', 'SUSPENDED']).toContain(e.node.status);
      const unmet = e.coverage.requirements.filter((q: any) => q.gapKind && !q.met);
      expect(unmet.length).toBeGreaterThan(0);
      expect(unmet[0].reason.zh).toMatch(/须(建立|单独建立)?(党组织|有党员)/);
    }
    const blank = r.data!.blank;
    expect(blank.totalCount).toBe(blank.nodes.length);
    for (const n of blank.nodes) {
      expect(n).toMatchObject({ hasTradeUnion: false, instructors: [], partyOrganization: null });
      expect(n.status).not.toBe('ZOMBIE');
    }
  });

  it('pages with cursors and scopes to a grid', async () => {
    const all = await env.api.exec(
      `{ blankSpots(kind: BLANK_SPOT_OR_GAP, first: 1000) { totalCount nodes { id grid { id } } } }`,
    );
    const total = all.data!.blankSpots.totalCount;
    const p1 = await env.api.exec(
      `{ blankSpots(kind: BLANK_SPOT_OR_GAP, first: 3) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
    );
    const p2 = await env.api.exec(
      `query($after: String) { blankSpots(kind: BLANK_SPOT_OR_GAP, first: 3, after: $after) { nodes { id } } }`,
      {
        after: p1.data!.blankSpots.pageInfo.endCursor,
      },
    );
    expect(
      [...p1.data!.blankSpots.nodes, ...p2.data!.blankSpots.nodes].map((n: any) => n.id),
    ).toEqual(all.data!.blankSpots.nodes.slice(0, 6).map((n: any) => n.id));
    expect(p1.data!.blankSpots.pageInfo.hasNextPage).toBe(total > 3);
    const grid = all.data!.blankSpots.nodes[0].grid.id;
    const g = await env.api.exec(
      `query($s: ID) { blankSpots(scope: $s, kind: BLANK_SPOT_OR_GAP) { totalCount nodes { grid { id } } } }`,
      { s: grid },
    );
    expect(g.data!.blankSpots.nodes.every((n: any) => n.grid.id === grid)).toBe(true);
    expect(g.data!.blankSpots.totalCount).toBeLessThan(total);
    const bad = await env.api.exec(`{ blankSpots(scope: "Organization:1") { totalCount } }`);
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope' });
  });

  it('excludes the zombie organization and lists it for clean-up', async () => {
    const r = await env.api
      .exec(`{ cleanupList { totalCount nodes { id status } edges { coverage { excluded blankSpot gap summary { zh en } } } }
      coverageSummary { excluded total } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.cleanupList.totalCount).toBe(1);
    expect(r.data!.cleanupList.nodes[0].status).toBe('ZOMBIE');
    expect(r.data!.cleanupList.edges[0].coverage).toMatchObject({
      excluded: true,
      blankSpot: false,
      gap: false,
    });
    expect(r.data!.cleanupList.edges[0].coverage.summary.zh).toContain('僵尸型');
    expect(r.data!.coverageSummary).toEqual({ excluded: 1, total: env.orgIds.length - 1 });
  });
});

describe('coverage summaries', () => {
  const FIELDS = `total organizational work blankSpots gaps excluded members organizationalRate`;
  it('adds up from buildings to grids to subdistricts to the district', async () => {
    const r = await env.api
      .exec(`{ district(code: "110113") { coverageSummary { ${FIELDS} instructorsNeeded instructorsAssigned
        byCategory { category subKind total organizational organizationalRate }
        targets { id met value numerator denominator needed message { zh en } } }
      subdistricts { coverageSummary { ${FIELDS} } grids { coverageSummary { ${FIELDS} } buildings { coverageSummary { ${FIELDS} } } } } } }`);
    expect(r.errors).toBeUndefined();
    const d = r.data!.district;
    const sum = (xs: any[], f: string) => xs.reduce((n, x) => n + x.coverageSummary[f], 0);
    for (const f of [
      'total',
      'organizational',
      'work',
      'blankSpots',
      'gaps',
      'excluded',
      'members',
    ]) {
      expect(sum(d.subdistricts, f)).toBe(d.coverageSummary[f]);
      for (const s of d.subdistricts) {
        expect(sum(s.grids, f)).toBe(s.coverageSummary[f]);
        for (const g of s.grids) expect(sum(g.buildings, f)).toBe(g.coverageSummary[f]);
      }
    }
    const c = d.coverageSummary;
    expect(c.total).toBe(env.orgIds.length - 1);
    expect(c.organizational).toBe(4); // one standalone branch + three joint units
    expect(c.organizationalRate).toBeCloseTo(4 / c.total);
    expect(c.instructorsAssigned).toBe(1);
    expect(c.instructorsNeeded).toBe(Math.ceil((c.total - 4) / 10));
    const economic = c.targets.find((t: any) => t.id === 'economic-90');
    const eco = c.byCategory.find((b: any) => b.category === 'NEW_ECONOMIC');
    expect(economic).toMatchObject({
      met: false,
      numerator: eco.organizational,
      denominator: eco.total,
    });
    expect(economic.needed).toBe(Math.ceil(0.9 * eco.total) - eco.organizational);
    expect(economic.message.en).toBe(
      `needs ${economic.needed} more organizations covered to reach 90%`,
    );
    expect(economic.message.zh).toBe(`还需组织覆盖${economic.needed}个组织方可达到90%`);
  });

  it('reports the county target as a count of party organizations and the Changle size classes', async () => {
    const r = await env.api
      .exec(`{ county: coverageSummary(profile: "county-plan") { targets { id value needed met message { en } } }
      changle: coverageSummary(profile: "changle-2011") { total sizeClasses { key total organizational } targets { id needed } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.county.targets[0]).toMatchObject({
      id: 'party-orgs-15',
      value: 2,
      needed: 13,
      met: false,
    });
    expect(r.data!.county.targets[0].message.en).toBe(
      'needs 13 more party organizations to reach 15',
    );
    const classes = r.data!.changle.sizeClasses;
    expect(classes.map((c: any) => c.key)).toEqual(['large', 'lt30', '30-49', '50-79']);
    expect(classes.reduce((n: number, c: any) => n + c.total, 0)).toBeLessThanOrEqual(
      r.data!.changle.total,
    );
  });
});

describe('editing profiles', () => {
  const CREATE = `mutation($d: JSON!) { createPolicyProfile(document: $d) { id key version rules { id } } }`;
  const UPDATE = `mutation($k: String!, $v: Int!, $d: JSON!) { updatePolicyProfile(key: $k, version: $v, document: $d) { key version } }`;
  const custom = () => ({ ...structuredClone(SHUNYI_2017), key: 'custom-test', name: '测试' });

  it('refuses an invalid profile with the path of the bad field, writing nothing', async () => {
    const doc = custom();
    (doc.rules[2]!.when.employees as { min: number }).min = -5;
    const r = await env.api.exec(CREATE, { d: doc });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions).toMatchObject({
      field: 'document.rules.2.when.employees.min',
      reason: 'INVALID_PROFILE',
    });
    const unknown = await env.api.exec(CREATE, {
      d: { ...custom(), rules: [{ ...SHUNYI_2017.rules[0], requires: { kind: 'miracle' } }] },
    });
    expect(unknown.errors![0]!.extensions!.field).toBe('document.rules.0.requires.kind');
    const [n] = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*)::int AS n FROM policy_profiles WHERE key = 'custom-test'`,
    );
    expect(n!.n).toBe(0);
  });

  it('lets only a district administrator create or update a profile', async () => {
    const r = await env.api.exec(CREATE, { d: custom() }, PLANNER);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    const u = await env.api.exec(UPDATE, { k: 'shunyi-2017', v: 1, d: SHUNYI_2017 }, PLANNER);
    expect(codes(u)).toEqual(['FORBIDDEN']);
  });

  it('creates a profile, computes its coverage, audits it; updates with an optimistic version', async () => {
    const created = await env.api.exec(CREATE, { d: custom() });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPolicyProfile).toMatchObject({ key: 'custom-test', version: 1 });
    const before = await env.api.exec(
      `{ coverageSummary(profile: "custom-test") { total required gaps } }`,
    );
    expect(before.data!.coverageSummary.total).toBe(env.orgIds.length - 1);

    // lower the 100-employee threshold to 30: more organizations are required to have a party org
    const doc = custom();
    (doc.rules[2]!.when.employees as { min: number }).min = 30;
    const up = await env.api.exec(UPDATE, { k: 'custom-test', v: 1, d: doc });
    expect(up.errors).toBeUndefined();
    expect(up.data!.updatePolicyProfile.version).toBe(2);
    const after = await env.api.exec(
      `{ coverageSummary(profile: "custom-test") { required gaps } }`,
    );
    expect(after.data!.coverageSummary.gaps).toBeGreaterThan(before.data!.coverageSummary.gaps);

    const stale = await env.api.exec(UPDATE, { k: 'custom-test', v: 1, d: doc });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(2);
    const renamed = await env.api.exec(UPDATE, {
      k: 'custom-test',
      v: 2,
      d: { ...doc, key: 'other' },
    });
    expect(renamed.errors![0]!.extensions).toMatchObject({
      field: 'document.key',
      reason: 'KEY_CHANGED',
    });

    const audit = await rows<{ action: string; actor: string }>(
      env.database.db,
      sql`SELECT action, actor FROM audit_log WHERE entity_type = 'PolicyProfile'
          AND entity_id = (SELECT id::text FROM policy_profiles WHERE key = 'custom-test') ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['profile.create', 'profile.update']);
    expect(audit[0]!.actor).toBe('system');
  });
});

describe('refreshCoverage after an organization moves', () => {
  it('corrects the roll-ups of the old grid and the new one', async () => {
    const q = `{ district(code: "110113") { subdistricts { grids { id coverageSummary { total } } } } }`;
    const grids = async () =>
      Object.fromEntries(
        (await env.api.exec(q)).data!.district.subdistricts.flatMap((s: any) =>
          s.grids.map((g: any) => [g.id, g.coverageSummary.total]),
        ),
      ) as Record<string, number>;
    const before = await grids();
    const [org] = await rows<{ id: number; grid_id: number }>(
      env.database.db,
      sql`SELECT id, grid_id FROM organizations WHERE status = 'operating' ORDER BY id LIMIT 1`,
    );
    const target = Object.keys(before)
      .map((g) => Number(g.split(':')[1]))
      .find((g) => g !== org!.grid_id)!;
    await env.database.db.transaction(async (tx) => {
      await tx.execute(
        sql`UPDATE organizations SET grid_id = ${target}, subdistrict_id = (SELECT subdistrict_id FROM grids WHERE id = ${target}) WHERE id = ${org!.id}`,
      );
      await refreshCoverage(tx, { organizationIds: [org!.id] });
    });
    const after = await grids();
    expect(after[`Grid:${org!.grid_id}`]).toBe(before[`Grid:${org!.grid_id}`]! - 1);
    expect(after[`Grid:${target}`]).toBe(before[`Grid:${target}`]! + 1);
    // the subdistrict roll-up follows: each subdistrict is the sum of its grids again
    const r = await env.api.exec(
      `{ district(code: "110113") { subdistricts { coverageSummary { total } grids { coverageSummary { total } } } } }`,
    );
    for (const s of r.data!.district.subdistricts) {
      const sum = s.grids.reduce((n: number, g: any) => n + g.coverageSummary.total, 0);
      expect(s.coverageSummary.total).toBe(sum);
    }
  });
});

describe('ensureCoverageFresh (on start)', () => {
  it('does nothing when fresh, recomputes when organizations were added without a refresh', async () => {
    expect(await ensureCoverageFresh(env.database)).toEqual([]);
    await env.database.db.execute(
      sql`INSERT INTO organizations (name, category, sub_kind, employees, district_id)
          SELECT '新登记企业', 'new_economic', 'non_public_enterprise', 150, id FROM districts`,
    );
    expect((await ensureCoverageFresh(env.database)).length).toBeGreaterThanOrEqual(3);
    expect(await ensureCoverageFresh(env.database)).toEqual([]);
    const r = await env.api.exec(`{ blankSpots(kind: GAP, first: 1000) { nodes { name } } }`);
    expect(r.data!.blankSpots.nodes.map((n: any) => n.name)).toContain('新登记企业');
  });
});

describe('requireProfile', () => {
  it('reads a profile once per request, the default when none is named', async () => {
    const ctx = createContext(env.database, SYSTEM_USER);
    const before = env.database.stats.queries;
    const p = await requireProfile(ctx, null);
    expect(p.key).toBe(DEFAULT_PROFILE_KEY);
    expect(await requireProfile(ctx, DEFAULT_PROFILE_KEY)).toBe(p);
    expect(env.database.stats.queries - before).toBe(1);
  });

  it('refuses an unknown key on the named field with UNKNOWN_PROFILE', async () => {
    const ctx = createContext(env.database, SYSTEM_USER);
    await expect(requireProfile(ctx, 'nowhere', 'profileKey')).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'profileKey',
        reason: PROFILE_LOOKUP_REASONS.UNKNOWN_PROFILE,
      },
    });
  });
});
