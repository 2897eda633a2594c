import type { Geometry, MultiPolygon, Polygon } from '../db/geojson.ts';
import { badInput } from '../errors.ts';

/** Reasons of boundary validation failures (tests assert on them). */
export const EditReasons = {
  WRONG_GEOMETRY_TYPE: 'WRONG_GEOMETRY_TYPE',
  TOO_MANY_VERTICES: 'TOO_MANY_VERTICES',
  EMPTY: 'EMPTY',
  INVALID_POLYGON: 'INVALID_POLYGON',
  TOO_SMALL: 'TOO_SMALL',
  TOO_LARGE: 'TOO_LARGE',
  OUTSIDE_PARENT: 'OUTSIDE_PARENT',
  OVERLAPS_SIBLING: 'OVERLAPS_SIBLING',
  CLIP_EMPTIES_NEIGHBOUR: 'CLIP_EMPTIES_NEIGHBOUR',
  LINE_DOES_NOT_SPLIT: 'LINE_DOES_NOT_SPLIT',
  NOT_ADJACENT: 'NOT_ADJACENT',
  NOT_SIBLINGS: 'NOT_SIBLINGS',
  NOT_REVERTIBLE: 'NOT_REVERTIBLE',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  /** Issue 13: after the edit, land of the subdistrict would be in no grid. */
  TILING_GAP: 'TILING_GAP',
  /** Issue 13: after the edit, land would be in two sibling grids. */
  TILING_OVERLAP: 'TILING_OVERLAP',
  /** A grid listed twice in one save, or no grid at all. */
  DUPLICATE_GRID: 'DUPLICATE_GRID',
  /** No grid of the subdistrict has a vertex at `from` (moveSharedVertex). */
  NO_SHARED_VERTEX: 'NO_SHARED_VERTEX',
} as const;

declare module '../errors.ts' {
  interface InputReasonRegistry {
    editing: (typeof EditReasons)[keyof typeof EditReasons];
  }
}

export const LIMITS = {
  /** Vertex count bound: a hand-drawn grid has tens to hundreds; 100k is refused before SQL. */
  maxVertices: 10_000,
  /** Smaller than a small courtyard is a slip of the mouse (m²). */
  minAreaM2: 100,
  /** Larger than any district (Shunyi is ~1,020 km²) is a mistake (m²). */
  maxAreaM2: 2_000_000_000,
  /** Tolerance bounds for `options.toleranceMeters`. */
  maxToleranceM: 50,
  /**
   * Issue 13: a gap or overlap piece smaller than this (m²) is float noise of the overlay, not
   * land in no grid or in two (a 1 m² piece is a 1 m x 1 m square or a 1 cm x 100 m sliver).
   */
  tilingToleranceM2: 1,
  /** Pieces below this (m²) are overlay dust: never handed to a neighbour, never reported. */
  dustM2: 0.01,
  /**
   * Land a save gives up goes to a neighbour only along a border of at least this length (m): a
   * piece touching it at a corner (a few centimetres inside the 1e-7° search band) is not its.
   */
  minSharedBorderM: 0.5,
  /** Grids one save may change explicitly. */
  maxChanges: 50,
  /** Violations listed in one report. */
  maxViolations: 100,
  /** moveSharedVertex: default and maximum distance (m) of a grid's vertex from `from`. */
  vertexSnapM: 0.5,
  maxVertexSnapM: 5,
};

/** Default tolerance (metres) for "inside the parent" and "no overlap": `ATLAS_EDIT_TOLERANCE_M`, 1 m. */
export function defaultToleranceM(env = process.env): number {
  const v = Number(env.ATLAS_EDIT_TOLERANCE_M ?? 1);
  return Number.isFinite(v) && v >= 0 && v <= LIMITS.maxToleranceM ? v : 1;
}

export function resolveTolerance(value: number | null | undefined, field: string): number {
  if (value === null || value === undefined) return defaultToleranceM();
  if (!Number.isFinite(value) || value < 0 || value > LIMITS.maxToleranceM) {
    throw badInput(field, EditReasons.OUT_OF_RANGE, `must be within 0..${LIMITS.maxToleranceM} m`);
  }
  return value;
}

/** Counts positions of a geometry without recursion limits (fast for 100k). */
export function countVertices(g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.reduce((n, r) => n + r.length, 0);
    case 'MultiPolygon':
      return g.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
    case 'GeometryCollection':
      return g.geometries.reduce((n, x) => n + countVertices(x), 0);
  }
}

/**
 * The checks that need no database: a (Multi)Polygon with at least one ring and a bounded number
 * of vertices. Throws BAD_USER_INPUT naming the field.
 */
export function checkBoundaryShape(g: Geometry, field: string): Polygon | MultiPolygon {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    throw badInput(
      field,
      EditReasons.WRONG_GEOMETRY_TYPE,
      `must be a Polygon or MultiPolygon, got ${g.type}`,
    );
  }
  const n = countVertices(g);
  if (n === 0 || g.coordinates.length === 0) {
    throw badInput(field, EditReasons.EMPTY, 'the boundary is empty');
  }
  if (n > LIMITS.maxVertices) {
    throw badInput(
      field,
      EditReasons.TOO_MANY_VERTICES,
      `${n} vertices; at most ${LIMITS.maxVertices} are accepted (simplify the boundary)`,
      { vertices: n, max: LIMITS.maxVertices },
    );
  }
  return g;
}
