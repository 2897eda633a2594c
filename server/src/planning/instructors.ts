import { planClock } from './plan-clock.ts';
import { explainDeployment, type Text } from './explain.ts';
import { solveGroupingHeuristic } from './grouping.heuristic.ts';
import {
  distance,
  existingOf,
  UNGROUPED,
  type GroupingInstance,
  type GroupingSolution,
} from './grouping.model.ts';
import { localPlane } from './local-metres.ts';
import { HEURISTIC_NEIGHBOURS, RESTARTS_TILE, TILE_MAX_ORGS } from './planning.constants.ts';
import type { InstructorLoad, WorkCandidate } from './planning.sql.ts';
import { mergeTiles, splitTiles } from './tiles.ts';

export interface InstructorPlanOptions {
  /** The profile's load: organizations one instructor looks after (orgsPerInstructor). */
  loadLimit: number;
  /** An instructor's organizations lie within this many metres of its centre. */
  radiusM: number;
  timeLimitMs: number;
  signal?: AbortSignal;
  /** Organizations and subdistricts grouped so far, and in all. */
  onProgress?: (p: { done: number; total: number; partsDone: number; parts: number }) => void;
}

export interface DeployedOrganization {
  id: number;
  name: string;
  lon: number;
  lat: number;
  version: number;
  /** Metres to the group's centre (its seat organization, or the instructor's organizations). */
  distanceM: number;
}

export interface InstructorProposal {
  /** assign:<instructor id>, or new:<seat organization id> when no instructor is free. */
  key: string;
  subdistrictId: number;
  instructor: { id: number; name: string; loadBefore: number } | null;
  organizations: DeployedOrganization[];
  centre: { lon: number; lat: number };
  farthestMemberM: number;
  explanation: Text;
}

export interface InstructorPlan {
  candidates: number;
  loadLimit: number;
  proposals: InstructorProposal[];
  /** Instructors of the scope's districts that can take more organizations. */
  instructorsWithRoom: number;
  /** More instructors the scope needs: proposals without one. */
  instructorsNeeded: number;
  complete: boolean;
  elapsedMs: number;
}

/**
 * Instructor deployment (issue 18, point 3): the organizations that need work coverage are
 * grouped, per subdistrict, into groups of at most the profile's load whose members lie close
 * together: the capacitated clustering of grouping.model.ts with groups of one allowed, solved by
 * the same heuristic (tiled on large subdistricts). Instructors with organizations already are
 * existing "branches" at the centroid of their organizations with their remaining room; the new
 * groups go to idle instructors of the subdistrict, then of the district (id order); groups left
 * over are the instructors the scope still needs. Deterministic; nothing crosses a subdistrict.
 */
export async function planInstructors(
  orgs: WorkCandidate[],
  instructors: InstructorLoad[],
  o: InstructorPlanOptions,
): Promise<InstructorPlan> {
  const clock = planClock(o);
  const { deadline, cancelled } = clock;
  const withRoom = instructors.filter((i) => i.load < o.loadLimit);
  const plan: InstructorPlan = {
    candidates: orgs.length,
    loadLimit: o.loadLimit,
    proposals: [],
    instructorsWithRoom: withRoom.length,
    instructorsNeeded: 0,
    complete: true,
    elapsedMs: 0,
  };
  const bySub = new Map<number, WorkCandidate[]>();
  for (const c of orgs) {
    const list = bySub.get(c.subdistrictId);
    if (list) list.push(c);
    else bySub.set(c.subdistrictId, [c]);
  }
  /** Idle instructors (no centre yet) by subdistrict, and district-wide ones by district. */
  const idle = new Map<string, InstructorLoad[]>();
  for (const i of withRoom) {
    if (i.lon != null && i.subdistrictId != null) continue;
    const k = i.subdistrictId != null ? `s${i.subdistrictId}` : `d${i.districtId}`;
    idle.set(k, [...(idle.get(k) ?? []), i]);
  }
  let done = 0;
  let partsDone = 0;
  for (const [sub, list] of [...bySub].sort((a, b) => a[0] - b[0])) {
    await clock.pause(() =>
      o.onProgress?.({ done, total: orgs.length, partsDone, parts: bySub.size }),
    );
    const plane = localPlane(list[0]!.lon, list[0]!.lat);
    const anchored = withRoom.filter((i) => i.subdistrictId === sub && i.lon != null);
    const inst: GroupingInstance = {
      points: list.map((c) => ({ x: plane.x(c.lon), y: plane.y(c.lat), industry: '' })),
      existing: anchored.map((i) => ({
        x: plane.x(i.lon!),
        y: plane.y(i.lat!),
        room: o.loadLimit - i.load,
        industry: '',
      })),
      capacity: o.loadLimit,
      radiusM: o.radiusM,
      industryPenaltyM: 0,
      // One more instructor must save a full load's travel across the radius: fewer, fuller
      // groups first (the ratio is the scarce thing), then short distances.
      branchCostM: o.radiusM * o.loadLimit,
      maxNewBranches: list.length,
      minSize: 1,
    };
    const sol = solveTiled(inst, deadline, cancelled);
    if (Date.now() > deadline || cancelled()) plan.complete = false;
    done += list.length;
    partsDone++;
    collect(plan, sub, list, anchored, inst, sol, o, idle);
  }
  plan.proposals.sort(
    (a, b) =>
      a.subdistrictId - b.subdistrictId ||
      Number(a.instructor == null) - Number(b.instructor == null) ||
      (a.instructor?.id ?? 0) - (b.instructor?.id ?? 0) ||
      a.organizations[0]!.id - b.organizations[0]!.id,
  );
  plan.instructorsNeeded = plan.proposals.filter((p) => !p.instructor).length;
  o.onProgress?.({ done: orgs.length, total: orgs.length, partsDone, parts: bySub.size });
  plan.elapsedMs = clock.elapsedMs();
  return plan;
}

