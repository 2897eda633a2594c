import type {
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  Point,
} from 'geojson';
import type {
  MapGridsQuery,
  MapJointBranchesQuery,
  MapOrganizationsQuery,
  MapServiceCentersQuery,
  MapWorkstationsQuery,
} from '../__generated__/graphql.ts';
import { groundCircle, reachMeters } from './circles.ts';

// API answers -> GeoJSON for the map's sources. Pure: tested without a browser.

export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
export const collection = (features: Feature[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});
const point = (lon: number, lat: number): Point => ({ type: 'Point', coordinates: [lon, lat] });
const line = (...points: Point[]): LineString => ({
  type: 'LineString',
  coordinates: points.map((p) => p.coordinates),
});
export const feature = (geometry: Geometry, properties: GeoJsonProperties): Feature => ({
  type: 'Feature',
  geometry,
  properties,
});
/** A point feature at lon/lat. */
export const pointAt = (lon: number, lat: number, properties: GeoJsonProperties) =>
  feature(point(lon, lat), properties);

/** Where something lies. */
export interface LonLat {
  lon: number;
  lat: number;
}

/**
 * The spokes of a group around its `hub` (a seat, a centre): per member a line from the member to
 * the hub (part `linkPart`) and the member's point (part 'member'), each with `props` and what
 * `memberProps` adds for the member.
 */
export function spokeFeatures<M extends LonLat>(
  hub: LonLat,
  members: M[],
  props: GeoJsonProperties,
  linkPart = 'link',
  memberProps?: (member: M) => GeoJsonProperties,
): Feature[] {
  return members.flatMap((m) => [
    feature(line(point(m.lon, m.lat), point(hub.lon, hub.lat)), { ...props, part: linkPart }),
    pointAt(m.lon, m.lat, { ...props, part: 'member', ...memberProps?.(m) }),
  ]);
}
/**
 * Cells the server aggregated at low zoom, as points of kind 'cell' carrying the cell's own
 * figures (counts, and the like).
 */
const cellFeatures = (cells: { lon: number; lat: number }[], extra?: GeoJsonProperties) =>
  collection(
    cells.map(({ lon, lat, ...figures }) =>
      pointAt(lon, lat, { kind: 'cell', ...extra, ...figures }),
    ),
  );

export function gridFeatures(grids: MapGridsQuery['mapGrids']): FeatureCollection {
  return collection(
    grids.filter((g) => g.boundary).map(({ boundary, ...p }) => feature(boundary as Geometry, p)),
  );
}

/** Boundaries of a hierarchy level (districts or subdistricts) as outline features. */
export function boundaryFeatures(
  items: { id: string; name: string; code: string; boundary?: unknown }[],
): FeatureCollection {
  return collection(
    items
      .filter((i) => i.boundary)
      .map((i) => feature(i.boundary as Geometry, { id: i.id, name: i.name, code: i.code })),
  );
}

/** Cells (kind 'cell') or single organizations (kind 'point'). */
export function orgFeatures(res: MapOrganizationsQuery['mapOrganizations']): FeatureCollection {
  if (res.aggregated) {
    return cellFeatures(res.cells);
  }
  return collection(
    res.points.map((p) =>
      pointAt(p.lon, p.lat, { kind: 'point', id: p.id, name: p.name, status: p.status }),
    ),
  );
}

/**
 * Below the detail zoom, cells of joint branches (kind 'cell': how many branches, their units,
 * how many over the limit); above it, each branch as a hull, links from members to the seat,
 * members and the seat.
 */
export function jointFeatures(res: MapJointBranchesQuery['mapJointBranches']): FeatureCollection {
  if (res.aggregated) {
    return cellFeatures(res.cells, { part: 'cell' });
  }
  const out: Feature[] = [];
  for (const b of res.branches) {
    const common = { branchId: b.id, name: b.name, unitCount: b.unitCount, overLimit: b.overLimit };
    if (b.hull) out.push(feature(b.hull as Geometry, { ...common, part: 'hull' }));
    const seat = { lon: b.seatLon, lat: b.seatLat };
    out.push(
      ...spokeFeatures(seat, b.members, common, 'link', (m) => ({
        id: m.id,
        memberName: m.name,
        status: m.status,
      })),
    );
    out.push(pointAt(seat.lon, seat.lat, { ...common, part: 'seat', id: b.id }));
  }
  return collection(out);
}

export function workstationFeatures(ws: MapWorkstationsQuery['mapWorkstations']) {
  return collection(
    ws.map((w) =>
      pointAt(w.lon, w.lat, {
        id: w.buildingId,
        workstationId: w.id,
        name: w.name,
        buildingName: w.buildingName,
        organizations: w.organizations,
        blankSpots: w.blankSpots,
      }),
    ),
  );
}

/** Centers and their circles: own radius, or `walk` minutes of walking when walk > 0. */
export function centerFeatures(
  centers: MapServiceCentersQuery['mapServiceCenters'],
  walk: number,
  walkMetersPerMinute: number,
): FeatureCollection {
  const out: Feature[] = [];
  for (const c of centers) {
    const meters = reachMeters(c.serviceRadiusM, walk, walkMetersPerMinute);
    const props = { id: c.id, name: c.name, level: c.level, meters };
    out.push(groundCircle(c.lon, c.lat, meters, { ...props, part: 'circle' }));
    out.push(pointAt(c.lon, c.lat, { ...props, part: 'center' }));
  }
  return collection(out);
}

/** [minLon, minLat, maxLon, maxLat] of any GeoJSON geometry; null when it has no coordinates. */
export function bboxOf(geometry: unknown): [number, number, number, number] | null {
  let b: [number, number, number, number] | null = null;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      const [x, y] = c as [number, number];
      b = b
        ? [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)]
        : [x, y, x, y];
      return;
    }
    c.forEach(visit);
  };
  const g = geometry as { coordinates?: unknown; geometries?: unknown[] } | null;
  if (g?.coordinates) visit(g.coordinates);
  g?.geometries?.forEach((x) => {
    const inner = bboxOf(x);
    if (inner) {
      visit([inner[0], inner[1]]);
      visit([inner[2], inner[3]]);
    }
  });
  return b;
}
