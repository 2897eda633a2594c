import { planClock } from './plan-clock.ts';
import { radiusComponents } from './components.ts';
import {
  explainAttachment,
  explainNewBranch,
  explainUngrouped,
  industryCounts,
  industryReason,
  PROPOSAL_REASONS,
  type ProposalReason,
  type Text,
} from './explain.ts';
import { groupingLowerBound } from './grouping.bound.ts';
import { solveGroupingExact } from './grouping.exact.ts';
import { GroupingPool, runInProcess, type PoolTask } from './grouping.pool.ts';
import {
  distance,
  existingRef,
  maxNewBranchesFor,
  pairCost,
  score,
  UNGROUPED,
  type GroupingInstance,
  type GroupingSolution,
} from './grouping.model.ts';
import { localPlane } from './local-metres.ts';
import {
  EXACT_MAX_EXISTING,
  EXACT_MAX_ORGS,
  EXACT_TIME_LIMIT_S,
  HEURISTIC_NEIGHBOURS,
  POOL_MIN_ORGS,
  QUICK_PASS_MAX_MS,
  RESTARTS_SMALL,
  RESTARTS_TILE,
  SMALL_PART_ORGS,
  TILE_MAX_ORGS,
} from './planning.constants.ts';
import { mergeTiles, splitTiles, type Tile } from './tiles.ts';
import type { CandidateOrg, ExistingJointBranch } from './planning.sql.ts';

export interface JointPlanOptions {
  unitLimit: number;
  radiusM: number;
  industryPenaltyM: number;
  branchCostM: number;
  timeLimitMs: number;
  /** Components up to this size go to HiGHS too (0: heuristic only). */
  exactMaxOrgs?: number;
  /** Aborting stops the search (the answer so far is kept, `complete: false`). */
  signal?: AbortSignal;
  /** Called now and then: the phase, and the candidates it has searched so far and in all. */
  onProgress?: (p: PlanProgress) => void;
  /**
   * Worker threads for the search (grouping.pool.ts): 0 searches in this thread; by default one
   * per core from POOL_MIN_ORGS candidates on.
   */
  workers?: number;
}

/** quick: one run per piece; thorough: restarts and seat swaps; exact: HiGHS on small parts. */
export type PlanPhase = 'quick' | 'thorough' | 'exact';
export interface PlanProgress {
  phase: PlanPhase;
  done: number;
  total: number;
  /** Parts (groups of candidates that can reach each other, never across subdistricts) of this phase. */
  partsDone?: number;
  parts?: number;
}

export interface PlannedMember {
  id: number;
  name: string;
  lon: number;
  lat: number;
  industry: string;
  partyMembers: number;
  /** Metres to the seat (0 for the seat itself). */
  distanceM: number;
}

export interface NewBranchProposal {
  key: string;
  subdistrictId: number;
  seat: PlannedMember;
  members: PlannedMember[];
  industries: { industry: string; count: number }[];
  farthestMemberM: number;
  totalDistanceM: number;
  formalMembers: number;
  engine: 'exact' | 'heuristic';
  reasons: ProposalReason[];
  explanation: Text;
}

export interface AttachmentProposal {
  key: string;
  branch: ExistingJointBranch;
  room: number;
  members: PlannedMember[];
  farthestMemberM: number;
  engine: 'exact' | 'heuristic';
  explanation: Text;
}

export interface UngroupedOrg {
  organization: PlannedMember;
  reason: ProposalReason;
  explanation: Text;
}

export interface PlanQuality {
  components: number;
  exactComponents: number;
  provenOptimal: number;
  objective: number;
  lowerBound: number;
  totalDistanceM: number;
  /** (objective - lowerBound) / objective; 0 when every part was solved to proven optimality. */
  gap: number;
}

export interface JointPlan {
  candidates: number;
  proposals: NewBranchProposal[];
  attachments: AttachmentProposal[];
  ungrouped: UngroupedOrg[];
  quality: PlanQuality;
  /** false when the time limit cut local search or an exact solve short. */
  complete: boolean;
  elapsedMs: number;
}

interface Solved {
  part: Part;
  /** A large part's tiles and each tile's (or a small part's one) heuristic answer. */
  tiles: Tile[] | null;
  pieces: GroupingSolution[];
  sol: GroupingSolution;
  engine: 'exact' | 'heuristic';
  proven: boolean;
  bound: number;
}

interface Part {
  inst: GroupingInstance;
  orgs: CandidateOrg[];
  branches: ExistingJointBranch[];
}

