import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { createDemoUsers } from '../../server/src/auth/demo-users.ts';
import { rows } from '../../server/src/db/rows.ts';
import { codes } from '../helpers/graphql.ts';
import { signInHttp, withListeningApp } from '../helpers/http-client.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

// Instructor deployment and the cost of the joint-branch proposals (issue 18, points 3 and 4) on
// the small demo (helpers/small-demo.ts): organizations without members need work coverage, one
// instructor looks after one organization already.
const env = useSmallDemoApi({ evaluate: true });

const DEPLOY = `query ($scope: ID!, $profile: String, $options: InstructorDeploymentOptions) {
  instructorDeploymentPlan(scope: $scope, profile: $profile, options: $options) {
    profileKey loadLimit radiusM candidates instructorsWithRoom instructorsNeeded complete
    proposals { key subdistrictId instructorId instructorName loadBefore loadAfter
      centreLon centreLat farthestMemberM explanation { zh en }
      organizations { id name version distanceM } }
  }
}`;

const num = (id: string) => Number(id.split(':')[1]);

/** Organizations that need work coverage under a profile, with their subdistrict and grid. */
async function needingWork(profile: string) {
  const found = await rows<{ id: number; sub: number; grid: number }>(
    env.database.db,
    sql`SELECT o.id, o.subdistrict_id AS sub, o.grid_id AS grid
        FROM org_coverage c JOIN organizations o ON o.id = c.organization_id
        JOIN policy_profiles p ON p.id = c.profile_id AND p.key = ${profile}
        WHERE NOT c.is_excluded AND o.location IS NOT NULL AND o.subdistrict_id IS NOT NULL
          AND c.coverage = 'none' AND o.party_members = 0
        ORDER BY o.id`,
  );
  return new Map(found.map((r) => [Number(r.id), { sub: Number(r.sub), grid: Number(r.grid) }]));
}

