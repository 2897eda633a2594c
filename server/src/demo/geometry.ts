import type { MultiPolygon, Position } from '../db/geojson.ts';
import { metersPerDegree } from '../geo/index.ts';
import type { Rng } from './random.ts';

/**
 * Even-odd ray casting over every ring, so holes count as outside. The crossing test is W. Randolph
 * Franklin's PNPOLY (https://wrfranklin.org/Research/Short_Notes/pnpoly.html).
 */
export function pointInMultiPolygon(p: Position, mp: MultiPolygon): boolean {
  const [x, y] = p as [number, number];
  let inside = false;
  for (const polygon of mp.coordinates) {
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function bboxOf(mp: MultiPolygon): BBox {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const polygon of mp.coordinates) {
    for (const [x, y] of polygon[0] as [number, number][]) {
      if (x < b.minX) b.minX = x;
      if (y < b.minY) b.minY = y;
      if (x > b.maxX) b.maxX = x;
      if (y > b.maxY) b.maxY = y;
    }
  }
  return b;
}

/** Metres per degree near Beijing (40°N), good enough for spacing generated points. */
export const { lat: M_PER_DEG_LAT, lon: M_PER_DEG_LON } = metersPerDegree(40);

export function distanceM(a: Position, b: Position): number {
  const dx = ((a[0] as number) - (b[0] as number)) * M_PER_DEG_LON;
  const dy = ((a[1] as number) - (b[1] as number)) * M_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

/** A uniform random point inside the area (rejection sampling in its bbox). */
export function randomPointIn(rng: Rng, area: MultiPolygon, bbox = bboxOf(area)): Position {
  for (let i = 0; i < 10_000; i++) {
    const p = [
      bbox.minX + rng.next() * (bbox.maxX - bbox.minX),
      bbox.minY + rng.next() * (bbox.maxY - bbox.minY),
    ];
    if (pointInMultiPolygon(p, area)) return p;
  }
  throw new Error('randomPointIn: area too thin to sample');
}

/**
 * A point near `centre` (normal spread of `sigmaM` metres) that lies inside the area; falls back
 * to a uniform point after a few tries, so callers always get a point of the area.
 */
export function pointNear(
  rng: Rng,
  centre: Position,
  sigmaM: number,
  area: MultiPolygon,
  bbox = bboxOf(area),
): Position {
  for (let i = 0; i < 30; i++) {
    const p = [
      (centre[0] as number) + rng.normal(0, sigmaM) / M_PER_DEG_LON,
      (centre[1] as number) + rng.normal(0, sigmaM) / M_PER_DEG_LAT,
    ];
    if (pointInMultiPolygon(p, area)) return p;
  }
  return randomPointIn(rng, area, bbox);
}

/**
 * `n` points inside the area, each at least `minM` metres from the others where possible (the
 * spacing shrinks when the area is crowded), drawn by `draw`. Used for generator points of
 * Voronoi cells, so that no cell is a sliver.
 */
export function spacedPoints(
  rng: Rng,
  n: number,
  minM: number,
  draw: () => Position,
  existing: Position[] = [],
): Position[] {
  const out: Position[] = [];
  let spacing = minM;
  while (out.length < n) {
    let placed = false;
    for (let tries = 0; tries < 60 && !placed; tries++) {
      const p = draw();
      if ([...existing, ...out].every((q) => distanceM(p, q) >= spacing)) {
        out.push(p);
        placed = true;
      }
    }
    if (!placed) spacing *= 0.8;
  }
  return out;
}

export const round7 = (v: number) => Math.round(v * 1e7) / 1e7;
