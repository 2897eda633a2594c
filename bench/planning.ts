/**
 * Planning help (issue 18): quality and runtime of the joint-branch proposals and the
 * service-center siting, on generated inputs (no database: the SQL that loads them is a few
 * indexed reads; this times the optimisation).
 *
 * 1. Quality: the heuristic against HiGHS's proven optimum on small generated grids (20-50
 *    organizations, capacity 15, 1 km radius), objective and total member-to-seat distance.
 * 2. Runtime of planJointBranches (parts, HiGHS for parts <= 50, heuristic above) at 1k, 10k,
 *    100k and 1M candidate organizations spread over 25 subdistricts, with the proven gap: wall
 *    clock, CPU time (the machine is shared) and when the quick pass (a complete answer) ended.
 * 3. Runtime of planServiceCenters at 10k and 100k active organizations.
 * 4. Runtime of planInstructors (instructor deployment) at the same sizes, loads 10 and 2, with
 *    how many instructors the answer asks for against the ratio's floor (n / load).
 *
 *   pnpm --filter @atlas/bench exec tsx planning.ts
 *   PLANNING_BENCH_SIZES=1000,10000 PLANNING_BENCH_QUALITY=0 to shorten it;
 *   PLANNING_BENCH_EXACT=0 (heuristic only), PLANNING_BENCH_LIMIT_MS (default 30000);
 *   PLANNING_BENCH_JOINT=0 / PLANNING_BENCH_DEPLOY=0 leave out the joint-branch and siting runs /
 *   the instructor runs.
 * 5. With PLANNING_BENCH_DB=postgres://…/db (a seeded district, e.g. `pnpm seed --orgs 1000000`):
 *    Query.jointBranchPlan for the whole first district through the GraphQL layer (Apollo
 *    executeOperation, the panel's selection, time limit PLANNING_BENCH_LIMIT_MS or 30 s), end
 *    to end: the SQL load, the plan, the answer's serialisation (its size reported).
 *    PLANNING_BENCH_PROFILES=shunyi-2017,county-plan chooses the profiles.
 */
import { generatedInstance, seededRandom } from '../server/src/planning/grouping.testkit.ts';
import { solveGroupingExact } from '../server/src/planning/grouping.exact.ts';
import { solveGroupingHeuristic } from '../server/src/planning/grouping.heuristic.ts';
import { score } from '../server/src/planning/grouping.model.ts';
import {
  planInstructors,
  planJointBranches,
  planServiceCenters,
} from '../server/src/planning/index.ts';
import type { CandidateOrg, DemandOrg } from '../server/src/planning/planning.sql.ts';
import { report } from './lib/timing.ts';
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { createApollo } from '../server/src/app.ts';
import { SYSTEM_USER } from '../server/src/auth/guards.ts';
import { openDatabase } from '../server/src/db/client.ts';
import { rows } from '../server/src/db/rows.ts';
import { createContext } from '../server/src/graphql/context.ts';
import { toGlobalId } from '../server/src/graphql/ids.ts';

