/** A position [lng, lat]. */
export type Pos = number[];
/** A closed ring: first position repeated last. */
export type Ring = Pos[];
/** One part of a grid: its outer ring and its holes (terra-draw edits outer rings only). */
export interface Part {
  outer: Ring;
  holes: Ring[];
}

/**
 * Every part of a Polygon or MultiPolygon (issue 13: the editor used to keep `coordinates[0]`
 * only, and a save of a multi-part grid dropped the rest), rounded to terra-draw's precision.
 */
export function partsOf(boundary: unknown, round = true): Part[] {
  const g = boundary as { type?: string; coordinates?: unknown } | null;
  const polygons =
    g?.type === 'Polygon'
      ? [g.coordinates as Ring[]]
      : g?.type === 'MultiPolygon'
        ? (g.coordinates as Ring[][])
        : [];
  return polygons
    .filter((rings) => rings.length > 0)
    .map(([outer, ...holes]) =>
      round ? { outer: roundRing(outer!), holes: holes.map(roundRing) } : { outer: outer!, holes },
    );
}

/** The boundary to save: a Polygon for one part, else a MultiPolygon with every part. */
export function boundaryOf(parts: readonly Part[]) {
  const polygons = parts.map((p) => [p.outer, ...p.holes]);
  return polygons.length === 1
    ? { type: 'Polygon' as const, coordinates: polygons[0]! }
    : { type: 'MultiPolygon' as const, coordinates: polygons };
}

/**
 * terra-draw keeps 9 decimals (`coordinatePrecision`); stored boundaries may carry full doubles.
 * Consecutive duplicates that rounding creates are dropped; the ring stays closed.
 */
export function roundRing(ring: readonly Pos[]): Ring {
  const out: Ring = [];
  for (const p of ring) {
    const q = roundPos(p);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  if (out.length > 1 && !samePos(out[0]!, out[out.length - 1]!)) out.push([...out[0]!]);
  return out;
}

const round9 = (v: number) => Math.round(v * 1e9) / 1e9;
export const roundPos = (p: Pos): Pos => [round9(p[0]!), round9(p[1]!)];
export const samePos = (a: Pos, b: Pos) => a[0] === b[0] && a[1] === b[1];
export const posKey = (p: Pos) => `${p[0]},${p[1]}`;

/** The ring without its closing position. */
export const openRing = (r: readonly Pos[]): Ring =>
  r.length > 1 && samePos(r[0]!, r[r.length - 1]!) ? r.slice(0, -1) : [...r];
/** The ring with its closing position. */
export const closeRing = (r: readonly Pos[]): Ring => (r.length ? [...r, [...r[0]!]] : []);

/**
 * Puts back the stored full-precision positions wherever the edited parts kept a vertex: the
 * editor works on 9 decimals, and a save that rounded every untouched vertex (or merged two that
 * round alike) would move every edge by a hair and make the server adjust all the neighbours.
 */
export function restoreExact(parts: readonly Part[], exact: readonly Part[]): Part[] {
  const byKey = new Map<string, Pos[]>();
  for (const p of exact) {
    for (const ring of [p.outer, ...p.holes]) {
      let prev = '';
      for (const q of openRing(ring)) {
        const key = posKey(roundPos(q));
        const run = byKey.get(key);
        if (!run) byKey.set(key, [q]);
        else if (prev === key) run.push(q); // consecutive originals that round alike
        prev = key;
      }
    }
  }
  const restore = (ring: Ring) =>
    closeRing(openRing(ring).flatMap((q) => byKey.get(posKey(q)) ?? [q]));
  return parts.map((p) => ({ outer: restore(p.outer), holes: p.holes.map(restore) }));
}
