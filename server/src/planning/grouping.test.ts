import { describe, expect, it } from 'vitest';
import { groupingLowerBound } from './grouping.bound.ts';
import { solveGroupingExact as solveOrNull } from './grouping.exact.ts';
import { generatedInstance } from './grouping.testkit.ts';
import { solveGroupingHeuristic } from './grouping.heuristic.ts';
import {
  checkSolution,
  maxNewBranchesFor,
  score,
  UNGROUPED,
  type GroupingInstance,
} from './grouping.model.ts';

/** HiGHS must answer on these small instances. */
async function solveGroupingExact(inst: GroupingInstance, seconds: number) {
  const r = await solveOrNull(inst, seconds);
  if (!r) throw new Error('HiGHS found no answer in time');
  return r;
}

const heuristic = (inst: GroupingInstance, restarts = 8) =>
  solveGroupingHeuristic(inst, {
    neighbours: 48,
    restarts,
    seatSwaps: restarts > 1,
    deadline: Date.now() + 20_000,
  });

/** A hand-made instance: units on a line, written `'0 retail, 100 law'` (x metres, industry). */
function line(units: string, capacity: number, existing: GroupingInstance['existing'] = []) {
  const xs = units.split(',').map((u) => u.trim().split(' '));
  return {
    points: xs.map(([x, industry]) => ({ x: Number(x), y: 0, industry: industry! })),
    existing,
    capacity,
    radiusM: 1_000,
    industryPenaltyM: 300,
    branchCostM: 300,
    maxNewBranches: maxNewBranchesFor(xs.length, capacity),
  } satisfies GroupingInstance;
}

describe('joint-branch grouping', () => {
  it('finds the obvious optimum of two far-apart triples on both engines', async () => {
    const inst = line('0 retail, 100 retail, 200 retail, 5000 law, 5100 law, 5200 law', 3);
    const exact = await solveGroupingExact(inst, 5);
    expect(exact.optimal).toBe(true);
    // Seats in the middle: 2 x (100 + 100) metres + 2 branch costs.
    expect(score(inst, exact.solution).objective).toBeCloseTo(400 + 600, 6);
    const h = heuristic(inst);
    expect(score(inst, h).objective).toBeCloseTo(400 + 600, 6);
    expect(h.seats.sort()).toEqual([1, 4]);
  });

  it('prefers the same industry over a slightly shorter walk', async () => {
    // Two retail and two law units in a row; capacity 2 pairs them by industry, not by place.
    const inst = line('0 retail, 100 law, 200 retail, 300 law', 2);
    for (const sol of [(await solveGroupingExact(inst, 5)).solution, heuristic(inst)]) {
      expect(sol.assign[0]).toBe(sol.assign[2]);
      expect(sol.assign[1]).toBe(sol.assign[3]);
    }
  });

  it('attaches to an existing branch with room instead of founding a new one', async () => {
    const inst = line('0 retail, 50 retail', 15, [{ x: 20, y: 0, room: 2, industry: 'retail' }]);
    for (const sol of [(await solveGroupingExact(inst, 5)).solution, heuristic(inst)]) {
      expect(sol.seats).toEqual([]);
      expect(sol.assign).toEqual([-2, -2]);
    }
  });

  it('leaves out a unit with nobody within the radius', async () => {
    const inst = line('0 retail, 300 retail, 9000 retail', 15);
    const h = heuristic(inst);
    expect(h.assign[2]).toBe(UNGROUPED);
    expect(checkSolution(inst, h)).toEqual([]);
  });

  it('stays within 5 % of the HiGHS optimum on generated grids, above the lower bound', async () => {
    const gaps: number[] = [];
    for (const [seed, n] of [
      [11, 20],
      [12, 25],
      [15, 35],
      [16, 40],
    ] as const) {
      const inst = generatedInstance(seed, n, { existing: 2, clusters: 2 });
      const exact = await solveGroupingExact(inst, 60);
      expect(exact.optimal).toBe(true);
      expect(checkSolution(inst, exact.solution)).toEqual([]);
      const opt = score(inst, exact.solution).objective;
      const h = heuristic(inst);
      expect(checkSolution(inst, h)).toEqual([]);
      const v = score(inst, h).objective;
      expect(v).toBeGreaterThanOrEqual(opt - 1e-6);
      expect(groupingLowerBound(inst)).toBeLessThanOrEqual(opt + 1e-6);
      gaps.push(v / opt - 1);
    }
    expect(Math.max(...gaps)).toBeLessThan(0.05);
  });

  it('never exceeds capacity or radius on larger scopes, and answers the same twice', () => {
    for (const capacity of [3, 5, 15]) {
      const inst = generatedInstance(21 + capacity, 600, {
        sideM: 6_000,
        existing: 10,
        capacity,
      });
      const a = heuristic(inst, 1);
      expect(checkSolution(inst, a)).toEqual([]);
      expect(heuristic(inst, 1)).toEqual(a);
      expect(groupingLowerBound(inst)).toBeLessThanOrEqual(score(inst, a).objective);
    }
  });
});
