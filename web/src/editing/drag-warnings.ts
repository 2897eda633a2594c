import { openRing, posKey, type Part, type Pos } from './boundary-parts.ts';
import { diffRing } from './replay-edits.ts';

/**
 * What the server would refuse or do unasked, seen while a vertex is dragged (issue 13: "nothing
 * warns while dragging"). Computed in the browser on every drag step, no request:
 * - SELF_INTERSECTION: a changed grid's boundary crosses itself (the save is refused as invalid);
 * - OVERLAP: a changed grid's new boundary enters another grid that did not move with it (a
 *   vertex it does not share pushed into a neighbour): that neighbour would lose the land;
 * - GAP: a stretch of the subdistrict's outline (an edge no other grid has) moved inwards: the
 *   land between belongs to no grid (the save is refused, TILING_GAP);
 * - OUTSIDE: such a stretch moved outwards, out of the subdistrict (refused, OUTSIDE_PARENT).
 * Planar lng/lat geometry: exact for crossings, and a subdistrict is small enough for areas.
 */
export type DragWarningKind = 'SELF_INTERSECTION' | 'OVERLAP' | 'GAP' | 'OUTSIDE';

export interface DragWarning {
  kind: DragWarningKind;
  gridId: string;
  /** The other grid of an overlap. */
  otherId?: string;
  /** Where: a Polygon (the piece) or a Point (a crossing), GeoJSON. */
  where: { type: 'Polygon'; coordinates: Pos[][] } | { type: 'Point'; coordinates: Pos };
  /** Area of the piece in m², when it is a polygon. */
  areaM2?: number;
}

/** A grid as loaded (`base`) and as drawn now; a grid outside the session has `now === base`. */
export interface WarnGrid {
  id: string;
  base: readonly Part[];
  now: readonly Part[];
}

/** Pieces under this area are float noise (the server's tiling tolerance is 1 m²). */
export const WARN_MIN_AREA_M2 = 1;
/** A position this close to a boundary (degrees, about 1 cm) is on it. */
const ON_EDGE = 1e-7;
const MAX_WARNINGS = 20;

interface Seg {
  a: Pos;
  b: Pos;
  ring: number;
  i: number;
}

export function dragWarnings(grids: readonly WarnGrid[]): DragWarning[] {
  const out: DragWarning[] = [];
  const changed = grids.filter((g) => JSON.stringify(g.now) !== JSON.stringify(g.base));
  if (!changed.length) return out;
  const metric = metres(changed[0]!.now[0]?.outer[0] ?? [0, 0]);
  const movedOf = new Map(changed.map((g) => [g.id, movedPositions(g)]));
  const none = new Set<string>();
  const seen = new Set<string>();
  for (const g of changed) {
    const moved = movedOf.get(g.id)!;
    out.push(...selfCrossings(g, moved));
    // Only grids near what moved can meet it (a drag touches a few edges of hundreds).
    const near = boxOf(
      g.now
        .flatMap((p) => segmentsTouching(openRing(p.outer), moved))
        .flat()
        .concat(moved.size ? [] : g.now.flatMap((p) => p.outer)),
    );
    for (const other of grids) {
      if (other.id === g.id) continue;
      const otherMoved = movedOf.get(other.id) ?? none;
      if (!otherMoved.size && !meet(near, boxOf(other.now.flatMap((p) => p.outer)))) continue;
      const pair = [g.id, other.id].sort().join('|');
      if (seen.has(pair)) continue;
      seen.add(pair);
      const w = overlap(g, other, moved, otherMoved, metric);
      if (w) out.push(w);
    }
    out.push(...outlineMoves(g, grids, metric));
    if (out.length >= MAX_WARNINGS) break;
  }
  return out.slice(0, MAX_WARNINGS);
}

/** Positions of the grid now that it did not have when loaded (what the user moved or added). */
function movedPositions(g: WarnGrid): Set<string> {
  const old = new Set(g.base.flatMap(ringsOfPart).flat().map(posKey));
  return new Set(
    g.now
      .flatMap(ringsOfPart)
      .flat()
      .map(posKey)
      .filter((k) => !old.has(k)),
  );
}

const ringsOfPart = (p: Part): Pos[][] => [p.outer, ...p.holes];

function segments(parts: readonly Part[]): Seg[] {
  const segs: Seg[] = [];
  parts.flatMap(ringsOfPart).forEach((ring, r) => {
    const open = openRing(ring);
    open.forEach((a, i) => segs.push({ a, b: open[(i + 1) % open.length]!, ring: r, i }));
  });
  return segs;
}

