import { closeRing, openRing, posKey, type Part, type Pos, type Ring } from './boundary-parts.ts';

/**
 * What the user changed in one ring, as the base positions it replaced and the positions it put
 * there, between two positions it kept (the anchors). A dragged vertex is one hunk with one
 * removed and one inserted position; a midpoint insert has no removed position; a delete has no
 * inserted one.
 */
export interface Hunk {
  before: Pos | null;
  after: Pos | null;
  removed: Pos[];
  inserted: Pos[];
}

/**
 * The user's own operations on a ring (base -> mine), found by a longest common subsequence of
 * positions: terra-draw leaves the positions the user did not touch exactly as they were.
 */
export function diffRing(baseRing: readonly Pos[], mineRing: readonly Pos[]): Hunk[] {
  const a = openRing(baseRing);
  const b = openRing(mineRing);
  const ka = a.map(posKey);
  const kb = b.map(posKey);
  // Common prefix and suffix first: a drag or an insert leaves almost all of the ring alone.
  let pre = 0;
  while (pre < a.length && pre < b.length && ka[pre] === kb[pre]) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    ka[a.length - 1 - suf] === kb[b.length - 1 - suf]
  )
    suf++;
  const ma = ka.slice(pre, a.length - suf);
  const mb = kb.slice(pre, b.length - suf);
  const table = lcsTable(ma, mb);
  // Walk the table into pairs of kept indexes (in a and b).
  const kept: [number, number][] = [];
  for (let i = 0; i < pre; i++) kept.push([i, i]);
  let i = 0;
  let j = 0;
  while (i < ma.length && j < mb.length) {
    if (ma[i] === mb[j]) {
      kept.push([pre + i, pre + j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  for (let s = suf; s > 0; s--) kept.push([a.length - s, b.length - s]);

  const hunks: Hunk[] = [];
  if (kept.length === 0) {
    if (ka.join() !== kb.join()) hunks.push({ before: null, after: null, removed: a, inserted: b });
    return hunks;
  }
  // Gaps between consecutive kept pairs, cyclically (the ring has no start).
  for (let k = 0; k < kept.length; k++) {
    const [ai, bi] = kept[k]!;
    const [an, bn] = kept[(k + 1) % kept.length]!;
    const removed = cyclicSlice(a, ai + 1, an);
    const inserted = cyclicSlice(b, bi + 1, bn);
    if (removed.length || inserted.length) {
      hunks.push({ before: a[ai]!, after: a[an]!, removed, inserted });
    }
  }
  return hunks;
}

/** Positions strictly after `from - 1` up to `to` (exclusive), wrapping around the ring. */
function cyclicSlice(r: Ring, from: number, to: number): Ring {
  const out: Ring = [];
  const n = r.length;
  for (let i = from % n; i !== to % n; i = (i + 1) % n) out.push(r[i]!);
  return out;
}

function lcsTable(a: string[], b: string[]): number[][] {
  const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i]![j] = a[i] === b[j] ? t[i + 1]![j + 1]! + 1 : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
    }
  }
  return t;
}

/** A result of replaying: the latest boundary with my operations, and those that could not apply. */
export interface Replayed {
  parts: Part[];
  /** Where an operation of mine met a change of the other user's (their position stays). */
  conflicts: Pos[];
}

/**
 * Reapply after a conflict (issue 13): my operations (base -> mine) replayed on the latest
 * version, never the latest overwritten. A moved vertex is found by its old position in the
 * latest boundary; an insert or delete by its two anchors. When the other user changed the same
 * vertex or its anchors, my operation is left out and reported.
 */
export function replayEdits(
  base: readonly Part[],
  mine: readonly Part[],
  latest: readonly Part[],
): Replayed {
  const rings = latest.map((p) => ({ outer: openRing(p.outer), holes: p.holes }));
  const conflicts: Pos[] = [];
  base.forEach((b, i) => {
    const m = mine[i];
    if (!m) return;
    for (const h of diffRing(b.outer, m.outer)) {
      if (!applyHunk(rings, h)) conflicts.push(h.removed[0] ?? h.inserted[0] ?? h.before!);
    }
  });
  return {
    parts: rings.map((r) => ({ outer: closeRing(r.outer), holes: r.holes })),
    conflicts,
  };
}

/** Applies operations to one closed ring (a neighbour sharing the vertex); null if none applied. */
export function applyHunks(ring: readonly Pos[], hunks: readonly Hunk[]): Ring | null {
  const rings = [{ outer: openRing(ring) }];
  let applied = false;
  for (const h of hunks) applied = applyHunk(rings, h) || applied;
  return applied ? closeRing(rings[0]!.outer) : null;
}

function applyHunk(rings: { outer: Ring }[], h: Hunk): boolean {
  const find = (p: Pos) => {
    const key = posKey(p);
    for (const r of rings) {
      const i = r.outer.findIndex((q) => posKey(q) === key);
      if (i >= 0) return { r, i };
    }
    return null;
  };
  if (h.removed.length === h.inserted.length && h.removed.length > 0) {
    // Moves: each vertex by its old position, wherever it sits now.
    const found = h.removed.map(find);
    if (found.some((f) => !f)) return false;
    found.forEach((f, k) => (f!.r.outer[f!.i] = [...h.inserted[k]!]));
    return true;
  }
  if (!h.before || !h.after) return false;
  const start = find(h.before);
  if (!start) return false;
  const ring = start.r.outer;
  const n = ring.length;
  // Forward along the latest ring, or backward if the server stored it the other way round.
  for (const dir of [1, -1]) {
    const between: number[] = [];
    let i = (start.i + dir + n) % n;
    while (between.length <= h.removed.length && posKey(ring[i]!) !== posKey(h.after)) {
      between.push(i);
      i = (i + dir + n) % n;
    }
    const same =
      between.length === h.removed.length &&
      between.every((idx, k) => posKey(ring[idx]!) === posKey(h.removed[k]!));
    if (!same) continue;
    const inserted = dir === 1 ? h.inserted : [...h.inserted].reverse();
    const drop = new Set(between);
    const out: Ring = [];
    ring.forEach((p, idx) => {
      if (drop.has(idx)) return;
      out.push(p);
      const anchor = dir === 1 ? start.i : i;
      if (idx === anchor) out.push(...inserted.map((q) => [...q]));
    });
    start.r.outer = out;
    return true;
  }
  return false;
}
