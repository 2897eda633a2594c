import { closeRing, openRing, posKey, type Pos, type Ring } from './boundary-parts.ts';

/**
 * Redraw a shared boundary as a line (issue 13: "a boundary between two grids can be redrawn as a
 * line from one shared vertex to another"): the stretch of the edited ring between the line's two
 * ends that a neighbour's ring also runs along is replaced by the line, in both rings, so the two
 * grids keep one boundary. Rings are closed outer rings by feature id; the result holds the two
 * changed rings, or says why the line cannot replace a shared stretch.
 */
export type RedrawResult =
  | { ok: true; rings: Map<string, Ring>; neighbour: string }
  | { ok: false; reason: 'ENDS_NOT_VERTICES' | 'NOT_SHARED' };

export function redrawShared(
  rings: ReadonlyMap<string, Ring>,
  editedId: string,
  line: readonly Pos[],
): RedrawResult {
  const edited = rings.get(editedId);
  const a = line[0];
  const b = line[line.length - 1];
  if (!edited || !a || !b || line.length < 2 || posKey(a) === posKey(b)) {
    return { ok: false, reason: 'ENDS_NOT_VERTICES' };
  }
  const mine = openRing(edited);
  if (indexOf(mine, a) < 0 || indexOf(mine, b) < 0) {
    return { ok: false, reason: 'ENDS_NOT_VERTICES' };
  }
  for (const [id, ring] of rings) {
    if (id === editedId) continue;
    const theirs = openRing(ring);
    const keys = new Set(theirs.map(posKey));
    if (!keys.has(posKey(a)) || !keys.has(posKey(b))) continue;
    // The stretch of mine between a and b (one way round) that lies all on theirs.
    const stretch = [arc(mine, a, b), arc(mine, b, a)].find(
      (s) =>
        s.every((p) => keys.has(posKey(p))) && (s.length > 2 || sharesEdge(theirs, s[0]!, s[1]!)),
    );
    if (!stretch) continue;
    const inner = new Set(stretch.slice(1, -1).map(posKey));
    // The same stretch on theirs: the way round whose inner vertices are the shared ones.
    const theirStretch = [arc(theirs, a, b), arc(theirs, b, a)].find(
      (s) =>
        s.length - 2 === inner.size &&
        s.slice(1, -1).every((p) => inner.has(posKey(p))) &&
        (inner.size > 0 || sharesEdge(theirs, s[0]!, s[1]!)),
    );
    if (!theirStretch) continue;
    return {
      ok: true,
      neighbour: id,
      rings: new Map([
        [editedId, replaceArc(mine, stretch, line)],
        [id, replaceArc(theirs, theirStretch, line)],
      ]),
    };
  }
  return { ok: false, reason: 'NOT_SHARED' };
}

const indexOf = (ring: readonly Pos[], p: Pos) => ring.findIndex((q) => posKey(q) === posKey(p));

/** The positions of an open ring from `from` forward to `to`, both included. */
function arc(ring: readonly Pos[], from: Pos, to: Pos): Pos[] {
  const n = ring.length;
  const i = indexOf(ring, from);
  const j = indexOf(ring, to);
  const out: Pos[] = [];
  for (let k = i; ; k = (k + 1) % n) {
    out.push(ring[k]!);
    if (k === j) break;
  }
  return out;
}

/** Are p and q consecutive on the ring (either way)? */
function sharesEdge(ring: readonly Pos[], p: Pos, q: Pos) {
  const n = ring.length;
  const i = indexOf(ring, p);
  return (
    i >= 0 &&
    (posKey(ring[(i + 1) % n]!) === posKey(q) || posKey(ring[(i - 1 + n) % n]!) === posKey(q))
  );
}

/** The ring with the stretch (first to last, forward) replaced by the line's inner positions. */
function replaceArc(ring: readonly Pos[], stretch: readonly Pos[], line: readonly Pos[]): Ring {
  const start = stretch[0]!;
  const end = stretch[stretch.length - 1]!;
  const inner = line.slice(1, -1).map((p) => [...p]);
  const along = posKey(line[0]!) === posKey(start) ? inner : inner.reverse();
  // The rest of the ring, from the stretch's end forward to its start, then the line.
  return closeRing([...arc(ring, end, start), ...along]);
}