/** Splits the candidates into independent instances: per subdistrict, per radius component. */
function parts(orgs: CandidateOrg[], existing: ExistingJointBranch[], o: JointPlanOptions): Part[] {
  const bySub = new Map<number, CandidateOrg[]>();
  for (const c of orgs) {
    const list = bySub.get(c.subdistrictId);
    if (list) list.push(c);
    else bySub.set(c.subdistrictId, [c]);
  }
  const out: Part[] = [];
  for (const [sub, list] of [...bySub].sort((a, b) => a[0] - b[0])) {
    const plane = localPlane(list[0]!.lon, list[0]!.lat);
    const at = (lon: number, lat: number) => ({ x: plane.x(lon), y: plane.y(lat) });
    const subBranches = existing.filter((b) => b.subdistrictId === sub);
    const pts = list.map((c) => ({ ...at(c.lon, c.lat), industry: c.industry }));
    const brs = subBranches.map((b) => ({
      ...at(b.lon, b.lat),
      industry: b.industry,
      room: o.unitLimit - b.units,
    }));
    for (const comp of radiusComponents(pts, brs, o.radiusM)) {
      const points = comp.points.map((i) => pts[i]!);
      out.push({
        orgs: comp.points.map((i) => list[i]!),
        branches: comp.branches.map((k) => subBranches[k]!),
        inst: {
          points,
          existing: comp.branches.map((k) => brs[k]!),
          capacity: o.unitLimit,
          radiusM: o.radiusM,
          industryPenaltyM: o.industryPenaltyM,
          branchCostM: o.branchCostM,
          maxNewBranches: maxNewBranchesFor(points.length, o.unitLimit),
        },
      });
    }
  }
  return out;
}

/**
 * Proposes joint branches for the candidates (issue 18): each independent part goes to the
 * heuristic, and parts up to `exactMaxOrgs` organizations also to HiGHS, the better answer kept.
 * Work stops at `timeLimitMs` (local search and exact solves are cut; the answer stays feasible).
 */
