import { solveLp } from './highs.ts';

/**
 * Maximal covering location (issue 18): choose K candidate sites so that the weight of demand
 * points within `radius` of a chosen site is largest. Coverage is submodular, so the greedy
 * answer is at least 1 - (1 - 1/K)^K (≥ 63 %) of the optimum (Nemhauser, Wolsey & Fisher 1978),
 * and after each step f(S) + (the K largest marginal gains) bounds the optimum from above; the
 * best of those bounds is reported. A 1-swap local search improves the greedy answer; small
 * instances are also solved exactly with HiGHS.
 */
export interface SitingInstance {
  /** covers[j]: indices of the demand points candidate j covers. */
  covers: number[][];
  weights: number[];
  k: number;
}

export interface SitingResult {
  /** Chosen candidates in the order they add coverage, with each one's marginal gain. */
  chosen: { site: number; gain: number; count: number }[];
  covered: number;
  upperBound: number;
  optimal: boolean;
  engine: 'exact' | 'heuristic';
  complete: boolean;
}

const EPS = 1e-9;

function coverage(inst: SitingInstance, sites: number[]): number {
  const hit = new Uint8Array(inst.weights.length);
  let v = 0;
  for (const j of sites) {
    for (const i of inst.covers[j]!) {
      if (!hit[i]) {
        hit[i] = 1;
        v += inst.weights[i]!;
      }
    }
  }
  return v;
}

/** Marginal gains in order of the sites (the first has all its coverage). */
export function orderedGains(inst: SitingInstance, sites: number[]) {
  const hit = new Uint8Array(inst.weights.length);
  return sites.map((site) => {
    let gain = 0;
    let count = 0;
    for (const i of inst.covers[site]!) {
      if (hit[i]) continue;
      hit[i] = 1;
      gain += inst.weights[i]!;
      count++;
    }
    return { site, gain, count };
  });
}

/** Lazy greedy (gains only shrink) with the submodular upper bound, then 1-swaps. */
export function solveSitingGreedy(inst: SitingInstance, deadline: number): SitingResult {
  const m = inst.covers.length;
  const k = Math.min(inst.k, m);
  const hit = new Uint8Array(inst.weights.length);
  const gainOf = (j: number) =>
    inst.covers[j]!.reduce((s, i) => s + (hit[i] ? 0 : inst.weights[i]!), 0);
  const gains = inst.covers.map((_, j) => gainOf(j));
  const chosen: number[] = [];
  let covered = 0;
  let upper = Infinity;
  const taken = new Uint8Array(m);
  for (let step = 0; step < k; step++) {
    // Fresh gains of every candidate bound the optimum: OPT <= f(S) + Σ top-k gains.
    const fresh = gains.map((g, j) => (taken[j] ? 0 : g));
    const top = [...fresh].sort((a, b) => b - a).slice(0, k);
    upper = Math.min(upper, covered + top.reduce((s, g) => s + g, 0));
    let best = -1;
    for (let j = 0; j < m; j++) {
      if (!taken[j] && (best < 0 || fresh[j]! > fresh[best]! + EPS)) best = j;
    }
    if (best < 0 || fresh[best]! <= EPS) break;
    taken[best] = 1;
    chosen.push(best);
    for (const i of inst.covers[best]!) {
      if (hit[i]) continue;
      hit[i] = 1;
      covered += inst.weights[i]!;
    }
    // Only candidates sharing a point with `best` lose gain.
    for (let j = 0; j < m; j++) if (!taken[j]) gains[j] = gainOf(j);
  }
  // No gain left before K sites: everything coverable is covered.
  if (chosen.length < k) upper = covered;
  let complete = true;
  // 1-swap: replace a chosen site with a candidate if that covers more. count[i] = chosen
  // sites covering point i, so a swap is priced from the two sites' own points.
  const count = new Int32Array(inst.weights.length);
  for (const j of chosen) for (const i of inst.covers[j]!) count[i]!++;
  let improved = true;
  while (improved && complete) {
    improved = false;
    for (let a = 0; a < chosen.length && !improved && complete; a++) {
      const out = chosen[a]!;
      for (const i of inst.covers[out]!) count[i]!--;
      const loss = inst.covers[out]!.reduce((s, i) => s + (count[i] ? 0 : inst.weights[i]!), 0);
      let best = -1;
      let bestGain = loss + EPS;
      for (let j = 0; j < m; j++) {
        if (taken[j]) continue;
        if ((j & 1023) === 0 && Date.now() > deadline) {
          complete = false;
          break;
        }
        const g = inst.covers[j]!.reduce((s, i) => s + (count[i] ? 0 : inst.weights[i]!), 0);
        if (g > bestGain) [best, bestGain] = [j, g];
      }
      const next = best >= 0 ? best : out;
      for (const i of inst.covers[next]!) count[i]!++;
      if (best >= 0) {
        taken[out] = 0;
        taken[best] = 1;
        chosen[a] = best;
        covered += bestGain - loss;
        improved = true;
      }
    }
  }
  return {
    chosen: orderedGains(inst, greedyOrder(inst, chosen)),
    covered,
    upperBound: Math.max(upper, covered),
    optimal: covered >= upper - EPS,
    engine: 'heuristic',
    complete,
  };
}

/** The chosen sites ordered by greedy marginal gain, so each one's gain reads as "what it adds". */
function greedyOrder(inst: SitingInstance, sites: number[]): number[] {
  const left = [...sites];
  const out: number[] = [];
  while (left.length) {
    let best = 0;
    let bestGain = -1;
    left.forEach((s, i) => {
      const g = coverage(inst, [...out, s]);
      if (g > bestGain + EPS) [best, bestGain] = [i, g];
    });
    out.push(left.splice(best, 1)[0]!);
  }
  return out;
}

/** The MCLP as a MILP: max Σ w_i z_i, z_i <= Σ_{j covers i} x_j, Σ x_j = K. */
export async function solveSitingExact(
  inst: SitingInstance,
  timeLimitS: number,
): Promise<SitingResult | null> {
  const m = inst.covers.length;
  const k = Math.min(inst.k, m);
  const coveredBy: number[][] = inst.weights.map(() => []);
  inst.covers.forEach((pts, j) => pts.forEach((i) => coveredBy[i]!.push(j)));
  const demand = inst.weights.flatMap((w, i) => (w > 0 && coveredBy[i]!.length ? [i] : []));
  if (!demand.length || k === 0) return null;
  const lp = [
    'Maximize',
    ` obj: ${demand.map((i) => `+ ${inst.weights[i]} z${i}`).join(' ')}`,
    'Subject To',
    ...demand.map((i) => ` c${i}: z${i} - ${coveredBy[i]!.map((j) => `x${j}`).join(' - ')} <= 0`),
    ` k: ${inst.covers.map((_, j) => `x${j}`).join(' + ')} <= ${k}`,
    'Bounds',
    ...demand.map((i) => ` 0 <= z${i} <= 1`),
    'Binary',
    ` ${inst.covers.map((_, j) => `x${j}`).join(' ')}`,
    'End',
  ].join('\n');
  const r = await solveLp(lp, timeLimitS);
  if (!r) return null;
  const sites = inst.covers.flatMap((_, j) => (r.value(`x${j}`) > 0.5 ? [j] : []));
  const covered = coverage(inst, sites);
  return {
    chosen: orderedGains(inst, greedyOrder(inst, sites)),
    covered,
    upperBound: r.optimal ? covered : Infinity,
    optimal: r.optimal,
    engine: 'exact',
    complete: r.optimal,
  };
}