/** The panel's own query text (web/src/planning/planning-queries.ts), not a copy of it. */
function panelQuery(): string {
  const file = readFileSync(
    new URL('../web/src/planning/planning-queries.ts', import.meta.url),
    'utf8',
  );
  const m = /graphql\(`\s*(query JointBranchPlan[\s\S]*?)`\)/.exec(file);
  if (!m) throw new Error('JointBranchPlan query not found in the panel');
  return m[1]!;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

async function quality() {
  const gaps: number[] = [];
  const distGaps: number[] = [];
  const exactMs: number[] = [];
  const heurMs: number[] = [];
  let unproven = 0;
  for (const n of [20, 30, 40, 50]) {
    for (let seed = 1; seed <= 5; seed++) {
      const inst = generatedInstance(1000 * n + seed, n, { existing: 2, clusters: 2 });
      let t = performance.now();
      const exact = await solveGroupingExact(inst, 30);
      exactMs.push(performance.now() - t);
      if (!exact?.optimal) unproven++;
      if (!exact) continue;
      t = performance.now();
      const h = solveGroupingHeuristic(inst, {
        neighbours: 48,
        restarts: 8,
        seatSwaps: true,
        deadline: Date.now() + 30_000,
      });
      heurMs.push(performance.now() - t);
      const e = score(inst, exact.solution);
      const s = score(inst, h);
      gaps.push(s.objective / e.objective - 1);
      distGaps.push(s.distanceM / e.distanceM - 1);
    }
  }
  console.log(
    `quality on 20 grids of 20-50 orgs: objective gap median ${pct(median(gaps))}, max ${pct(Math.max(...gaps))}; ` +
      `distance vs exact median ${pct(median(distGaps))}, max ${pct(Math.max(...distGaps))}; ` +
      `${unproven} exact solves stopped at 30 s`,
  );
  report('HiGHS exact, one grid (median)', median(exactMs));
  report('heuristic, one grid (median)', median(heurMs));
}

const INDUSTRIES = ['retail', 'catering', 'it', 'law', 'accounting', 'logistics', 'manufacturing'];

/** Candidates over 25 subdistricts of ~6 x 6 km around Shunyi, clustered like the demo. */
function district(n: number): CandidateOrg[] {
  const rnd = seededRandom(n);
  const out: CandidateOrg[] = [];
  const perSub = Math.ceil(n / 25);
  for (let s = 0; s < 25; s++) {
    const lon0 = 116.45 + (s % 5) * 0.07;
    const lat0 = 40.02 + Math.floor(s / 5) * 0.054;
    const centres = Array.from({ length: 12 }, () => [rnd() * 0.07, rnd() * 0.054]);
    for (let i = 0; i < perSub && out.length < n; i++) {
      const c = centres[Math.floor(rnd() * centres.length)]!;
      const r = 0.008 * Math.sqrt(rnd());
      const t = 2 * Math.PI * rnd();
      out.push({
        id: out.length + 1,
        name: `组织${out.length + 1}`,
        lon: lon0 + c[0]! + r * Math.cos(t),
        lat: lat0 + c[1]! + r * Math.sin(t) * 0.77,
        industry: INDUSTRIES[Math.floor(rnd() * INDUSTRIES.length)]!,
        subdistrictId: s + 1,
        partyMembers: Math.floor(rnd() * 3),
        employees: 5 + Math.floor(rnd() * 100),
      });
    }
  }
  return out;
}

async function runtime(sizes: number[]) {
  for (const n of sizes) {
    const orgs = district(n);
    // Heuristic only (exactMaxOrgs 0), then the product's default: HiGHS on parts <= 50 after.
    for (const exactMaxOrgs of (process.env.PLANNING_BENCH_EXACT ?? '0,50')
      .split(',')
      .map(Number)) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      // When the quick pass ended: from then on a complete, feasible answer exists.
      let quickMs = NaN;
      const plan = await planJointBranches(orgs, [], {
        onProgress: (p) => {
          if (p.phase !== 'quick' && Number.isNaN(quickMs)) quickMs = performance.now() - t;
        },
        unitLimit: 15,
        radiusM: 1_000,
        industryPenaltyM: 300,
        branchCostM: 300,
        timeLimitMs: Number(process.env.PLANNING_BENCH_LIMIT_MS ?? 30_000),
        exactMaxOrgs,
      });
      const ms = performance.now() - t;
      const cpuS = (process.cpuUsage(cpu).user / 1e6).toFixed(1);
      const q = plan.quality;
      report(
        `jointBranchPlan ${n.toLocaleString('en')} candidates, ${exactMaxOrgs ? 'with HiGHS' : 'heuristic'}`,
        ms,
        `cpu ${cpuS} s, quick pass ${(quickMs / 1000).toFixed(1)} s, ${plan.proposals.length} branches, ${plan.ungrouped.length} ungrouped, ${q.components} parts ` +
          `(${q.provenOptimal} proven), gap to bound ${pct(q.gap)}, complete ${plan.complete}, ` +
          `total distance ${Math.round(q.totalDistanceM).toLocaleString('en')} m, objective ${Math.round(q.objective).toLocaleString('en')}`,
      );
    }
  }
}

async function siting(sizes: number[]) {
  for (const n of sizes) {
    const rnd = seededRandom(n + 7);
    const orgs: DemandOrg[] = district(n).map((o) => ({
      id: o.id,
      lon: o.lon,
      lat: o.lat,
      buildingId: null,
      employees: o.employees,
      partyMembers: o.partyMembers,
    }));
    const buildings = Array.from({ length: Math.round(n / 20) }, (_, i) => {
      const o = orgs[Math.floor(rnd() * orgs.length)]!;
      return { id: i + 1, name: `楼宇${i + 1}`, lon: o.lon, lat: o.lat };
    });
    const centers = buildings.filter((_, i) => i % 10 === 0).map((b) => ({ ...b, radiusM: 400 }));
    const t = performance.now();
    const plan = await planServiceCenters(orgs, centers, buildings, {
      count: 10,
      radiusM: 400,
      weight: 'organizations',
      timeLimitMs: 60_000,
    });
    report(
      `serviceCenterSiting ${n.toLocaleString('en')} orgs, K=10`,
      performance.now() - t,
      `${plan.candidates} candidates, covered ${plan.coveredWeight} of ${plan.uncoveredWeight}, ` +
        `bound ${plan.upperBound.toFixed(0)} (${pct(plan.coveredWeight / plan.upperBound)} of it), ${plan.engine}`,
    );
  }
}

