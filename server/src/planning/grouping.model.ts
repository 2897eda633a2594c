import { MIN_JOINT_UNITS } from './planning.constants.ts';
import { industryDistance } from './industry-families.ts';
import { planeDistance } from './local-metres.ts';

/**
 * Joint-branch grouping as a capacitated p-median problem (issue 18; docs/planning.md).
 *
 * Points are organizations that need organizational coverage and cannot found their own party
 * organization. Each point is either the seat of a new joint branch, a member of a new branch
 * whose seat is within `radiusM`, a member of an existing joint branch within `radiusM` that has
 * room, or left ungrouped. A new branch holds MIN_JOINT_UNITS..capacity units (seat included);
 * at most `maxNewBranches` are opened. Minimize
 *
 *   Σ cost(member, seat) + branchCostM · (new branches) + ungroupedPenalty · (ungrouped)
 *
 * with cost = distance + industryPenaltyM · industryDistance (0, ½ or 1). Both engines (HiGHS and
 * the heuristic) solve exactly this and are scored by `objective`.
 */
export interface GroupingPoint {
  x: number;
  y: number;
  industry: string;
}

export interface ExistingBranch {
  x: number;
  y: number;
  /** Units it may still take under the limit. */
  room: number;
  /** Its members' most common industry. */
  industry: string;
}

export interface GroupingInstance {
  points: GroupingPoint[];
  existing: ExistingBranch[];
  /** The profile's joint-unit limit (seat included). */
  capacity: number;
  radiusM: number;
  industryPenaltyM: number;
  branchCostM: number;
  maxNewBranches: number;
  /** Fewest units of a new branch, seat included (default MIN_JOINT_UNITS; 1 for instructors). */
  minSize?: number;
}

/** assign[i] >= 0: new branch index; -1: ungrouped; <= -2: existing branch -(assign[i] + 2). */
export interface GroupingSolution {
  seats: number[];
  assign: number[];
}

export const UNGROUPED = -1;
/** The instance's fewest units per new branch. */
export const minSizeOf = (inst: GroupingInstance) => inst.minSize ?? MIN_JOINT_UNITS;
export const existingRef = (k: number) => -(k + 2);
export const existingOf = (a: number) => -a - 2;

/**
 * The number of new branches allowed: enough for everyone plus one branch of slack (HiGHS needs
 * far longer when every branch must be exactly full), never more than pairs allow. A part larger
 * than a tile allows the sum of its tiles' numbers (one branch of slack per tile).
 */
export function maxNewBranchesFor(n: number, capacity: number): number {
  return Math.min(Math.floor(n / MIN_JOINT_UNITS), Math.ceil(n / capacity) + 1);
}

/** Leaving an organization out must cost more than any pairing: pairing always wins if possible. */
export function ungroupedPenalty(inst: GroupingInstance): number {
  return 2 * (inst.radiusM + inst.industryPenaltyM) + inst.branchCostM;
}

export function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return planeDistance(a.x, a.y, b.x, b.y);
}

/** cost of `p` meeting at `seat`; Infinity beyond the radius. */
export function pairCost(
  inst: GroupingInstance,
  p: GroupingPoint,
  seat: { x: number; y: number; industry: string },
): number {
  const d = distance(p, seat);
  if (d > inst.radiusM) return Infinity;
  return d + inst.industryPenaltyM * industryDistance(p.industry, seat.industry);
}

/** The objective above; Infinity for an infeasible solution. */
export function objective(inst: GroupingInstance, sol: GroupingSolution): number {
  return checkSolution(inst, sol).length ? Infinity : score(inst, sol).objective;
}

export interface GroupingScore {
  objective: number;
  /** Σ member-to-seat distance (metres) over grouped points. */
  distanceM: number;
  grouped: number;
  ungrouped: number;
  newBranches: number;
}

export function score(inst: GroupingInstance, sol: GroupingSolution): GroupingScore {
  const M = ungroupedPenalty(inst);
  let objectiveSum = inst.branchCostM * sol.seats.length;
  let distanceM = 0;
  let ungrouped = 0;
  sol.assign.forEach((a, i) => {
    const p = inst.points[i]!;
    if (a === UNGROUPED) {
      ungrouped++;
      objectiveSum += M;
      return;
    }
    const seat = a >= 0 ? inst.points[sol.seats[a]!]! : inst.existing[existingOf(a)]!;
    objectiveSum += pairCost(inst, p, seat);
    distanceM += distance(p, seat);
  });
  return {
    objective: objectiveSum,
    distanceM,
    grouped: sol.assign.length - ungrouped,
    ungrouped,
    newBranches: sol.seats.length,
  };
}

/** Every violated constraint, in words (empty when feasible). */
export function checkSolution(inst: GroupingInstance, sol: GroupingSolution): string[] {
  const errors: string[] = [];
  if (sol.assign.length !== inst.points.length) errors.push('assignment length');
  if (sol.seats.length > inst.maxNewBranches) errors.push('too many new branches');
  const newSize = new Array<number>(sol.seats.length).fill(0);
  const used = new Array<number>(inst.existing.length).fill(0);
  sol.seats.forEach((s, b) => {
    if (sol.assign[s] !== b) errors.push(`seat ${s} is not a member of its branch ${b}`);
  });
  sol.assign.forEach((a, i) => {
    if (a === UNGROUPED) return;
    const p = inst.points[i]!;
    if (a >= 0) {
      if (a >= sol.seats.length) return void errors.push(`point ${i}: no branch ${a}`);
      newSize[a]!++;
      if (distance(p, inst.points[sol.seats[a]!]!) > inst.radiusM) {
        errors.push(`point ${i} beyond the radius of branch ${a}`);
      }
    } else {
      const k = existingOf(a);
      const e = inst.existing[k];
      if (!e) return void errors.push(`point ${i}: no existing branch ${k}`);
      used[k]!++;
      if (distance(p, e) > inst.radiusM) errors.push(`point ${i} beyond existing branch ${k}`);
    }
  });
  newSize.forEach((n, b) => {
    if (n > inst.capacity) errors.push(`branch ${b} holds ${n} > ${inst.capacity}`);
    if (n < minSizeOf(inst)) errors.push(`branch ${b} holds ${n} < ${minSizeOf(inst)}`);
  });
  used.forEach((n, k) => {
    if (n > inst.existing[k]!.room) errors.push(`existing branch ${k} over its room`);
  });
  return errors;
}
