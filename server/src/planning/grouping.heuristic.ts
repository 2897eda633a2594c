import { MIN_JOINT_UNITS } from './planning.constants.ts';
import {
  existingOf,
  existingRef,
  pairCost,
  score,
  UNGROUPED,
  ungroupedPenalty,
  type GroupingInstance,
  type GroupingSolution,
} from './grouping.model.ts';
import { nearestWithin } from './neighbours.ts';
import { pointCost } from './point-cost.ts';
import { seededRandom } from './seeded-random.ts';

export interface HeuristicOptions {
  /** Partners kept per point (the k nearest within the radius). */
  neighbours: number;
  /** Runs from different seed orders; the best is kept (1: a single run). */
  restarts: number;
  /** Try moving each seat to a partner with full re-evaluation (O(n) a try: small scopes). */
  seatSwaps: boolean;
  /** Date.now() past which local search stops (the solution so far is kept). */
  deadline: number;
}

const EPS = 1e-6;

/**
 * Greedy seeding plus local search for the problem of grouping.model.ts, for scopes too large for
 * HiGHS. Seeds: points in order of density (partners within the radius) open a branch with their
 * nearest free partners. Then, until no move improves or the deadline passes: relocate one point
 * (to a seat or existing branch with room), swap two points of different branches, move a seat to
 * its branch's 1-median, close a branch (its members go to their next best), open a branch at a
 * point that pulls in the members it saves most. Deterministic: every tie goes to the lower index.
 */