async function deployment(sizes: number[]) {
  for (const n of sizes) {
    const orgs = district(n).map((o) => ({ ...o, districtId: 1, version: 1 }));
    for (const loadLimit of [10, 2]) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      const plan = await planInstructors(orgs, [], {
        loadLimit,
        radiusM: 3_000,
        timeLimitMs: Number(process.env.PLANNING_BENCH_LIMIT_MS ?? 30_000),
      });
      const far = plan.proposals.map((p) => p.farthestMemberM);
      report(
        `instructorDeploymentPlan ${n.toLocaleString('en')} orgs, load ${loadLimit}`,
        performance.now() - t,
        `cpu ${(process.cpuUsage(cpu).user / 1e6).toFixed(1)} s, ${plan.instructorsNeeded} instructors ` +
          `(floor ${Math.ceil(n / loadLimit)}, +${pct(plan.instructorsNeeded / Math.ceil(n / loadLimit) - 1)}), ` +
          `farthest member median ${median(far).toFixed(0)} m, complete ${plan.complete}`,
      );
    }
  }
}

/** The whole first district of a seeded database through the API (the panel's query). */
async function districtApi(url: string) {
  const database = await openDatabase({ databaseUrl: url });
  const apollo = createApollo();
  await apollo.start();
  try {
    const [d] = await rows<{ id: number; n: number }>(
      database.db,
      sql`SELECT d.id, (SELECT count(*) FROM organizations) AS n FROM districts d ORDER BY d.id LIMIT 1`,
    );
    const limit = Number(process.env.PLANNING_BENCH_LIMIT_MS ?? 30_000);
    const query = panelQuery()
      .replace(
        'options: { runId: $runId }',
        `options: { runId: $runId, timeLimitMs: ${limit} }, profile: $profile`,
      )
      .replace('$runId: String)', '$runId: String, $profile: String)');
    for (const profile of (process.env.PLANNING_BENCH_PROFILES ?? 'shunyi-2017').split(',')) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      const res = await apollo.executeOperation(
        { query, variables: { scope: toGlobalId('District', Number(d!.id)), profile } },
        { contextValue: createContext(database, SYSTEM_USER) },
      );
      if (res.body.kind !== 'single' || res.body.singleResult.errors) {
        throw new Error(JSON.stringify(res.body).slice(0, 2000));
      }
      const bytes = JSON.stringify(res.body.singleResult).length;
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      const plan = res.body.singleResult.data!.jointBranchPlan as {
        candidates: number;
        complete: boolean;
        elapsedMs: number;
        proposals: unknown[];
        quality: { gap: number; totalDistanceM: number };
      };
      report(
        `API jointBranchPlan, district of ${Number(d!.n).toLocaleString('en')} orgs, ${profile}, limit ${limit / 1000} s`,
        ms,
        `cpu ${((used.user + used.system) / 1e6).toFixed(1)} s, ${plan.candidates.toLocaleString('en')} candidates, ` +
          `plan ${(plan.elapsedMs / 1000).toFixed(1)} s, ${plan.proposals.length} branches, complete ${plan.complete}, ` +
          `gap ${pct(plan.quality.gap)}, total distance ${Math.round(plan.quality.totalDistanceM).toLocaleString('en')} m, ` +
          `answer ${(bytes / 1e6).toFixed(0)} MB`,
      );
    }
  } finally {
    await apollo.stop();
    await database.close();
  }
}

if (process.env.PLANNING_BENCH_DB) {
  await districtApi(process.env.PLANNING_BENCH_DB);
  process.exit(0);
}

const sizes = (process.env.PLANNING_BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
if (process.env.PLANNING_BENCH_QUALITY !== '0') await quality();
if (process.env.PLANNING_BENCH_JOINT !== '0') {
  await runtime(sizes);
  await siting(sizes.filter((s) => s >= 10_000));
}
if (process.env.PLANNING_BENCH_DEPLOY !== '0') await deployment(sizes);