const touchesMoved = (s: Seg, moved: Set<string>) =>
  moved.has(posKey(s.a)) || moved.has(posKey(s.b));

/** Edges of a changed grid that cross another of its edges (only edges with a moved end). */
function selfCrossings(g: WarnGrid, moved: Set<string>): DragWarning[] {
  const segs = segments(g.now);
  const ringLength = new Map<number, number>();
  for (const s of segs) ringLength.set(s.ring, (ringLength.get(s.ring) ?? 0) + 1);
  const out: DragWarning[] = [];
  const found = new Set<string>();
  for (const s of segs) {
    if (!touchesMoved(s, moved)) continue;
    for (const t of segs) {
      if (t === s) continue;
      if (s.ring === t.ring) {
        const n = ringLength.get(s.ring)!;
        if ((s.i + 1) % n === t.i || (t.i + 1) % n === s.i) continue; // neighbouring edges
      }
      const p = crossing(s.a, s.b, t.a, t.b);
      if (!p) continue;
      const key = posKey(p.map((v) => Math.round(v * 1e9) / 1e9));
      if (found.has(key)) continue;
      found.add(key);
      out.push({
        kind: 'SELF_INTERSECTION',
        gridId: g.id,
        where: { type: 'Point', coordinates: p },
      });
    }
  }
  return out;
}

/**
 * The piece of another grid that a changed grid now covers, if any: its boundary enters the
 * other grid (a crossing), or a moved vertex lies inside it. The piece is drawn when it is one
 * simple excursion (a dragged vertex, or an edge cutting a corner off); else the place is marked.
 */
function overlap(
  g: WarnGrid,
  other: WarnGrid,
  moved: Set<string>,
  otherMoved: Set<string>,
  metric: Metric,
): DragWarning | null {
  for (const part of g.now) {
    for (const theirs of other.now) {
      const mine = openRing(part.outer);
      const their = openRing(theirs.outer);
      // Crossings of a moved edge (of either grid) with any edge of the other.
      const hits: Pos[] = [];
      const cross = (segs: Pos[][], ring: Pos[]) => {
        for (const [a, b] of segs) {
          ring.forEach((c, j) => {
            const p = crossing(a!, b!, c, ring[(j + 1) % ring.length]!);
            if (p) hits.push(p);
          });
        }
      };
      cross(segmentsTouching(mine, moved), their);
      cross(segmentsTouching(their, otherMoved), mine);
      // Moved vertices, or the middles of moved edges, inside the other grid.
      const into = (ring: Pos[], m: Set<string>, p: Part) =>
        ring
          .flatMap((a, i) => {
            const b = ring[(i + 1) % ring.length]!;
            const ps = m.has(posKey(a)) ? [a] : [];
            return m.has(posKey(a)) || m.has(posKey(b)) ? [...ps, mid(a, b)] : ps;
          })
          .filter((q) => strictlyInside(q, p));
      const inside = [...into(mine, moved, theirs), ...into(their, otherMoved, part)];
      if (!hits.length && !inside.length) continue;
      const piece =
        excursion(mine, their, part, theirs, moved) ??
        excursion(their, mine, theirs, part, otherMoved);
      const areaM2 = piece ? metric.area(piece) : undefined;
      if (areaM2 !== undefined && areaM2 < WARN_MIN_AREA_M2) continue;
      return {
        kind: 'OVERLAP',
        gridId: g.id,
        otherId: other.id,
        where: piece
          ? { type: 'Polygon', coordinates: [[...piece, piece[0]!]] }
          : { type: 'Point', coordinates: hits[0] ?? inside[0]! },
        areaM2,
      };
    }
  }
  return null;
}

/** A point on a ring: where, and how far along it (segment index + fraction). */
interface OnRing {
  p: Pos;
  s: number;
}

/**
 * My boundary's excursion into theirs, closed by their boundary inside mine: a run of my moved
 * vertices inside theirs, entered and left where my edges meet their boundary (a crossing, or a
 * vertex we share); or one of my moved edges crossing into theirs and out again. Null when the
 * overlap is not one such excursion.
 */
