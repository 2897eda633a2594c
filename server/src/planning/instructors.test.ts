import { describe, expect, it } from 'vitest';
import { planInstructors } from './instructors.ts';
import type { InstructorLoad, WorkCandidate } from './planning.sql.ts';
import { seededRandom } from './seeded-random.ts';

/** `n` organizations over two subdistricts of ~3 km (0.03° ≈ 2.5-3.3 km at 40° N). */
function workCandidates(seed: number, n: number): WorkCandidate[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `org ${i + 1}`,
    lon: 116.6 + (i % 2) * 0.1 + rnd() * 0.03,
    lat: 40.1 + rnd() * 0.03,
    subdistrictId: 1 + (i % 2),
    districtId: 1,
    version: 1,
  }));
}

const instructors: InstructorLoad[] = [
  // In post in subdistrict 1 with 7 organizations, near its middle.
  { id: 1, name: 'A', districtId: 1, subdistrictId: 1, load: 7, lon: 116.615, lat: 40.115 },
  // Full already.
  { id: 2, name: 'B', districtId: 1, subdistrictId: 2, load: 10, lon: 116.715, lat: 40.115 },
  // Idle, district-wide.
  { id: 3, name: 'C', districtId: 1, subdistrictId: null, load: 0, lon: null, lat: null },
];

const plan = (n: number, loadLimit: number, seed = 1) =>
  planInstructors(workCandidates(seed, n), instructors, {
    loadLimit,
    radiusM: 3_000,
    timeLimitMs: 20_000,
  });

describe('planInstructors', () => {
  it.each([
    [40, 10],
    [40, 2],
    [600, 10],
  ])('places %i organizations once each within a load of %i, per subdistrict', async (n, limit) => {
    const p = await plan(n, limit);
    const orgs = workCandidates(1, n);
    const seen = p.proposals.flatMap((x) => x.organizations.map((o) => o.id));
    expect(seen.sort((a, b) => a - b)).toEqual(orgs.map((o) => o.id));
    for (const x of p.proposals) {
      expect((x.instructor?.loadBefore ?? 0) + x.organizations.length).toBeLessThanOrEqual(limit);
      for (const o of x.organizations) expect(orgs[o.id - 1]!.subdistrictId).toBe(x.subdistrictId);
    }
    // The full instructor gets nothing; each instructor appears once at most.
    const ids = p.proposals.flatMap((x) => (x.instructor ? [x.instructor.id] : []));
    expect(ids).not.toContain(2);
    expect(new Set(ids).size).toBe(ids.length);
    // No group holds more than the load.
    expect(p.proposals.length).toBeGreaterThanOrEqual(Math.ceil(n / limit));
    expect(p.instructorsNeeded).toBe(p.proposals.filter((x) => !x.instructor).length);
    expect(p.complete).toBe(true);
  });

  it('fills groups: 40 organizations close together need few instructors at a load of 10', async () => {
    const p = await plan(40, 10);
    // A: 3 more; the rest in groups of at most 10 per subdistrict (20 each): at most 3 + 2 + 1 slack.
    expect(p.proposals.length).toBeLessThanOrEqual(6);
  });

  it('answers the same for the same input', async () => {
    const a = await plan(300, 10, 7);
    const b = await plan(300, 10, 7);
    expect({ ...b, elapsedMs: 0 }).toEqual({ ...a, elapsedMs: 0 });
  });

  it('stops at once when cancelled (the client went away), still answering every organization', async () => {
    const ac = new AbortController();
    ac.abort();
    const p = await planInstructors(workCandidates(3, 2_000), instructors, {
      loadLimit: 10,
      radiusM: 3_000,
      timeLimitMs: 20_000,
      signal: ac.signal,
    });
    expect(p.complete).toBe(false);
    expect(p.proposals.reduce((t, x) => t + x.organizations.length, 0)).toBe(2_000);
    for (const x of p.proposals) expect(x.organizations.length).toBeLessThanOrEqual(10);
  });
});