export function solveGroupingHeuristic(
  inst: GroupingInstance,
  opts: HeuristicOptions,
): GroupingSolution {
  const { points, existing, capacity: C } = inst;
  const n = points.length;
  const M = ungroupedPenalty(inst);
  const cost = pointCost(inst);
  const nb = nearestWithin(points, inst.radiusM, opts.neighbours, cost);
  const ex: number[][] = points.map((p) =>
    existing
      .map((e, k) => ({ k, c: pairCost(inst, p, e) }))
      .filter((o) => Number.isFinite(o.c) && existing[o.k]!.room > 0)
      .sort((a, b) => a.c - b.c || a.k - b.k)
      .map((o) => o.k),
  );

  const timeUp = () => Date.now() > opts.deadline;
  const runOnce = (order: number[]): GroupingSolution => {
    const assign = new Array<number>(n).fill(UNGROUPED);
    const seats: number[] = [];
    const members: number[][] = [];
    const seatOf = new Int32Array(n).fill(-1);
    const used = new Array<number>(existing.length).fill(0);
    let open = 0;

    /** cost of i in target t (a branch index or an existing ref); Infinity if out of reach. */
    const costIn = (i: number, t: number): number => {
      if (t === UNGROUPED) return M;
      if (t >= 0) return seats[t] === i ? 0 : cost(i, seats[t]!);
      return pairCost(inst, points[i]!, existing[existingOf(t)]!);
    };
    const room = (t: number) =>
      t >= 0 ? C - members[t]!.length : existing[existingOf(t)]!.room - used[existingOf(t)]!;
    const leave = (i: number) => {
      const a = assign[i]!;
      if (a >= 0) members[a]!.splice(members[a]!.indexOf(i), 1);
      else if (a !== UNGROUPED) used[existingOf(a)]!--;
      assign[i] = UNGROUPED;
    };
    const join = (i: number, t: number) => {
      leave(i);
      assign[i] = t;
      if (t >= 0) members[t]!.push(i);
      else if (t !== UNGROUPED) used[existingOf(t)]!++;
    };
    /** May i leave its branch? A new branch must keep MIN_JOINT_UNITS, its seat stays. */
    const canLeave = (i: number) => {
      const a = assign[i]!;
      return seatOf[i]! < 0 && (a < 0 || members[a]!.length > MIN_JOINT_UNITS);
    };
    /** Targets i could join: seats among its partners, then existing branches in reach. */
    const targets = (i: number): number[] => {
      const out: number[] = [];
      for (const j of nb[i]!) if (seatOf[j]! >= 0) out.push(seatOf[j]!);
      for (const k of ex[i]!) out.push(existingRef(k));
      return out;
    };
    const openAt = (s: number, with_: number[]) => {
      const b = seats.length;
      seats.push(s);
      members.push([]);
      seatOf[s] = b;
      join(s, b);
      for (const j of with_) join(j, b);
      open++;
    };
    const close = (b: number) => {
      seatOf[seats[b]!] = -1;
      seats[b] = -1;
      open--;
    };

    // Seeding: in the given order (densest first), each with its nearest free partners.
    for (const s of order) {
      if (open >= inst.maxNewBranches) break;
      if (assign[s] !== UNGROUPED) continue;
      const free = [...nb[s]!].filter((j) => assign[j] === UNGROUPED).slice(0, C - 1);
      if (free.length >= MIN_JOINT_UNITS - 1) openAt(s, free);
    }

    const relocate = (i: number): boolean => {
      if (!canLeave(i)) return false;
      const a = assign[i]!;
      let best = a;
      let bestCost = costIn(i, a) - EPS;
      for (const t of targets(i)) {
        if (t === a || room(t) <= 0) continue;
        const c = costIn(i, t);
        if (c < bestCost) [best, bestCost] = [t, c];
      }
      if (best === a) return false;
      join(i, best);
      return true;
    };

    const swap = (i: number): boolean => {
      const a = assign[i]!;
      if (a === UNGROUPED || seatOf[i]! >= 0) return false;
      for (const j of nb[i]!) {
        const b = assign[j]!;
        if (b === a || b === UNGROUPED || seatOf[j]! >= 0) continue;
        const delta = costIn(i, b) + costIn(j, a) - costIn(i, a) - costIn(j, b);
        if (delta < -EPS) {
          join(i, b);
          join(j, a);
          return true;
        }
      }
      return false;
    };

    const reseat = (b: number): boolean => {
      const ms = members[b]!;
      const total = (s: number) => ms.reduce((sum, u) => sum + (u === s ? 0 : cost(u, s)), 0);
      let best = seats[b]!;
      let bestCost = total(best) - EPS;
      for (const m of ms) {
        const c = total(m);
        if (c < bestCost) [best, bestCost] = [m, c];
      }
      if (best === seats[b]) return false;
      seatOf[seats[b]!] = -1;
      seats[b] = best;
      seatOf[best] = b;
      return true;
    };

    /** Close branch b if its members do better elsewhere (counting the branch cost saved). */
    const tryClose = (b: number, force = false): boolean => {
      const ms = [...members[b]!];
      const extra = new Map<number, number>();
      const plan: [number, number][] = [];
      let delta = -inst.branchCostM;
      for (const u of ms) {
        let best = UNGROUPED;
        let bestCost = M;
        for (const t of targets(u)) {
          if (t === b || room(t) - (extra.get(t) ?? 0) <= 0) continue;
          const c = t >= 0 ? cost(u, seats[t]!) : costIn(u, t);
          if (c < bestCost) [best, bestCost] = [t, c];
        }
        if (best !== UNGROUPED) extra.set(best, (extra.get(best) ?? 0) + 1);
        plan.push([u, best]);
        delta += bestCost - costIn(u, b);
      }
      if (!force && delta >= -EPS) return false;
      close(b);
      for (const [u, t] of plan) join(u, t);
      members[b] = [];
      return true;
    };

    /** Open a branch at s if the members it pulls in save more than a branch costs. */
    const tryOpen = (s: number, force = false): boolean => {
      if (open >= inst.maxNewBranches || seatOf[s]! >= 0) return false;
      if (assign[s] !== UNGROUPED && !canLeave(s)) return false;
      const leaving = new Map<number, number>();
      const takeFrom = (u: number) => {
        const a = assign[u]!;
        if (a < 0) return true;
        const left = members[a]!.length - (leaving.get(a) ?? 0);
        if (left <= MIN_JOINT_UNITS) return false;
        leaving.set(a, (leaving.get(a) ?? 0) + 1);
        return true;
      };
      if (!takeFrom(s)) return false;
      let gain = costIn(s, assign[s]!) - inst.branchCostM;
      const gains = [...nb[s]!]
        .filter((j) => seatOf[j]! < 0)
        .map((j) => ({ j, g: costIn(j, assign[j]!) - cost(j, s) }))
        .filter((o) => o.g > EPS)
        .sort((a, b) => b.g - a.g || a.j - b.j);
      const pulled: number[] = [];
      for (const { j, g } of gains) {
        if (pulled.length >= C - 1) break;
        if (!takeFrom(j)) continue;
        pulled.push(j);
        gain += g;
      }
      if (pulled.length < MIN_JOINT_UNITS - 1 || (!force && gain <= EPS)) return false;
      openAt(s, pulled);
      return true;
    };

    /** Ejection chain: i takes j's place in a full branch t, j moves on to a (or one with room). */
    const chain = (i: number): boolean => {
      if (!canLeave(i)) return false;
      const a = assign[i]!;
      const cur = costIn(i, a);
      for (const t of targets(i)) {
        if (t < 0 || t === a || room(t) > 0) continue;
        const into = costIn(i, t) - cur;
        if (into >= 0) continue;
        for (const j of members[t]!) {
          if (seatOf[j]! >= 0) continue;
          for (const u of [a, ...targets(j)]) {
            if (u === t || u === UNGROUPED || (u !== a && room(u) <= 0)) continue;
            if (into + costIn(j, u) - costIn(j, t) < -EPS) {
              join(j, u);
              join(i, t);
              return true;
            }
          }
        }
      }
      return false;
    };

    /** One pass of the moves that keep the set of branches. */
    const localPass = (): boolean => {
      let improved = false;
      for (let i = 0; i < n; i++) if (relocate(i)) improved = true;
      for (let i = 0; i < n && !timeUp(); i++) if (chain(i)) improved = true;
      for (let i = 0; i < n && !timeUp(); i++) if (swap(i)) improved = true;
      for (let b = 0; b < seats.length; b++) if (seats[b]! >= 0 && reseat(b)) improved = true;
      return improved;
    };
    const current = () => {
      let v = inst.branchCostM * open;
      for (let i = 0; i < n; i++) v += costIn(i, assign[i]!);
      return v;
    };
    /**
     * Seat swap (Teitz-Bart for small scopes): close branch b, open one at a partner s of its seat,
     * let every point relocate once; kept only if the whole objective drops.
     */
    const trySeatSwap = (b: number): boolean => {
      const seat = seats[b]!;
      const before = current();
      for (const s of nb[seat]!.slice(0, 10)) {
        if (seatOf[s]! >= 0) continue;
        const saved = {
          assign: assign.slice(),
          seats: seats.slice(),
          members: members.map((m) => m.slice()),
          seatOf: seatOf.slice(),
          used: used.slice(),
          open,
        };
        tryClose(b, true);
        tryOpen(s, true);
        for (let round = 0; round < 20 && localPass(); round++);
        if (current() < before - EPS) return true;
        assign.splice(0, n, ...saved.assign);
        seats.splice(0, seats.length, ...saved.seats);
        members.splice(0, members.length, ...saved.members);
        seatOf.set(saved.seatOf);
        used.splice(0, used.length, ...saved.used);
        open = saved.open;
      }
      return false;
    };

    let improved = true;
    while (improved && !timeUp()) {
      improved = localPass();
      for (let b = 0; b < seats.length && !timeUp(); b++) {
        if (seats[b]! >= 0 && tryClose(b)) improved = true;
      }
      for (let s = 0; s < n && !timeUp(); s++) if (tryOpen(s)) improved = true;
      if (!improved && opts.seatSwaps) {
        for (let b = 0; b < seats.length && !timeUp(); b++) {
          if (seats[b]! >= 0 && trySeatSwap(b)) improved = true;
        }
      }
    }

    // Compact: closed branches leave holes in the index.
    const remap = new Map<number, number>();
    const outSeats: number[] = [];
    seats.forEach((s, b) => {
      if (s < 0) return;
      remap.set(b, outSeats.length);
      outSeats.push(s);
    });
    return { seats: outSeats, assign: assign.map((a) => (a >= 0 ? remap.get(a)! : a)) };
  };

  // First run: densest first. Restarts (small scopes, while time remains): the same order with
  // seeded random swaps, so the answer is the same on every run.
  const density = [...points.keys()].sort((a, b) => nb[b]!.length - nb[a]!.length || a - b);
  let best = runOnce(density);
  let bestScore = score(inst, best).objective;
  const rnd = seededRandom(n * 7919 + 17);
  for (let r = 1; r < opts.restarts && !timeUp(); r++) {
    const order = [...density];
    for (let s = 0; s < order.length; s++) {
      const t = s + Math.floor(rnd() * (order.length - s));
      [order[s], order[t]] = [order[t]!, order[s]!];
    }
    const sol = runOnce(order);
    const v = score(inst, sol).objective;
    if (v < bestScore - EPS) [best, bestScore] = [sol, v];
  }
  return best;
}
