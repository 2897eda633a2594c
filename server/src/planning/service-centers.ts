import { planClock } from './plan-clock.ts';
import { localPlane, type LocalPlane } from './local-metres.ts';
import { MAX_CANDIDATE_SITES, SITING_EXACT_MAX_CANDIDATES } from './planning.constants.ts';
import type { CandidateBuilding, CenterCircle, DemandOrg } from './planning.sql.ts';
import type { Text } from './explain.ts';
import { solveSitingExact, solveSitingGreedy, type SitingResult } from './siting.ts';

export type SitingWeight = 'organizations' | 'employees' | 'party_members';

export interface SitingOptions {
  count: number;
  radiusM: number;
  weight: SitingWeight;
  timeLimitMs: number;
}

export interface ProposedSite {
  building: CandidateBuilding;
  gain: number;
  gainOrganizations: number;
  cumulative: number;
  explanation: Text;
}

export interface SitingPlan {
  uncoveredOrganizations: number;
  uncoveredWeight: number;
  uncoveredBuildings: number;
  candidates: number;
  sites: ProposedSite[];
  coveredWeight: number;
  upperBound: number;
  engine: 'exact' | 'heuristic';
  optimal: boolean;
  complete: boolean;
  elapsedMs: number;
}

const weightOf = (o: DemandOrg, w: SitingWeight) =>
  w === 'organizations' ? 1 : w === 'employees' ? o.employees : o.partyMembers;

/** Cell hash of planar points: the indices within `r` of (x, y). */
function cellIndex(pts: { x: number; y: number }[], cell: number) {
  const cells = new Map<string, number[]>();
  pts.forEach((p, i) => {
    const k = `${Math.floor(p.x / cell)}:${Math.floor(p.y / cell)}`;
    (cells.get(k) ?? cells.set(k, []).get(k)!).push(i);
  });
  return (x: number, y: number, r: number): number[] => {
    const out: number[] = [];
    const span = Math.ceil(r / cell);
    const cx = Math.floor(x / cell);
    const cy = Math.floor(y / cell);
    for (let dx = -span; dx <= span; dx++) {
      for (let dy = -span; dy <= span; dy++) {
        for (const i of cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const p = pts[i]!;
          if ((p.x - x) ** 2 + (p.y - y) ** 2 <= r * r) out.push(i);
        }
      }
    }
    return out.sort((a, b) => a - b);
  };
}

/** Active organizations outside every existing center's circle. */
export function outsideCircles(orgs: DemandOrg[], centers: CenterCircle[], plane: LocalPlane) {
  const cs = centers.map((c) => ({ x: plane.x(c.lon), y: plane.y(c.lat), r: c.radiusM }));
  const maxR = Math.max(1, ...cs.map((c) => c.r));
  const near = cellIndex(cs, maxR);
  return orgs.filter((o) => {
    const x = plane.x(o.lon);
    const y = plane.y(o.lat);
    return !near(x, y, maxR).some(
      (j) => (cs[j]!.x - x) ** 2 + (cs[j]!.y - y) ** 2 <= cs[j]!.r ** 2,
    );
  });
}

/**
 * Where `count` new centers of radius `radiusM` at buildings of the scope cover most of what
 * lies outside every existing circle (maximal covering location, siting.ts).
 */
export async function planServiceCenters(
  orgs: DemandOrg[],
  centers: CenterCircle[],
  buildings: CandidateBuilding[],
  o: SitingOptions,
): Promise<SitingPlan> {
  const clock = planClock(o);
  const { deadline } = clock;
  const origin = orgs[0] ?? buildings[0];
  const plane = localPlane(origin?.lon ?? 0, origin?.lat ?? 0);
  const outside = outsideCircles(orgs, centers, plane);
  const pts = outside.map((d) => ({ x: plane.x(d.lon), y: plane.y(d.lat) }));
  const weights = outside.map((d) => weightOf(d, o.weight));
  const near = cellIndex(pts, o.radiusM);
  // Candidates that reach any uncovered weight; past the cap, those that reach the most.
  let cands = buildings
    .map((b) => ({ b, covers: near(plane.x(b.lon), plane.y(b.lat), o.radiusM) }))
    .map((c) => ({ ...c, w: c.covers.reduce((s, i) => s + weights[i]!, 0) }))
    .filter((c) => c.w > 0);
  if (cands.length > MAX_CANDIDATE_SITES) {
    cands = [...cands].sort((a, b) => b.w - a.w || a.b.id - b.b.id).slice(0, MAX_CANDIDATE_SITES);
  }
  const inst = { covers: cands.map((c) => c.covers), weights, k: o.count };
  let res: SitingResult = solveSitingGreedy(inst, deadline);
  if (!res.optimal && cands.length <= SITING_EXACT_MAX_CANDIDATES && Date.now() < deadline) {
    const exact = await solveSitingExact(inst, Math.max(0.2, (deadline - Date.now()) / 1000));
    if (exact && exact.covered >= res.covered) {
      res = { ...exact, upperBound: Math.min(exact.upperBound, res.upperBound) };
    }
  }
  let cumulative = 0;
  const sites = res.chosen.map((c) => {
    cumulative += c.gain;
    const b = cands[c.site]!.b;
    return {
      building: b,
      gain: c.gain,
      gainOrganizations: c.count,
      cumulative,
      explanation: {
        zh: `在“${b.name}”新设服务中心（半径 ${o.radiusM} 米），新覆盖 ${c.count} 个圈外组织，累计覆盖 ${Math.round(cumulative)}。`,
        en: `A center at "${b.name}" (radius ${o.radiusM} m) newly covers ${c.count} organizations outside every circle; ${Math.round(cumulative)} covered so far.`,
      },
    };
  });
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  return {
    uncoveredOrganizations: outside.length,
    uncoveredWeight: totalWeight,
    uncoveredBuildings: new Set(
      outside.flatMap((d) => (d.buildingId == null ? [] : [d.buildingId])),
    ).size,
    candidates: cands.length,
    sites,
    coveredWeight: res.covered,
    upperBound: Math.min(res.upperBound, totalWeight),
    engine: res.engine,
    optimal: res.optimal,
    complete: res.complete,
    elapsedMs: clock.elapsedMs(),
  };
}
