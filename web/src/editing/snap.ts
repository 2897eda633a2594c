/** A screen position in CSS pixels. */
export interface Px {
  x: number;
  y: number;
}
type Project = (lng: number, lat: number) => Px;
type Unproject = (x: number, y: number) => { lng: number; lat: number };

/**
 * Snapping to neighbouring grid boundaries (issue 7: "shared edges stay shared"): the vertex of a
 * neighbour within `vertexPx` of the pointer wins, else the nearest point on a neighbour's edge
 * within `edgePx`; undefined when nothing is close. Rings are [lng, lat] positions.
 */
export function snapToRings(
  pointer: Px,
  rings: readonly (readonly number[][])[],
  project: Project,
  unproject: Unproject,
  vertexPx = 12,
  edgePx = 10,
): [number, number] | undefined {
  let bestVertex: { d: number; p: number[] } | null = null;
  let bestEdge: { d: number; x: number; y: number } | null = null;
  for (const ring of rings) {
    let prev: Px | null = null;
    for (const pos of ring) {
      const cur = project(pos[0]!, pos[1]!);
      const dv = Math.hypot(cur.x - pointer.x, cur.y - pointer.y);
      if (dv <= vertexPx && (!bestVertex || dv < bestVertex.d)) bestVertex = { d: dv, p: pos };
      if (prev) {
        const q = closestOnSegment(pointer, prev, cur);
        const de = Math.hypot(q.x - pointer.x, q.y - pointer.y);
        if (de <= edgePx && (!bestEdge || de < bestEdge.d)) bestEdge = { d: de, ...q };
      }
      prev = cur;
    }
  }
  if (bestVertex) return [bestVertex.p[0]!, bestVertex.p[1]!];
  if (bestEdge) {
    const ll = unproject(bestEdge.x, bestEdge.y);
    return [ll.lng, ll.lat];
  }
  return undefined;
}

export function closestOnSegment(p: Px, a: Px, b: Px): Px {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return a;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return { x: a.x + t * dx, y: a.y + t * dy };
}

/** Outer and inner rings of a (Multi)Polygon, for snapping. */
export function ringsOf(g: unknown): number[][][] {
  const geom = g as { type?: string; coordinates?: unknown } | null;
  if (geom?.type === 'Polygon') return geom.coordinates as number[][][];
  if (geom?.type === 'MultiPolygon') return (geom.coordinates as number[][][][]).flat();
  return [];
}