async function deploy(vars: Record<string, unknown>) {
  const r = await env.api.exec(DEPLOY, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.instructorDeploymentPlan;
}

/** Every candidate once, loads within the limit, one subdistrict per proposal. */
function checkPlan(plan: any, facts: Map<number, { sub: number }>) {
  const seen: number[] = [];
  for (const p of plan.proposals) {
    expect(p.organizations.length).toBeGreaterThan(0);
    expect(p.loadAfter).toBe(p.loadBefore + p.organizations.length);
    expect(p.loadAfter).toBeLessThanOrEqual(plan.loadLimit);
    const subs = new Set(p.organizations.map((o: any) => facts.get(num(o.id))?.sub));
    expect([...subs]).toEqual([num(p.subdistrictId)]);
    expect(p.explanation.zh.length).toBeGreaterThan(0);
    seen.push(...p.organizations.map((o: any) => num(o.id)));
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBe(plan.candidates);
  expect(plan.instructorsNeeded).toBe(plan.proposals.filter((p: any) => !p.instructorId).length);
  return seen;
}

describe('instructorDeploymentPlan', () => {
  it('covers every organization without work coverage once, within the load of shunyi-2017', async () => {
    const plan = await deploy({ scope: `District:${env.districtId}` });
    expect(plan.profileKey).toBe('shunyi-2017');
    expect(plan.loadLimit).toBe(10);
    const facts = await needingWork('shunyi-2017');
    expect(plan.candidates).toBe(facts.size);
    expect(plan.candidates).toBeGreaterThan(0);
    const seen = checkPlan(plan, facts);
    expect(seen.sort((a, b) => a - b)).toEqual([...facts.keys()]);
    // The instructor in post with room is used before any new one is asked for.
    const used = plan.proposals.filter((p: any) => p.instructorId);
    expect(used.length).toBeGreaterThan(0);
    expect(used[0].explanation.zh).toContain('现负责');
    expect(plan.complete).toBe(true);
  });

  it('respects the smaller load of county-plan and needs more instructors for it', async () => {
    const shunyi = await deploy({ scope: `District:${env.districtId}` });
    const county = await deploy({ scope: `District:${env.districtId}`, profile: 'county-plan' });
    expect(county.loadLimit).toBe(2);
    checkPlan(county, await needingWork('county-plan'));
    expect(county.proposals.length).toBeGreaterThanOrEqual(Math.ceil(county.candidates / 2));
    expect(county.instructorsNeeded).toBeGreaterThanOrEqual(shunyi.instructorsNeeded);
  });

  it('stays within a grid scope and answers the same for the same input', async () => {
    const grid = env.ids.grids[0]![0]!;
    const a = await deploy({ scope: `Grid:${grid}` });
    const b = await deploy({ scope: `Grid:${grid}` });
    const strip = (p: any) => ({ ...p, elapsedMs: 0 });
    expect(strip(b)).toEqual(strip(a));
    const facts = await needingWork('shunyi-2017');
    for (const p of a.proposals)
      for (const o of p.organizations) expect(facts.get(num(o.id))!.grid).toBe(grid);
  });

  it('refuses a profile without an instructor load and bad options', async () => {
    const r = await env.api.exec(DEPLOY, {
      scope: `District:${env.districtId}`,
      profile: 'changle-2011',
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.extensions).toMatchObject({
      field: 'profile',
      reason: 'NO_INSTRUCTOR_LOAD',
    });
    const bad = await env.api.exec(DEPLOY, {
      scope: `District:${env.districtId}`,
      options: { radiusM: 6000 },
    });
    expect(bad.errors![0]!.extensions).toMatchObject({
      field: 'options.radiusM',
      reason: 'OUT_OF_RANGE',
    });
  });

  it('is accepted through assignInstructor (audited), and the organizations leave the plan', async () => {
    const plan = await deploy({ scope: `District:${env.districtId}` });
    const p = plan.proposals.find((x: any) => x.instructorId)!;
    const ASSIGN = `mutation ($i: ID!, $o: ID!, $v: Int!) {
      assignInstructor(instructorId: $i, organizationId: $o, expectedVersion: $v) { load loadLimit warning { en } } }`;
    let last: any;
    for (const o of p.organizations) {
      const r = await env.api.exec(ASSIGN, { i: p.instructorId, o: o.id, v: o.version });
      expect(r.errors).toBeUndefined();
      last = r.data!.assignInstructor;
    }
    expect(last.load).toBe(p.loadAfter);
    expect(last.warning).toBeNull();
    const audited = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*) AS n FROM audit_log WHERE action = 'organization.instructor.assign'`,
    );
    expect(Number(audited[0]!.n)).toBe(p.organizations.length);
    const after = await deploy({ scope: `District:${env.districtId}` });
    expect(after.candidates).toBe(plan.candidates - p.organizations.length);
    const left = new Set(
      after.proposals.flatMap((x: any) => x.organizations.map((o: any) => o.id)),
    );
    for (const o of p.organizations) expect(left.has(o.id)).toBe(false);
  });
});

describe('planRunProgress', () => {
  const PROGRESS = `query ($r: String!) { planRunProgress(runId: $r) {
    runId phase done total partsDone parts elapsedMs } }`;
  const JOINT = `query ($s: ID!, $r: String) { jointBranchPlan(scope: $s, options: { runId: $r }) { candidates } }`;

  /** Polls the run while its plan request computes; the observations and the plan's answer. */
  async function watch(run: Promise<any>, runId: string) {
    let settled = false;
    void run.finally(() => (settled = true));
    const seen: any[] = [];
    while (!settled) {
      const p = await env.api.exec(PROGRESS, { r: runId });
      expect(p.errors).toBeUndefined();
      if (p.data!.planRunProgress) seen.push(p.data!.planRunProgress);
      await new Promise((r) => setTimeout(r, 5));
    }
    return { seen, answer: await run };
  }

  it('reports the phase while a joint-branch plan runs, and FINISHED with every candidate after', async () => {
    const runId = 'joint-run-1';
    const { seen, answer } = await watch(
      env.api.exec(JOINT, { s: `District:${env.districtId}`, r: runId }),
      runId,
    );
    expect(answer.errors).toBeUndefined();
    const candidates = answer.data.jointBranchPlan.candidates;
    // Seen while running: a phase before the end, done never past total.
    expect(seen.length).toBeGreaterThan(0);
    expect(['LOADING', 'QUICK', 'THOROUGH', 'EXACT']).toContain(seen[0].phase);
    for (const p of seen) expect(p.done).toBeLessThanOrEqual(Math.max(p.total, candidates));
    const end = (await env.api.exec(PROGRESS, { r: runId })).data!.planRunProgress;
    expect(end).toMatchObject({ runId, phase: 'FINISHED', done: candidates, total: candidates });
  });

  it('reports instructor grouping by subdistrict, keeps runs per user, refuses a bad id', async () => {
    const runId = 'deploy-run-1';
    const DEPLOY_RUN = `query ($s: ID!, $r: String) { instructorDeploymentPlan(scope: $s, options: { runId: $r }) { candidates } }`;
    const r = await env.api.exec(DEPLOY_RUN, { s: `District:${env.districtId}`, r: runId });
    expect(r.errors).toBeUndefined();
    const end = (await env.api.exec(PROGRESS, { r: runId })).data!.planRunProgress;
    expect(end.phase).toBe('FINISHED');
    expect(end.done).toBe(r.data!.instructorDeploymentPlan.candidates);
    expect(end.partsDone).toBe(end.parts);
    expect(end.parts).toBeGreaterThan(0);
    // Another user does not see this run.
    const other = await env.api.exec(PROGRESS, { r: runId }, env.users.planner);
    expect(other.data!.planRunProgress).toBeNull();
    const bad = await env.api.exec(PROGRESS, { r: 'no spaces allowed' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'runId' });
  });
});

const ACCEPT = `mutation ($groups: [InstructorGroupInput!]!, $dryRun: Boolean) {
  acceptInstructorDeployment(groups: $groups, dryRun: $dryRun) {
    dryRun assignments { version load loadLimit organization { id } instructor { id } } } }`;

/** What an accept could write: assignments, audit rows, and the organizations' versions. */
async function ledgerState(orgIds: number[]) {
  const [a] = await rows<{ n: number }>(
    env.database.db,
    sql`SELECT count(*) AS n FROM instructor_assignments WHERE ended_on IS NULL`,
  );
  const [l] = await rows<{ n: number }>(env.database.db, sql`SELECT count(*) AS n FROM audit_log`);
  const v = await rows<{ id: number; version: number; coverage: string }>(
    env.database.db,
    sql`SELECT o.id, o.version, c.coverage FROM organizations o
        JOIN org_coverage c ON c.organization_id = o.id
        JOIN policy_profiles p ON p.id = c.profile_id AND p.key = 'shunyi-2017'
        WHERE o.id = ANY(${`{${orgIds.join(',')}}`}::int[]) ORDER BY o.id`,
  );
  return { assignments: Number(a!.n), audit: Number(l!.n), orgs: v.map((r) => ({ ...r })) };
}

/** The plan's proposals with an instructor, as accept groups. */
function groupsOf(plan: any) {
  return plan.proposals
    .filter((p: any) => p.instructorId)
    .map((p: any) => ({
      instructorId: p.instructorId,
      expectedLoad: p.loadBefore,
      organizations: p.organizations.map((o: any) => ({ id: o.id, expectedVersion: o.version })),
    }));
}
const orgIdsOf = (groups: any[]) =>
  groups.flatMap((g) => g.organizations.map((o: any) => num(o.id)));

describe('acceptInstructorDeployment (one transaction)', () => {
  // Idle instructors of the district (the demo's one has no room left after the test above), so
  // the plan gives groups to instructors in post.
  beforeAll(async () => {
    await rows(
      env.database.db,
      sql`INSERT INTO instructors (name, district_id)
          VALUES ('钱指导', ${env.districtId}), ('孙指导', ${env.districtId})`,
    );
  });

  it('writes nothing when an organization changed between plan and accept, even after earlier assignments ran', async () => {
    const plan = await deploy({ scope: `District:${env.districtId}` });
    const groups = groupsOf(plan);
    const ids = orgIdsOf(groups);
    // At least two organizations: the ones before the stale one are assigned first, then undone.
    expect(ids.length).toBeGreaterThan(1);
    const stale = ids.at(-1)!;
    // Another session saves the last organization after the plan was read.
    await rows(
      env.database.db,
      sql`UPDATE organizations SET version = version + 1, updated_by = 'someone' WHERE id = ${stale}`,
    );
    const before = await ledgerState(ids);
    const r = await env.api.exec(ACCEPT, { groups });
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0]!.extensions).toMatchObject({ id: `Organization:${stale}` });
    expect(await ledgerState(ids)).toEqual(before);
  });

  it('writes nothing when the instructor took other organizations since the plan (load CONFLICT)', async () => {
    const plan = await deploy({ scope: `District:${env.districtId}` });
    const groups = groupsOf(plan).slice(0, 1);
    groups[0].expectedLoad -= 1; // as if one organization had been assigned to it meanwhile
    const ids = orgIdsOf(groups);
    const before = await ledgerState(ids);
    const r = await env.api.exec(ACCEPT, { groups });
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors![0]!.extensions).toMatchObject({
      id: groups[0].instructorId,
      expectedLoad: groups[0].expectedLoad,
      currentLoad: groups[0].expectedLoad + 1,
    });
    expect(await ledgerState(ids)).toEqual(before);
  });

  it("writes nothing when one organization lies outside the caller's scope (FORBIDDEN half-way)", async () => {
    const plan = await deploy({ scope: `District:${env.districtId}` });
    const [g] = groupsOf(plan);
    const facts = await needingWork('shunyi-2017');
    // A grid manager may assign in their grid: its organizations come first and are assigned,
    // then the one outside is refused.
    const grid = [...facts.values()][0]!.grid;
    const inside = [...facts].filter(([, f]) => f.grid === grid).map(([id]) => id);
    const outside = [...facts].find(([, f]) => f.grid !== grid)![0];
    const manager = { ...env.users.manager, scopes: [{ kind: 'grid' as const, id: grid }] };
    expect(inside.length).toBeGreaterThan(0);
    const ids = [...inside.slice(0, 3), outside];
    const before = await ledgerState(ids);
    const version = new Map(before.orgs.map((o) => [Number(o.id), Number(o.version)]));
    const groups = [
      {
        instructorId: g.instructorId,
        organizations: ids.map((id) => ({
          id: `Organization:${id}`,
          expectedVersion: version.get(id)!,
        })),
      },
    ];
    // The organizations inside alone would be assigned (the refusal comes half-way, after them).
    const insideOnly = [{ ...groups[0]!, organizations: groups[0]!.organizations.slice(0, -1) }];
    const dry = await env.api.exec(ACCEPT, { groups: insideOnly, dryRun: true }, manager);
    expect(dry.errors).toBeUndefined();
    const r = await env.api.exec(ACCEPT, { groups }, manager);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(await ledgerState(ids)).toEqual(before);
  });

  it('refuses an organization listed twice, naming the field', async () => {
    const plan = await deploy({ scope: `District:${env.districtId}` });
    const [g] = groupsOf(plan);
    const twice = { ...g, organizations: [g.organizations[0], g.organizations[0]] };
    const r = await env.api.exec(ACCEPT, { groups: [twice] });
    expect(r.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'groups.0.organizations.1.id',
      reason: 'DUPLICATE_ORGANIZATION',
    });
  });

  it('previews with dryRun, then assigns every group at once, audited, and the plan moves on', async () => {
    const plan = await deploy({ scope: `District:${env.districtId}` });
    const groups = groupsOf(plan);
    const ids = orgIdsOf(groups);
    const before = await ledgerState(ids);
    const dry = await env.api.exec(ACCEPT, { groups, dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.acceptInstructorDeployment.dryRun).toBe(true);
    expect(dry.data!.acceptInstructorDeployment.assignments).toHaveLength(ids.length);
    expect(await ledgerState(ids)).toEqual(before);
    const r = await env.api.exec(ACCEPT, { groups });
    expect(r.errors).toBeUndefined();
    const out = r.data!.acceptInstructorDeployment.assignments;
    expect(out.map((a: any) => num(a.organization.id))).toEqual(ids);
    const after = await ledgerState(ids);
    expect(after.assignments).toBe(before.assignments + ids.length);
    // One entry per assignment (the organization's history) and one per group (the deployment).
    expect(after.audit).toBe(before.audit + ids.length + groups.length);
    const entries = await rows<{
      action: string;
      entity_id: string;
      change_id: string;
      after: any;
    }>(
      env.database.db,
      sql`SELECT action, entity_id, change_id, after FROM audit_log ORDER BY id DESC
          LIMIT ${ids.length + groups.length}`,
    );
    expect(new Set(entries.map((e) => e.change_id)).size).toBe(1);
    const deployments = entries.filter((e) => e.action === 'instructor.deployment.accept');
    expect(deployments.map((e) => `Instructor:${e.entity_id}`).sort()).toEqual(
      groups.map((g: any) => g.instructorId).sort(),
    );
    for (const e of deployments) {
      const g = groups.find((x: any) => x.instructorId === `Instructor:${e.entity_id}`);
      expect(e.after.load).toBe(g.expectedLoad + g.organizations.length);
      expect(e.after.organizations.map((o: any) => `Organization:${o.id}`)).toEqual(
        g.organizations.map((o: any) => o.id),
      );
    }
    after.orgs.forEach((o, i) =>
      expect(Number(o.version)).toBe(Number(before.orgs[i]!.version) + 1),
    );
    // Work coverage now: the organizations leave the next plan.
    for (const o of after.orgs) expect(o.coverage).not.toBe('none');
    const again = await deploy({ scope: `District:${env.districtId}` });
    expect(again.candidates).toBe(plan.candidates - ids.length);
  });
});

describe('acceptInstructorDeployment with a new instructor', () => {
  const NEW = `mutation ($groups: [InstructorGroupInput!]!, $dryRun: Boolean) {
    acceptInstructorDeployment(groups: $groups, dryRun: $dryRun) {
      dryRun assignments { load organization { id } instructor { id name } } } }`;
  const instructorCount = async () =>
    Number(
      (await rows<{ n: number }>(env.database.db, sql`SELECT count(*) AS n FROM instructors`))[0]!
        .n,
    );
  // Two fresh organizations without members in one grid: they need work coverage, and the group
  // of them is accepted with a new instructor (as the panel sends a group that has none).
  const fresh: { id: string; version: number }[] = [];
  beforeAll(async () => {
    for (const k of [1, 2]) {
      const r = await env.api.exec(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id version } } }`,
        {
          i: {
            facts: { name: `待派指导员单位${k}`, subKind: 'INDIVIDUAL_BUSINESS', employees: 3 },
            status: 'OPERATING',
            place: { gridId: `Grid:${env.ids.grids[0]![0]!}` },
          },
        },
      );
      expect(r.errors).toBeUndefined();
      fresh.push(r.data!.createOrganization.organization);
    }
  });

  /** The fresh organizations as a group for a new instructor, named. */
  function newGroup(name: string) {
    return {
      newInstructor: { name },
      expectedLoad: 0,
      organizations: fresh.map((o) => ({ id: o.id, expectedVersion: o.version })),
    };
  }

  it('refuses a missing, too long or second name, naming the field, and writes nothing', async () => {
    const group = newGroup('x');
    const ids = orgIdsOf([group]);
    const before = { ...(await ledgerState(ids)), instructors: await instructorCount() };
    const bad = async (g: any, field: string, reason: string) => {
      const r = await env.api.exec(NEW, { groups: [g] });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
      expect(r.errors![0]!.message).toMatch(/[\u4e00-\u9fff]/);
    };
    await bad(
      { ...group, newInstructor: { name: '  ' } },
      'groups.0.newInstructor.name',
      'MISSING_ARGUMENT',
    );
    await bad(
      { ...group, newInstructor: { name: '李'.repeat(41) } },
      'groups.0.newInstructor.name',
      'TOO_LONG',
    );
    await bad({ ...group, instructorId: 'Instructor:1' }, 'groups.0', 'CONFLICTING_ARGUMENTS');
    await bad({ ...group, newInstructor: null }, 'groups.0', 'CONFLICTING_ARGUMENTS');
    expect({ ...(await ledgerState(ids)), instructors: await instructorCount() }).toEqual(before);
  });

  it("creates the instructor in the group's subdistrict and assigns it in one transaction, audited as one deployment", async () => {
    const group = newGroup(' 周新指导 ');
    const ids = orgIdsOf([group]);
    const before = { ...(await ledgerState(ids)), instructors: await instructorCount() };
    const dry = await env.api.exec(NEW, { groups: [group], dryRun: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.acceptInstructorDeployment.assignments[0].instructor.name).toBe('周新指导');
    expect({ ...(await ledgerState(ids)), instructors: await instructorCount() }).toEqual(before);

    const r = await env.api.exec(NEW, { groups: [group] });
    expect(r.errors).toBeUndefined();
    const out = r.data!.acceptInstructorDeployment.assignments;
    expect(out.map((a: any) => num(a.organization.id))).toEqual(ids);
    const instructorId = num(out[0].instructor.id);
    expect(new Set(out.map((a: any) => a.instructor.id)).size).toBe(1);
    expect(out.at(-1).load).toBe(ids.length);
    const [row] = await rows<{ name: string; sub: number; dist: number }>(
      env.database.db,
      sql`SELECT name, subdistrict_id AS sub, district_id AS dist FROM instructors WHERE id = ${instructorId}`,
    );
    expect(row).toMatchObject({ name: '周新指导', dist: env.districtId });
    const [place] = await rows<{ sub: number }>(
      env.database.db,
      sql`SELECT subdistrict_id AS sub FROM organizations WHERE id = ${ids[0]!}`,
    );
    expect(Number(row!.sub)).toBe(Number(place!.sub));
    expect(await instructorCount()).toBe(before.instructors + 1);
    const after = await ledgerState(ids);
    expect(after.assignments).toBe(before.assignments + ids.length);
    // The creation, one assignment entry per organization, one deployment entry: one change.
    expect(after.audit).toBe(before.audit + ids.length + 2);
    const entries = await rows<{
      action: string;
      entity_type: string;
      entity_id: string;
      change_id: string;
      before: any;
      after: any;
    }>(
      env.database.db,
      sql`SELECT action, entity_type, entity_id, change_id, before, after FROM audit_log
          ORDER BY id DESC LIMIT ${ids.length + 2}`,
    );
    expect(new Set(entries.map((e) => e.change_id)).size).toBe(1);
    expect(entries.map((e) => e.action).sort()).toEqual(
      [
        'instructor.create',
        'instructor.deployment.accept',
        ...ids.map(() => 'organization.instructor.assign'),
      ].sort(),
    );
    const deployment = entries.find((e) => e.action === 'instructor.deployment.accept')!;
    expect(deployment).toMatchObject({
      entity_type: 'Instructor',
      entity_id: String(instructorId),
    });
    expect(deployment.before.load).toBe(0);
    expect(deployment.after).toMatchObject({ load: ids.length, created: true });
    // The organizations leave the next plan.
    for (const o of after.orgs) expect(o.coverage).not.toBe('none');
  });
});

describe('joint-branch plan costs', () => {
  const COSTS = `query ($scope: ID!, $profile: String) { jointBranchPlan(scope: $scope, profile: $profile) {
    costYears
    proposals { subdistrictId formalMembers unitCount cost { kind members startupYuan activityYuanPerYear totalYuan } }
    attachments { members { partyMembers } cost { kind members startupYuan activityYuanPerYear totalYuan } }
    costs { subdistrictId newOrganizations joiningUnits startupYuan activityYuanPerYear totalYuan } } }`;

  it('costs each proposal by seed 000 art. 24 and sums them per subdistrict, as a hand count does', async () => {
    const r = await env.api.exec(COSTS, { scope: `District:${env.districtId}` });
    expect(r.errors).toBeUndefined();
    const plan = r.data!.jointBranchPlan;
    expect(plan.costYears).toBe(2);
    expect(plan.proposals.length).toBeGreaterThan(0);
    const bySub = new Map<string, number>();
    for (const p of plan.proposals) {
      // A branch of fewer than 50 members: 10,000 yuan a year for 2 years, 400 yuan a member a
      // year for at least the 3 members it needs.
      const members = Math.max(3, p.formalMembers);
      expect(p.cost).toEqual({
        kind: 'BRANCH',
        members,
        startupYuan: 20_000,
        activityYuanPerYear: 400 * members,
        totalYuan: 20_000 + 2 * 400 * members,
      });
      bySub.set(p.subdistrictId, (bySub.get(p.subdistrictId) ?? 0) + p.cost.totalYuan);
    }
    for (const a of plan.attachments) {
      const members = a.members.reduce((t: number, m: any) => t + m.partyMembers, 0);
      expect(a.cost).toMatchObject({ kind: null, startupYuan: 0, totalYuan: 2 * 400 * members });
    }
    const attached = plan.attachments.reduce((t: number, a: any) => t + a.cost.totalYuan, 0);
    const total = plan.costs.reduce((t: number, c: any) => t + c.totalYuan, 0);
    expect(total).toBe([...bySub.values()].reduce((t, v) => t + v, 0) + attached);
    expect(plan.costs.reduce((t: number, c: any) => t + c.newOrganizations, 0)).toBe(
      plan.proposals.length,
    );
  });

  it('gives no costs under a profile without amounts', async () => {
    const r = await env.api.exec(COSTS, {
      scope: `District:${env.districtId}`,
      profile: 'county-plan',
    });
    expect(r.errors).toBeUndefined();
    const plan = r.data!.jointBranchPlan;
    expect(plan.costYears).toBeNull();
    expect(plan.costs).toEqual([]);
    for (const p of plan.proposals) expect(p.cost).toBeNull();
  });
});

describe('GET /planning/export.xlsx', () => {
  it('writes the proposals, their costs and the deployment the API answers', async () => {
    await createDemoUsers(env.database, 'planning-password-1');
    const { app } = await createApp(env.database);
    await withListeningApp(app, async (base) => {
      const scope = `District:${env.districtId}`;
      const anon = await fetch(`${base}/planning/export.xlsx?scope=${scope}`);
      expect(anon.status).toBe(401);
      const token = await signInHttp(`${base}/graphql`, 'planner', 'planning-password-1');
      const auth = { authorization: `Bearer ${token}` };
      const res = await fetch(`${base}/planning/export.xlsx?scope=${scope}&lang=en`, {
        headers: auth,
      });
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      expect(book.worksheets.map((w) => w.name)).toEqual([
        'Joint branches',
        'Funds (2 years)',
        'Instructors',
      ]);
      const plan = (
        await env.api.exec(
          `query ($s: ID!) { jointBranchPlan(scope: $s) { proposals { members { id } } attachments { members { id } } costs { totalYuan } } }`,
          { s: scope },
        )
      ).data!.jointBranchPlan;
      const units =
        plan.proposals.reduce((t: number, p: any) => t + p.members.length, 0) +
        plan.attachments.reduce((t: number, a: any) => t + a.members.length, 0);
      const [branches, funds, instructors] = book.worksheets;
      expect(branches!.getRow(1).getCell(1).value).toBe('Proposal');
      expect(branches!.actualRowCount - 1).toBe(units);
      let total = 0;
      funds!.eachRow((row, n) => n > 1 && (total += Number(row.getCell(6).value)));
      expect(total).toBe(plan.costs.reduce((t: number, c: any) => t + c.totalYuan, 0));
      const deployed = await deploy({ scope });
      expect(instructors!.actualRowCount - 1).toBe(deployed.candidates);
      const bad = await fetch(`${base}/planning/export.xlsx?scope=Organization:1`, {
        headers: auth,
      });
      expect(bad.status).toBe(400);
    });
    // Two plans, a sign-in and a workbook: 16 s alone, over a minute on a loaded machine.
  }, 180_000);
});