export async function planJointBranches(
  orgs: CandidateOrg[],
  existing: ExistingJointBranch[],
  o: JointPlanOptions,
): Promise<JointPlan> {
  const clock = planClock(o);
  const { started, deadline, cancelled, timeUp } = clock;
  const exactMax = o.exactMaxOrgs ?? EXACT_MAX_ORGS;
  const plan: JointPlan = {
    candidates: orgs.length,
    proposals: [],
    attachments: [],
    ungrouped: [],
    quality: {
      components: 0,
      exactComponents: 0,
      provenOptimal: 0,
      objective: 0,
      lowerBound: 0,
      totalDistanceM: 0,
      gap: 0,
    },
    complete: true,
    elapsedMs: 0,
  };
  const all = parts(orgs, existing, o);
  // Phase 1: every part (or every tile of a large part) by one quick run of the heuristic, so a
  // complete, feasible answer exists early. Phase 2, while time remains: each piece again with
  // restarts and seat swaps, the better answer kept. Phase 3, while time remains: HiGHS on the
  // small parts farthest from their bound. An answer at any time limit or cancellation.
  const solved: Solved[] = [];
  let done = 0;
  let partsDone = 0;
  let partsTotal = all.length;
  let phase: PlanPhase = 'quick';
  /** Lets other requests in (the search is synchronous within a piece) and reports progress. */
  const pause = () =>
    clock.pause(() =>
      o.onProgress?.({ phase, done, total: orgs.length, partsDone, parts: partsTotal }),
    );
  const options = (t: GroupingInstance, thorough: boolean, until: number) => ({
    neighbours: HEURISTIC_NEIGHBOURS,
    restarts: !thorough ? 1 : t.points.length <= SMALL_PART_ORGS ? RESTARTS_SMALL : RESTARTS_TILE,
    seatSwaps: thorough,
    deadline: until,
  });
  // Large plans spread the searches over worker threads (every piece is independent).
  const pool =
    (o.workers ?? (orgs.length >= POOL_MIN_ORGS ? undefined : 0)) === 0
      ? null
      : await GroupingPool.open(o.workers);
  const onAbort = () => pool?.cancel();
  o.signal?.addEventListener('abort', onAbort);
  const runAll = async (
    tasks: PoolTask[],
    stop: () => boolean,
    each: (k: number, sol: GroupingSolution) => void,
  ) => {
    const done = async (k: number, sol: GroupingSolution) => {
      each(k, sol);
      await pause();
    };
    if (pool) await pool.run(tasks, done, stop);
    else await runInProcess(tasks, cancelled, stop, done);
  };
  try {
    // Phase 1. The quick pass always completes (its work is linear in the candidates, bounded
    // by MAX_PLANNING_ORGS) unless cancelled or past QUICK_PASS_MAX_MS: a time limit shorter than
    // it would otherwise leave the last tiles with their greedy seeding only.
    const quickUntil = started + Math.max(o.timeLimitMs, QUICK_PASS_MAX_MS);
    const quickTasks: PoolTask[] = [];
    const owner: { s: Solved; k: number }[] = [];
    for (const part of all) {
      const { inst } = part;
      const n = inst.points.length;
      if (n === 1) {
        // Alone, or in reach of existing branches only: the cheapest one with room, if any.
        const best = inst.existing
          .map((e, i) => ({ i, d: e.room > 0 ? pairCost(inst, inst.points[0]!, e) : Infinity }))
          .filter((e) => Number.isFinite(e.d))
          .sort((a, b) => a.d - b.d || a.i - b.i)[0];
        const sol = { seats: [], assign: [best ? existingRef(best.i) : UNGROUPED] };
        const bound = score(inst, sol).objective;
        solved.push({
          part,
          sol,
          engine: 'heuristic',
          proven: true,
          bound,
          tiles: null,
          pieces: [],
        });
        done++;
        partsDone++;
        continue;
      }
      const tiles = n > TILE_MAX_ORGS ? splitTiles(inst, TILE_MAX_ORGS) : null;
      // One branch of slack per tile: the part allows as many new branches as its tiles together.
      if (tiles) inst.maxNewBranches = tiles.reduce((t, x) => t + x.inst.maxNewBranches, 0);
      const s: Solved = {
        part,
        sol: { seats: [], assign: [] },
        engine: 'heuristic',
        proven: false,
        bound: 0,
        tiles,
        pieces: [],
      };
      solved.push(s);
      (tiles?.map((x) => x.inst) ?? [inst]).forEach((t, k) => {
        quickTasks.push({ inst: t, options: options(t, false, quickUntil) });
        owner.push({ s, k });
      });
      await pause();
    }
    const left = new Map<Solved, number>();
    for (const { s } of owner) left.set(s, (left.get(s) ?? 0) + 1);
    await runAll(quickTasks, cancelled, (k, sol) => {
      const { s, k: piece } = owner[k]!;
      s.pieces[piece] = sol;
      done += quickTasks[k]!.inst.points.length;
      left.set(s, left.get(s)! - 1);
      if (left.get(s) === 0) partsDone++;
    });
    for (const s of solved) {
      if (s.proven) continue;
      // A piece a cancellation never reached: nobody grouped (feasible, priced as ungrouped).
      s.tiles?.forEach((t, k) => {
        s.pieces[k] ??= { seats: [], assign: t.points.map(() => UNGROUPED) };
      });
      s.pieces[0] ??= { seats: [], assign: s.part.inst.points.map(() => UNGROUPED) };
      s.sol = s.pieces[0];
    }
    phase = 'thorough';
    done = 0;
    partsDone = 0;
    // Phase 2, while time remains: every piece again with restarts and seat swaps.
    const thoroughTasks = quickTasks.map((t) => ({
      inst: t.inst,
      options: options(t.inst, true, deadline),
    }));
    await runAll(thoroughTasks, timeUp, (k, better) => {
      const { s, k: piece } = owner[k]!;
      const inst = thoroughTasks[k]!.inst;
      if (score(inst, better).objective < score(inst, s.pieces[piece]!).objective - 1e-6) {
        s.pieces[piece] = better;
      }
      done += inst.points.length;
    });
    if (timeUp() || done < quickTasks.reduce((t, x) => t + x.inst.points.length, 0)) {
      plan.complete = false;
    }
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    await pool?.close();
  }
  for (const s of solved) {
    if (s.proven) continue;
    s.sol = s.tiles ? mergeTiles(s.part.inst, s.tiles, s.pieces) : s.pieces[0]!;
    s.bound = groupingLowerBound(s.part.inst);
    partsDone++;
    await pause();
  }
  if (timeUp()) plan.complete = false;
  phase = 'exact';
  done = 0;
  const exactOrder = solved
    .filter(
      (s) =>
        !s.proven &&
        s.part.inst.points.length <= exactMax &&
        s.part.inst.existing.length <= EXACT_MAX_EXISTING,
    )
    .map((s) => ({ s, slack: score(s.part.inst, s.sol).objective - s.bound }))
    .sort((a, b) => b.slack - a.slack || a.s.part.orgs[0]!.id - b.s.part.orgs[0]!.id);
  partsDone = 0;
  partsTotal = exactOrder.length;
  for (const { s } of exactOrder) {
    const left = (deadline - Date.now()) / 1000;
    if (left < 0.2 || cancelled()) {
      plan.complete = false;
      break;
    }
    const exact = await solveGroupingExact(s.part.inst, Math.min(EXACT_TIME_LIMIT_S, left));
    plan.quality.exactComponents++;
    done += s.part.inst.points.length;
    partsDone++;
    await pause();
    if (!exact) {
      plan.complete = false;
      continue;
    }
    const inst = s.part.inst;
    if (score(inst, exact.solution).objective <= score(inst, s.sol).objective + 1e-6) {
      s.sol = exact.solution;
      s.engine = 'exact';
    }
    if (exact.optimal) {
      s.proven = true;
      s.bound = score(inst, s.sol).objective;
    } else plan.complete = false;
  }
  for (const s of solved) {
    const sc = score(s.part.inst, s.sol);
    plan.quality.components++;
    plan.quality.objective += sc.objective;
    plan.quality.totalDistanceM += sc.distanceM;
    if (s.proven) plan.quality.provenOptimal++;
    plan.quality.lowerBound += s.bound;
    collect(plan, s.part, s.sol, s.engine, o);
  }
  const q = plan.quality;
  q.gap = q.objective > 0 ? Math.max(0, (q.objective - q.lowerBound) / q.objective) : 0;
  plan.proposals.sort((a, b) => a.subdistrictId - b.subdistrictId || a.seat.id - b.seat.id);
  plan.attachments.sort((a, b) => a.branch.id - b.branch.id);
  plan.ungrouped.sort((a, b) => a.organization.id - b.organization.id);
  o.onProgress?.({ phase, done: orgs.length, total: orgs.length });
  plan.elapsedMs = clock.elapsedMs();
  return plan;
}