function excursion(
  mine: Pos[],
  their: Pos[],
  myPart: Part,
  theirPart: Part,
  moved: Set<string>,
): Pos[] | null {
  const n = mine.length;
  const inside = mine.map((p) => moved.has(posKey(p)) && strictlyInside(p, theirPart));
  const start = inside.findIndex((v, i) => v && !inside[(i - 1 + n) % n]);
  if (start < 0) {
    // An edge across a corner of theirs: it meets their boundary twice (crossings, or its ends
    // on it) with the stretch between inside theirs.
    for (let i = 0; i < n; i++) {
      const a = mine[i]!;
      const b = mine[(i + 1) % n]!;
      if (!moved.has(posKey(a)) && !moved.has(posKey(b))) continue;
      const cuts = meets(a, b, their, true).sort((x, y) => x.t - y.t);
      for (let k = 0; k + 1 < cuts.length; k++) {
        const [c1, c2] = [cuts[k]!, cuts[k + 1]!];
        if (c2.t - c1.t < 1e-9 || !strictlyInside(mid(c1.p, c2.p), theirPart)) continue;
        const arc = arcInside(their, c2.s, c1.s, myPart);
        if (arc) return [c1.p, c2.p, ...arc];
      }
    }
    return null;
  }
  let end = start;
  while (inside[(end + 1) % n] && (end + 1) % n !== start) end = (end + 1) % n;
  const run: Pos[] = [];
  for (let k = start; ; k = (k + 1) % n) {
    run.push(mine[k]!);
    if (k === end) break;
  }
  const into = meets(mine[(start - 1 + n) % n]!, mine[start]!, their, true);
  const outOf = meets(mine[end]!, mine[(end + 1) % n]!, their, true);
  const entry = into.sort((x, y) => y.t - x.t)[0];
  const exit = outOf.sort((x, y) => x.t - y.t)[0];
  if (!entry || !exit) return null;
  const arc = arcInside(their, exit.s, entry.s, myPart);
  return arc && [entry.p, ...run, exit.p, ...arc];
}

/**
 * Where segment ab meets a ring: its crossings and (with `ends`) its ends lying on the ring; `t`
 * is the fraction along ab, `s` the place along the ring.
 */
function meets(a: Pos, b: Pos, ring: Pos[], ends: boolean): (OnRing & { t: number })[] {
  const m = ring.length;
  const out: (OnRing & { t: number })[] = [];
  ring.forEach((c, j) => {
    const d = ring[(j + 1) % m]!;
    const p = crossing(a, b, c, d);
    if (p) out.push({ p, t: along(a, b, p), s: j + along(c, d, p) });
  });
  if (ends) {
    for (const [p, t] of [
      [a, 0],
      [b, 1],
    ] as const) {
      const s = placeOn(ring, p);
      if (s !== null) out.push({ p, t, s });
    }
  }
  return out;
}

/** How far along a ring a point on it lies, or null if it is not on it. */
function placeOn(ring: Pos[], p: Pos): number | null {
  const m = ring.length;
  for (let j = 0; j < m; j++) {
    const c = ring[j]!;
    const d = ring[(j + 1) % m]!;
    if (distToSegment(p, c, d) < ON_EDGE) return j + Math.max(0, Math.min(1, along(c, d, p)));
  }
  return null;
}

/**
 * Their vertices strictly between two places of their ring, going the way that stays inside mine
 * (on my boundary counts as inside); null when neither way does.
 */
function arcInside(their: Pos[], from: number, to: number, myPart: Part): Pos[] | null {
  const m = their.length;
  const ahead = (x: number) => (((x - from) % m) + m) % m;
  const span = ahead(to);
  const ks = their.map((_, k) => k).filter((k) => ahead(k) > 0 && ahead(k) !== span);
  const forward = ks.filter((k) => ahead(k) < span).sort((x, y) => ahead(x) - ahead(y));
  const backward = ks.filter((k) => ahead(k) > span).sort((x, y) => ahead(y) - ahead(x));
  const ok = (arc: number[]) => arc.every((k) => !outside(their[k]!, myPart));
  const arc = ok(forward) ? forward : ok(backward) ? backward : null;
  return arc && arc.map((k) => their[k]!);
}

/**
 * Edges of the subdistrict's outline (edges no other grid had) that the user moved: the land
 * between the old and the new boundary goes to no grid (inwards) or leaves the subdistrict.
 */
function outlineMoves(g: WarnGrid, grids: readonly WarnGrid[], metric: Metric): DragWarning[] {
  const out: DragWarning[] = [];
  const others = grids.filter((o) => o.id !== g.id);
  g.base.forEach((basePart, k) => {
    const nowPart = g.now[k];
    if (!nowPart) return;
    for (const h of diffRing(basePart.outer, nowPart.outer)) {
      if (!h.before || !h.after) continue;
      const oldChain = [h.before, ...h.removed, h.after];
      const shared = oldChain.some((p, i) => {
        const q = oldChain[i + 1];
        if (!q) return false;
        return [0.25, 0.5, 0.75].some((f) => others.some((o) => onBoundary(lerp(p, q, f), o.base)));
      });
      if (shared) continue;
      const piece = [...oldChain, ...[...h.inserted].reverse()];
      const areaM2 = metric.area(piece);
      if (areaM2 < WARN_MIN_AREA_M2) continue;
      const probe = h.inserted.length
        ? h.inserted[Math.floor(h.inserted.length / 2)]!
        : mid(h.before, h.after);
      out.push({
        kind: strictlyInside(probe, basePart) ? 'GAP' : 'OUTSIDE',
        gridId: g.id,
        where: { type: 'Polygon', coordinates: [[...piece, piece[0]!]] },
        areaM2,
      });
    }
  });
  return out;
}

