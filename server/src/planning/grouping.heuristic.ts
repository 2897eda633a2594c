import {
  existingOf,
  existingRef,
  minSizeOf,
  pairCost,
  score,
  UNGROUPED,
  ungroupedPenalty,
  type GroupingInstance,
  type GroupingSolution,
} from './grouping.model.ts';
import { nearestAmong, nearestWithin } from './neighbours.ts';
import { BEYOND_CM, pointCostCm } from './point-cost.ts';
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
  /** Polled with the deadline: true stops the search too (a cancelled request). */
  cancelled?: () => boolean;
}

const EPS = 1e-6;
/** Seat swaps try a seat's nearest partners, each followed by a few local passes around it. */
const SEAT_SWAP_PARTNERS = 5;
const SEAT_SWAP_ROUNDS = 3;
/** Swaps pair a point with its nearest partners only. */
const SWAP_PARTNERS = 16;

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
  const MIN_UNITS = minSizeOf(inst);
  const M = Math.round(ungroupedPenalty(inst) * 100);
  // Costs in whole centimetres inside the search (see pointCostCm); the answer is scored in metres.
  const cost = pointCostCm(inst);
  const nb = nearestWithin(points, inst.radiusM, opts.neighbours, (i, j) => {
    const c = cost(i, j);
    return c === BEYOND_CM ? Infinity : c / 100;
  });
  /**
   * Existing branches in reach of each point, cheapest first (at most `neighbours` of them, from
   * a grid of the branches: a dense district has thousands of branches with room in reach of
   * every point), and their costs.
   */
  const exCosts = (i: number, k: number) =>
    existing[k]!.room > 0 ? pairCost(inst, points[i]!, existing[k]!) : Infinity;
  const ex = nearestAmong(points, existing, inst.radiusM, opts.neighbours, exCosts);
  const exCost = ex.map((l, i) => Int32Array.from(l, (k) => Math.round(exCosts(i, k) * 100)));

  // The clock is read once every 64 calls (Date.now() in every inner loop cost a tenth of the time).
  let calls = 0;
  let over = false;
  const timeUp = () => {
    if (over || (++calls & 63) !== 0) return over;
    return (over = Date.now() > opts.deadline || (opts.cancelled?.() ?? false));
  };
  const F = Math.round(inst.branchCostM * 100);
  const runOnce = (order: number[]): GroupingSolution => {
    const assign = new Int32Array(n).fill(UNGROUPED);
    const seats: number[] = [];
    const members: number[][] = [];
    const seatOf = new Int32Array(n).fill(-1);
    const used = new Int32Array(existing.length);
    // Scratch arrays of tryClose and tryOpen.
    const planU = new Int32Array(C);
    const planT = new Int32Array(C);
    const gainG = new Float64Array(opts.neighbours);
    const gainJ = new Int32Array(opts.neighbours);
    const takenFrom = new Int32Array(C + 1);
    /** targets(i), cached until a seat changes (local moves keep the seats). */
    const targetList: number[][] = new Array(n);
    const targetsAt = new Int32Array(n).fill(-1);
    let seatVersion = 0;
    /** Branches changed since their seat was last optimised. */
    const dirty: boolean[] = [];
    /** Branches whose seat swap failed and that have not changed since (don't-look bits). */
    const settled: boolean[] = [];
    /** Tentative changes and their undoing leave `settled` alone. */
    let quiet = false;
    const touch = (b: number) => {
      dirty[b] = true;
      if (!quiet && !logging) settled[b] = false;
    };
    let open = 0;
    /** The objective of the current state, kept up to date by every change. */
    const acc = new Float64Array([M * n]); // a typed slot: a captured double would be boxed per write
    /** Undo log of a tentative move (seat swaps): triples (kind, a, b). */
    const log: number[] = [];
    let logging = false;
    const [LOG_ASSIGN, LOG_SEAT, LOG_PUSH] = [0, 1, 2];

    /** cost of i in target t (a branch index or an existing ref); Infinity if out of reach. */
    const costIn = (i: number, t: number): number => {
      if (t === UNGROUPED) return M;
      if (t >= 0) return seats[t] === i ? 0 : cost(i, seats[t]!);
      const k = existingOf(t);
      const list = ex[i]!;
      for (let x = 0; x < list.length; x++) if (list[x] === k) return exCost[i]![x]!;
      return BEYOND_CM;
    };
    const room = (t: number) =>
      t >= 0 ? C - members[t]!.length : existing[existingOf(t)]!.room - used[existingOf(t)]!;
    /** Moves i to target t (UNGROUPED, a branch or an existing ref), the objective with it. */
    const move = (i: number, t: number) => {
      const a = assign[i]!;
      if (a === t) return;
      acc[0] = acc[0]! + costIn(i, t) - costIn(i, a);
      if (a >= 0) {
        // Swap-remove (splice allocates the removed element's array on every move).
        const ms = members[a]!;
        ms[ms.indexOf(i)] = ms[ms.length - 1]!;
        ms.pop();
        touch(a);
      } else if (a !== UNGROUPED) used[existingOf(a)]!--;
      assign[i] = t;
      if (t >= 0) {
        members[t]!.push(i);
        touch(t);
      } else if (t !== UNGROUPED) used[existingOf(t)]!++;
      if (logging) log.push(LOG_ASSIGN, i, a);
    };
    /** Seat of branch b becomes s (-1: closed, which needs it empty), costs of its members too. */
    const setSeat = (b: number, s: number) => {
      const old = seats[b]!;
      let delta = F * (Number(s >= 0) - Number(old >= 0));
      for (const u of members[b]!) {
        if (old >= 0) delta -= u === old ? 0 : cost(u, old);
        if (s >= 0) delta += u === s ? 0 : cost(u, s);
      }
      if (old >= 0) seatOf[old] = -1;
      seats[b] = s;
      seatVersion++;
      if (s >= 0) seatOf[s] = b;
      open += Number(s >= 0) - Number(old >= 0);
      acc[0] = acc[0]! + delta;
      touch(b);
      if (logging) log.push(LOG_SEAT, b, old);
    };
    const undo = (mark: number) => {
      logging = false;
      quiet = true;
      while (log.length > mark) {
        const kind = log[log.length - 3]!;
        const a = log[log.length - 2]!;
        const b = log[log.length - 1]!;
        log.length -= 3;
        if (kind === LOG_ASSIGN) move(a, b);
        else if (kind === LOG_SEAT) setSeat(a, b);
        else {
          seats.pop();
          members.pop();
          dirty.pop();
          settled.pop();
        }
      }
      quiet = false;
    };
    /** May i leave its branch? A new branch must keep MIN_UNITS, its seat stays. */
    const canLeave = (i: number) => {
      const a = assign[i]!;
      return seatOf[i]! < 0 && (a < 0 || members[a]!.length > MIN_UNITS);
    };
    /** Targets i could join: seats among its partners, then existing branches in reach. */
    const targets = (i: number): number[] => {
      if (targetsAt[i] === seatVersion) return targetList[i]!;
      const out = (targetList[i] ??= []);
      out.length = 0;
      for (const j of nb[i]!) if (seatOf[j]! >= 0) out.push(seatOf[j]!);
      for (const k of ex[i]!) out.push(existingRef(k));
      targetsAt[i] = seatVersion;
      return (targetList[i] = out);
    };
    const openAt = (s: number, with_: number[]) => {
      const b = seats.length;
      seats.push(-1);
      members.push([]);
      dirty.push(true);
      settled.push(false);
      if (logging) log.push(LOG_PUSH, b, 0);
      setSeat(b, s);
      move(s, b);
      for (const j of with_) move(j, b);
    };

    // Seeding: in the given order (densest first), each with its nearest free partners.
    for (const s of order) {
      if (open >= inst.maxNewBranches) break;
      if (assign[s] !== UNGROUPED) continue;
      const free = [...nb[s]!].filter((j) => assign[j] === UNGROUPED).slice(0, C - 1);
      if (free.length >= MIN_UNITS - 1) openAt(s, free);
    }

    const relocate = (i: number): boolean => {
      if (!canLeave(i)) return false;
      const a = assign[i]!;
      let best = a;
      let bestCost = costIn(i, a) - EPS;
      for (const t of targets(i)) {
        if (t === a || room(t) <= 0) continue;
        const c = costIn(i, t);
        if (c < bestCost) {
          best = t;
          bestCost = c;
        }
      }
      if (best === a) return false;
      move(i, best);
      return true;
    };

    const swap = (i: number): boolean => {
      const a = assign[i]!;
      if (a === UNGROUPED || seatOf[i]! >= 0) return false;
      const list = nb[i]!;
      // An index loop: subarray() would allocate a view per call.
      for (let x = 0; x < list.length && x < SWAP_PARTNERS; x++) {
        const j = list[x]!;
        const b = assign[j]!;
        if (b === a || b === UNGROUPED || seatOf[j]! >= 0) continue;
        const delta = costIn(i, b) + costIn(j, a) - costIn(i, a) - costIn(j, b);
        if (delta < -EPS) {
          move(i, b);
          move(j, a);
          return true;
        }
      }
      return false;
    };

    const reseat = (b: number): boolean => {
      if (!dirty[b]) return false;
      dirty[b] = false;
      const ms = members[b]!;
      const sum = (s: number) => {
        let t = 0;
        for (let x = 0; x < ms.length; x++) if (ms[x] !== s) t += cost(ms[x]!, s);
        return t;
      };
      let best = seats[b]!;
      let bestCost = sum(best) - EPS;
      for (const m of ms) {
        const c = sum(m);
        if (c < bestCost) {
          best = m;
          bestCost = c;
        }
      }
      if (best === seats[b]) return false;
      setSeat(b, best);
      return true;
    };

    /** Close branch b if its members do better elsewhere (counting the branch cost saved). */
    const tryClose = (b: number, force = false): boolean => {
      const ms = members[b]!;
      const m = ms.length;
      // Plan first (scratch arrays: this runs for every branch on every round), then move.
      let delta = -F;
      for (let x = 0; x < m; x++) {
        const u = ms[x]!;
        let best = UNGROUPED;
        let bestCost = M;
        for (const t of targets(u)) {
          if (t === b) continue;
          let taken = 0;
          for (let y = 0; y < x; y++) if (planT[y] === t) taken++;
          if (room(t) - taken <= 0) continue;
          const c = costIn(u, t);
          if (c < bestCost) {
            best = t;
            bestCost = c;
          }
        }
        planU[x] = u;
        planT[x] = best;
        delta += bestCost - costIn(u, b);
      }
      if (!force && delta >= -EPS) return false;
      // Members first (the seat last: the others' costs are priced at it), then the seat goes.
      const seat = seats[b]!;
      for (let x = 0; x < m; x++) if (planU[x] !== seat) move(planU[x]!, planT[x]!);
      for (let x = 0; x < m; x++) if (planU[x] === seat) move(planU[x]!, planT[x]!);
      setSeat(b, -1);
      return true;
    };

    /** Open a branch at s if the members it pulls in save more than a branch costs. */
    const tryOpen = (s: number, force = false): boolean => {
      if (open >= inst.maxNewBranches || seatOf[s]! >= 0) return false;
      if (assign[s] !== UNGROUPED && !canLeave(s)) return false;
      // Gains of the partners that would rather meet at s, best first (insertion, no allocation).
      let k = 0;
      for (const j of nb[s]!) {
        if (seatOf[j]! >= 0) continue;
        const g = costIn(j, assign[j]!) - cost(j, s);
        if (!(g > EPS)) continue;
        let t = k++;
        while (t > 0 && (gainG[t - 1]! < g || (gainG[t - 1] === g && gainJ[t - 1]! > j))) {
          gainG[t] = gainG[t - 1]!;
          gainJ[t] = gainJ[t - 1]!;
          t--;
        }
        gainG[t] = g;
        gainJ[t] = j;
      }
      if (k < MIN_UNITS - 1) return false;
      let takes = 0;
      /** Branches lose at most down to MIN_UNITS. */
      const takeFrom = (u: number) => {
        const a = assign[u]!;
        if (a < 0) return true;
        let leaving = 0;
        for (let y = 0; y < takes; y++) if (takenFrom[y] === a) leaving++;
        if (members[a]!.length - leaving <= MIN_UNITS) return false;
        takenFrom[takes++] = a;
        return true;
      };
      if (!takeFrom(s)) return false;
      let gain = costIn(s, assign[s]!) - F;
      const pulled: number[] = [];
      for (let x = 0; x < k; x++) {
        if (pulled.length >= C - 1) break;
        if (!takeFrom(gainJ[x]!)) continue;
        pulled.push(gainJ[x]!);
        gain += gainG[x]!;
      }
      if (pulled.length < MIN_UNITS - 1 || (!force && gain <= EPS)) return false;
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
          const jt = targets(j);
          for (let x = -1; x < jt.length; x++) {
            const u = x < 0 ? a : jt[x]!;
            if (u === t || u === UNGROUPED || (u !== a && room(u) <= 0)) continue;
            if (into + costIn(j, u) - costIn(j, t) < -EPS) {
              move(j, u);
              move(i, t);
              return true;
            }
          }
        }
      }
      return false;
    };

    const everyone = Array.from({ length: n }, (_, i) => i);
    /** One pass of the moves that keep the set of branches, over `area` (ascending indices). */
    const localPass = (area: readonly number[]): boolean => {
      let improved = false;
      for (const i of area) if (relocate(i)) improved = true;
      for (const i of area) if (!timeUp() && chain(i)) improved = true;
      for (const i of area) if (!timeUp() && swap(i)) improved = true;
      // Reseat the branches of the area, each once (reseat skips those unchanged).
      for (const i of area) if (assign[i]! >= 0 && reseat(assign[i]!)) improved = true;
      return improved;
    };
    /**
     * Seat swap (Teitz-Bart): close branch b, open one at a partner s of its seat, let the points
     * around both re-settle; kept only if the objective drops, undone from the log otherwise.
     * Only the points near the change are revisited, so a try costs O(partners), not O(n).
     */
    const trySeatSwap = (b: number): boolean => {
      const seat = seats[b]!;
      for (const s of nb[seat]!.subarray(0, SEAT_SWAP_PARTNERS)) {
        if (seatOf[s]! >= 0) continue;
        const before = acc[0]!;
        const area = new Set<number>(members[b]);
        logging = true;
        tryClose(b, true);
        if (tryOpen(s, true)) {
          area.add(s);
          for (const j of nb[s]!.subarray(0, SWAP_PARTNERS)) area.add(j);
          const list = [...area].sort((x, y) => x - y);
          for (let round = 0; round < SEAT_SWAP_ROUNDS && localPass(list); round++);
        }
        if (acc[0]! < before - EPS) {
          logging = false;
          // Kept: every branch it touched is worth a new look.
          for (let x = 0; x < log.length; x += 3) {
            const [kind, a, prev] = [log[x]!, log[x + 1]!, log[x + 2]!];
            if (kind === LOG_SEAT) settled[a] = false;
            if (kind === LOG_ASSIGN) {
              if (prev >= 0) settled[prev] = false;
              if (assign[a]! >= 0) settled[assign[a]!] = false;
            }
          }
          log.length = 0;
          return true;
        }
        undo(0);
        acc[0] = before;
      }
      settled[b] = true;
      return false;
    };

    let improved = true;
    while (improved && !timeUp()) {
      improved = localPass(everyone);
      for (let b = 0; b < seats.length && !timeUp(); b++) {
        if (seats[b]! >= 0 && tryClose(b)) improved = true;
      }
      for (let s = 0; s < n && !timeUp(); s++) if (tryOpen(s)) improved = true;
      if (!improved && opts.seatSwaps) {
        for (let b = 0; b < seats.length && !timeUp(); b++) {
          if (seats[b]! >= 0 && !settled[b] && trySeatSwap(b)) improved = true;
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
    return { seats: outSeats, assign: Array.from(assign, (a) => (a >= 0 ? remap.get(a)! : a)) };
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