/** The heuristic on the whole instance, or tile by tile past TILE_MAX_ORGS points. */
function solveTiled(
  inst: GroupingInstance,
  deadline: number,
  cancelled: () => boolean,
): GroupingSolution {
  const search = (t: GroupingInstance) =>
    solveGroupingHeuristic(t, {
      neighbours: HEURISTIC_NEIGHBOURS,
      restarts: RESTARTS_TILE,
      seatSwaps: false,
      deadline,
      cancelled,
    });
  if (inst.points.length <= TILE_MAX_ORGS) return search(inst);
  const tiles = splitTiles(inst, TILE_MAX_ORGS);
  // Groups of one are allowed: a tile may open as many groups as it has organizations.
  for (const t of tiles) t.inst.maxNewBranches = t.points.length;
  return mergeTiles(
    inst,
    tiles,
    tiles.map((t) => search(t.inst)),
  );
}

function collect(
  plan: InstructorPlan,
  sub: number,
  list: WorkCandidate[],
  anchored: InstructorLoad[],
  inst: GroupingInstance,
  sol: GroupingSolution,
  o: InstructorPlanOptions,
  idle: Map<string, InstructorLoad[]>,
): void {
  const groups = new Map<number, number[]>();
  let lone = -1;
  sol.assign.forEach((a, i) => {
    // Ungrouped only when the search was cut short: each such organization is a group of its own.
    const g = a === UNGROUPED ? lone-- - 1_000_000 : a;
    groups.set(g, [...(groups.get(g) ?? []), i]);
  });
  const make = (idx: number[], at: { x: number; y: number }) =>
    idx
      .map((i) => ({
        id: list[i]!.id,
        name: list[i]!.name,
        lon: list[i]!.lon,
        lat: list[i]!.lat,
        version: list[i]!.version,
        distanceM: Math.round(distance(inst.points[i]!, at) * 10) / 10,
      }))
      .sort((x, y) => x.distanceM - y.distanceM || x.id - y.id);
  const push = (
    key: string,
    instructor: InstructorLoad | null,
    organizations: DeployedOrganization[],
    centre: { lon: number; lat: number },
  ) => {
    const farthest = Math.max(...organizations.map((m) => m.distanceM));
    plan.proposals.push({
      key,
      subdistrictId: sub,
      instructor: instructor && {
        id: instructor.id,
        name: instructor.name,
        loadBefore: instructor.load,
      },
      organizations,
      centre,
      farthestMemberM: farthest,
      explanation: explainDeployment({
        instructor: instructor?.name ?? null,
        loadBefore: instructor?.load ?? 0,
        joining: organizations.length,
        limit: o.loadLimit,
        farthestM: farthest,
      }),
    });
  };
  const fresh: { idx: number[]; seat: number }[] = [];
  for (const [g, idx] of [...groups].sort((a, b) => a[0] - b[0])) {
    if (g <= -2 && g > -1_000_000) {
      const who = anchored[existingOf(g)]!;
      push(`assign:${who.id}`, who, make(idx, inst.existing[existingOf(g)]!), {
        lon: who.lon!,
        lat: who.lat!,
      });
    } else fresh.push({ idx, seat: g >= 0 ? sol.seats[g]! : idx[0]! });
  }
  // Larger groups get an idle instructor first (ties: the lower seat id).
  fresh.sort((a, b) => b.idx.length - a.idx.length || list[a.seat]!.id - list[b.seat]!.id);
  const pools = [idle.get(`s${sub}`) ?? [], idle.get(`d${list[0]!.districtId}`) ?? []];
  for (const { idx, seat } of fresh) {
    const pool = pools.find((p) => p.some((i) => o.loadLimit - i.load >= idx.length));
    const k = pool?.findIndex((i) => o.loadLimit - i.load >= idx.length) ?? -1;
    const who = pool && k >= 0 ? pool.splice(k, 1)[0]! : null;
    const c = list[seat]!;
    push(who ? `assign:${who.id}` : `new:${c.id}`, who, make(idx, inst.points[seat]!), {
      lon: c.lon,
      lat: c.lat,
    });
  }
}
