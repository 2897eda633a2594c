import { describe, expect, it } from 'vitest';
import { GroupingPool } from './grouping.pool.ts';
import { planJointBranches, type PlanProgress } from './joint-branches.ts';
import type { CandidateOrg, ExistingJointBranch } from './planning.sql.ts';
import { seededRandom } from './seeded-random.ts';

const INDUSTRIES = ['retail', 'catering', 'it', 'law', 'accounting', 'logistics'];

/** n candidates over three neighbouring subdistricts (dense clusters: parts larger than a tile). */
function candidates(n: number, seed: number): CandidateOrg[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const sub = i % 3;
    // Subdistricts side by side, 0.02° apart: clusters near their shared borders are within 1 km.
    const lon = 116.6 + sub * 0.02 + 0.02 * rnd();
    const lat = 40.1 + 0.01 * rnd();
    return {
      id: i + 1,
      name: `单位${i + 1}`,
      lon,
      lat,
      industry: INDUSTRIES[Math.floor(rnd() * INDUSTRIES.length)]!,
      subdistrictId: sub + 1,
      partyMembers: Math.floor(rnd() * 3),
      employees: 10,
    };
  });
}

const branches: ExistingJointBranch[] = [1, 2, 3].map((sub) => ({
  id: 100 + sub,
  name: `现有联合党支部${sub}`,
  lon: 116.6 + (sub - 1) * 0.02 + 0.01,
  lat: 40.105,
  subdistrictId: sub,
  units: 12,
  industry: 'retail',
  version: 1,
}));

const options = {
  unitLimit: 15,
  radiusM: 1_000,
  industryPenaltyM: 300,
  branchCostM: 300,
  timeLimitMs: 60_000,
  exactMaxOrgs: 0,
};

describe('planJointBranches on scopes larger than a tile', () => {
  const orgs = candidates(1_200, 5);

  it('never exceeds capacity or a branch room, never crosses subdistricts, places everyone once', async () => {
    const progress: PlanProgress[] = [];
    const plan = await planJointBranches(orgs, branches, {
      ...options,
      onProgress: (p) => progress.push(p),
    });
    expect(plan.complete).toBe(true);
    const sub = new Map(orgs.map((o) => [o.id, o.subdistrictId]));
    const seen: number[] = [];
    for (const p of plan.proposals) {
      expect(p.members.length).toBeLessThanOrEqual(15);
      expect(p.members.length).toBeGreaterThanOrEqual(2);
      expect(new Set(p.members.map((m) => sub.get(m.id)))).toEqual(new Set([p.subdistrictId]));
      expect(p.farthestMemberM).toBeLessThanOrEqual(1_000);
      seen.push(...p.members.map((m) => m.id));
    }
    for (const a of plan.attachments) {
      expect(a.members.length).toBeLessThanOrEqual(3);
      for (const m of a.members) expect(sub.get(m.id)).toBe(a.branch.subdistrictId);
      seen.push(...a.members.map((m) => m.id));
    }
    seen.push(...plan.ungrouped.map((u) => u.organization.id));
    expect(seen.sort((a, b) => a - b)).toEqual(orgs.map((o) => o.id));
    expect(plan.quality.lowerBound).toBeLessThanOrEqual(plan.quality.objective);
    // Progress: each phase counts up to the candidates, the last report says all are done.
    expect(progress.at(-1)).toMatchObject({ done: orgs.length, total: orgs.length });
    for (const p of progress) expect(p.done).toBeLessThanOrEqual(orgs.length);
  });

  it('answers the same for the same input', async () => {
    const strip = (p: Awaited<ReturnType<typeof planJointBranches>>) => ({ ...p, elapsedMs: 0 });
    const a = await planJointBranches(orgs, branches, options);
    const b = await planJointBranches(orgs, branches, options);
    expect(strip(b)).toEqual(strip(a));
  });

  it('answers the same on worker threads as in this thread (issue 18 point 6)', async () => {
    const strip = (p: Awaited<ReturnType<typeof planJointBranches>>) => ({ ...p, elapsedMs: 0 });
    const inThread = await planJointBranches(orgs, branches, { ...options, workers: 0 });
    // The workers start here too (a test runner has no tsx loader of its own to hand them).
    const pool = await GroupingPool.open(2);
    expect(pool?.size).toBe(2);
    await pool!.close();
    const pooled = await planJointBranches(orgs, branches, { ...options, workers: 2 });
    expect(strip(pooled)).toEqual(strip(inThread));
    expect(pooled.complete).toBe(true);
  });

  it('stops when cancelled, with a feasible answer flagged incomplete', async () => {
    const ac = new AbortController();
    let reports = 0;
    const started = Date.now();
    const plan = await planJointBranches(candidates(6_000, 9), [], {
      ...options,
      signal: ac.signal,
      onProgress: () => {
        if (++reports === 2) ac.abort();
      },
    });
    expect(plan.complete).toBe(false);
    expect(Date.now() - started).toBeLessThan(30_000);
    const placed = plan.proposals.reduce((t, p) => t + p.members.length, 0) + plan.ungrouped.length;
    expect(placed).toBe(6_000);
    for (const p of plan.proposals) expect(p.members.length).toBeLessThanOrEqual(15);
  });
});