/** Turns one part's solution into proposals with their explanations. */
function collect(
  plan: JointPlan,
  { inst, orgs, branches }: Part,
  sol: GroupingSolution,
  engine: 'exact' | 'heuristic',
  o: JointPlanOptions,
): void {
  const member = (i: number, at: { x: number; y: number }): PlannedMember => {
    const c = orgs[i]!;
    return {
      id: c.id,
      name: c.name,
      lon: c.lon,
      lat: c.lat,
      industry: c.industry,
      partyMembers: c.partyMembers,
      distanceM: Math.round(distance(inst.points[i]!, at) * 10) / 10,
    };
  };
  // Members per branch (new: index b; existing: -(k + 2)), in one pass.
  const byBranch = new Map<number, number[]>();
  sol.assign.forEach((a, i) => {
    const list = byBranch.get(a);
    if (list) list.push(i);
    else byBranch.set(a, [i]);
  });
  sol.seats.forEach((s, b) => {
    const seatPoint = inst.points[s]!;
    const idx = byBranch.get(b) ?? [];
    const members = idx
      .map((i) => member(i, seatPoint))
      .sort((x, y) => x.distanceM - y.distanceM || x.id - y.id);
    const industries = industryCounts(members.map((m) => m.industry));
    const farthest = Math.max(...members.map((m) => m.distanceM));
    const formal = members.reduce((n, m) => n + m.partyMembers, 0);
    const why = industryReason(
      orgs[s]!.industry,
      members.map((m) => m.industry),
    );
    const reasons: ProposalReason[] = [why, PROPOSAL_REASONS.WITHIN_RADIUS];
    if (formal < 3) reasons.push(PROPOSAL_REASONS.NEEDS_MEMBERS);
    plan.proposals.push({
      key: `new:${orgs[s]!.id}`,
      subdistrictId: orgs[s]!.subdistrictId,
      seat: member(s, seatPoint),
      members,
      industries,
      farthestMemberM: farthest,
      totalDistanceM: Math.round(members.reduce((t, m) => t + m.distanceM, 0)),
      formalMembers: formal,
      engine,
      reasons,
      explanation: explainNewBranch({
        seatName: orgs[s]!.name,
        units: members.length,
        limit: o.unitLimit,
        industries,
        industryReason: why,
        farthestM: farthest,
        radiusM: o.radiusM,
        formalMembers: formal,
      }),
    });
  });
  branches.forEach((br, k) => {
    const idx = byBranch.get(existingRef(k)) ?? [];
    if (!idx.length) return;
    const members = idx
      .map((i) => member(i, inst.existing[k]!))
      .sort((x, y) => x.distanceM - y.distanceM || x.id - y.id);
    const farthest = Math.max(...members.map((m) => m.distanceM));
    plan.attachments.push({
      key: `join:${br.id}`,
      branch: br,
      room: o.unitLimit - br.units,
      members,
      farthestMemberM: farthest,
      engine,
      explanation: explainAttachment({
        branchName: br.name,
        joining: members.length,
        unitsBefore: br.units,
        limit: o.unitLimit,
        farthestM: farthest,
        industry: br.industry,
      }),
    });
  });
  sol.assign.forEach((a, i) => {
    if (a !== UNGROUPED) return;
    const reason =
      inst.points.length === 1 && !inst.existing.length
        ? PROPOSAL_REASONS.NO_PARTNER_IN_RADIUS
        : PROPOSAL_REASONS.NO_ROOM_IN_REACH;
    plan.ungrouped.push({
      organization: member(i, inst.points[i]!),
      reason,
      explanation: explainUngrouped(reason, o.radiusM),
    });
  });
}