/* ---------- plane geometry ---------- */

const cross = (o: Pos, a: Pos, b: Pos) =>
  (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);

/** Where segments ab and cd cross at a point inside both (touching ends do not count). */
export function crossing(a: Pos, b: Pos, c: Pos, d: Pos): Pos | null {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (!(((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))))
    return null;
  const t = d1 / (d1 - d2);
  const p = lerp(a, b, t);
  // Crossings within a hair of an end are shared vertices seen through float noise.
  if (near(p, a) || near(p, b) || near(p, c) || near(p, d)) return null;
  return p;
}

const lerp = (a: Pos, b: Pos, t: number): Pos => [
  a[0]! + (b[0]! - a[0]!) * t,
  a[1]! + (b[1]! - a[1]!) * t,
];
const mid = (a: Pos, b: Pos) => lerp(a, b, 0.5);
const near = (a: Pos, b: Pos) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!) < ON_EDGE;
const along = (a: Pos, b: Pos, p: Pos) => {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  return ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / (dx * dx + dy * dy || 1);
};

function distToSegment(p: Pos, a: Pos, b: Pos) {
  const t = Math.max(0, Math.min(1, along(a, b, p)));
  const q = lerp(a, b, t);
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!);
}

function onBoundary(p: Pos, parts: readonly Part[]) {
  return parts.flatMap(ringsOfPart).some((ring) => {
    const r = openRing(ring);
    return r.some((a, i) => distToSegment(p, a, r[(i + 1) % r.length]!) < ON_EDGE);
  });
}

/** Even-odd ray test, holes included. */
function inPart(p: Pos, part: Part) {
  let inside = false;
  for (const ring of ringsOfPart(part)) {
    const r = openRing(ring);
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const a = r[i]!;
      const b = r[j]!;
      if (
        a[1]! > p[1]! !== b[1]! > p[1]! &&
        p[0]! < ((b[0]! - a[0]!) * (p[1]! - a[1]!)) / (b[1]! - a[1]!) + a[0]!
      )
        inside = !inside;
    }
  }
  return inside;
}

/** Inside and not on the boundary (a shared vertex on a neighbour's edge is not inside it). */
export const strictlyInside = (p: Pos, part: Part) => inPart(p, part) && !onBoundary(p, [part]);
const outside = (p: Pos, part: Part) => !inPart(p, part) && !onBoundary(p, [part]);

type Box = [number, number, number, number];

function boxOf(ps: readonly Pos[]): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of ps) {
    x0 = Math.min(x0, p[0]!);
    y0 = Math.min(y0, p[1]!);
    x1 = Math.max(x1, p[0]!);
    y1 = Math.max(y1, p[1]!);
  }
  return [x0, y0, x1, y1];
}
const meet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The edges of an open ring with a moved end, as [a, b] pairs. */
function segmentsTouching(ring: readonly Pos[], moved: Set<string>): Pos[][] {
  if (!moved.size) return [];
  const keys = ring.map(posKey);
  const out: Pos[][] = [];
  ring.forEach((a, i) => {
    const j = (i + 1) % ring.length;
    if (moved.has(keys[i]!) || moved.has(keys[j]!)) out.push([a, ring[j]!]);
  });
  return out;
}

interface Metric {
  area(ring: readonly Pos[]): number;
}

/** Square metres of a ring, planar around `origin` (a subdistrict is a few kilometres wide). */
function metres(origin: Pos): Metric {
  const kx = 111_320 * Math.cos((origin[1]! * Math.PI) / 180);
  const ky = 110_540;
  return {
    area(ring) {
      let s = 0;
      const r = openRing(ring);
      for (let i = 0; i < r.length; i++) {
        const a = r[i]!;
        const b = r[(i + 1) % r.length]!;
        s += (a[0]! - origin[0]!) * kx * ((b[1]! - origin[1]!) * ky);
        s -= (b[0]! - origin[0]!) * kx * ((a[1]! - origin[1]!) * ky);
      }
      return Math.abs(s) / 2;
    },
  };
}
