import { sql, type SQL } from 'drizzle-orm';
import type { BBox, ReachInput, Viewport } from '../__generated__/resolvers.ts';
import { badInput, Reasons } from '../errors.ts';
import { degreesAround } from '../geo/index.ts';

/**
 * Below this zoom (points start here), an evaluated profile's counts are aggregated per grid
 * from policy's coverage table instead of per square cell (without ledger filters).
 */
export const GRID_CELL_ZOOM = 14;
/** From this zoom joint branches come with members, links and hulls; below, seats only. */
export const JOINT_DETAIL_ZOOM = 14;
/** Below this zoom organizations are always aggregated into cells. */
export const POINT_ZOOM = 14;
/** At or above POINT_ZOOM, more points than this in the viewport are aggregated anyway. */
export const MAX_POINTS = 5000;
/** Cells per 256-pixel tile edge: a cell is about 32 pixels wide on screen. */
const CELLS_PER_TILE = 8;
/** Walking speed for the 5- and 15-minute circles (DOMAIN.md: a 5-minute walk is about 400 m). */
export const WALK_METERS_PER_MINUTE = 80;

/** Checks a viewport at the edge: finite, ordered, on the globe; zoom in 0..24. */
export function checkViewport(v: Viewport, field = 'viewport'): Viewport {
  const b = v.bbox;
  const finite = [b.minLon, b.minLat, b.maxLon, b.maxLat, v.zoom].every(Number.isFinite);
  if (!finite) throw badInput(`${field}.bbox`, Reasons.OUT_OF_RANGE, 'must be finite numbers');
  if (v.zoom < 0 || v.zoom > 24) {
    throw badInput(`${field}.zoom`, Reasons.OUT_OF_RANGE, 'must be in [0, 24]');
  }
  if (b.minLon > b.maxLon || b.minLat > b.maxLat) {
    throw badInput(`${field}.bbox`, Reasons.OUT_OF_RANGE, 'min must not exceed max');
  }
  // Maps pan past the antimeridian and poles; clamp rather than refuse.
  return {
    zoom: v.zoom,
    bbox: {
      minLon: Math.max(-180, b.minLon),
      minLat: Math.max(-90, b.minLat),
      maxLon: Math.min(180, b.maxLon),
      maxLat: Math.min(90, b.maxLat),
    },
  };
}

export const envelope = (b: BBox): SQL =>
  sql`ST_MakeEnvelope(${b.minLon}, ${b.minLat}, ${b.maxLon}, ${b.maxLat}, 4326)`;

/** Cell edge in degrees for aggregating at this zoom (about 32 screen pixels). */
export const cellSizeFor = (zoom: number): number =>
  360 / 2 ** Math.max(0, Math.floor(zoom)) / CELLS_PER_TILE;

/** Simplification tolerance in degrees: half a screen pixel at this zoom. */
export const simplifyToleranceFor = (zoom: number): number =>
  360 / 2 ** Math.max(0, Math.floor(zoom)) / 512;

/**
 * Decimal digits that keep a coordinate within a tenth of a screen pixel at this zoom (a pixel
 * is 360 / 2^zoom / 256 degrees of longitude): 4 at a district's zoom 10, 6 at street zoom 16.
 * Answers send no more digits than that (issue 14: compact payloads).
 */
export const coordDigits = (zoom: number): number =>
  Math.min(
    7,
    Math.max(1, Math.ceil(Math.log10((2 ** Math.max(0, Math.floor(zoom)) * 256) / 360)) + 1),
  );

/** Rounds a coordinate to `coordDigits(zoom)` decimals. */
export function quantizer(zoom: number): (deg: number) => number {
  const f = 10 ** coordDigits(zoom);
  return (deg) => Math.round(deg * f) / f;
}

/** A row's position rounded by a quantizer: `{ lon, lat }` of the map's answers. */
export const roundedLonLat = (q: (deg: number) => number, r: { lon?: unknown; lat?: unknown }) => ({
  lon: q(Number(r.lon)),
  lat: q(Number(r.lat)),
});

/** Degrees covering `meters` anywhere in the bbox: taken at its latitude farthest from the equator. */
export function metersToDegrees(meters: number, b: BBox): number {
  return degreesAround(meters, Math.max(Math.abs(b.minLat), Math.abs(b.maxLat)));
}

/**
 * The walking minutes of a reach (1..60), or null for each center's own radius. The precomputed
 * reach (migration 0010_center_reach.sql) holds walks up to 60 minutes at this pace.
 */
export function reachMinutes(reach: ReachInput | null | undefined): number | null {
  const m = reach?.walkMinutes;
  if (m == null) return null;
  if (!Number.isInteger(m) || m < 1 || m > 60) {
    throw badInput('reach.walkMinutes', Reasons.OUT_OF_RANGE, 'must be an integer in 1..60');
  }
  return m;
}

/** The fixed radius of a walking-time reach, or null for each center's own radius. */
export function reachMeters(reach: ReachInput | null | undefined): number | null {
  const m = reachMinutes(reach);
  return m == null ? null : m * WALK_METERS_PER_MINUTE;
}
