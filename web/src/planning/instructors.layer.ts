import { collection, feature, pointAt, spokeFeatures, type LonLat } from '../map/features.ts';
import {
  hullLayers,
  ifKind,
  LABEL_TEXT,
  mapOverlay,
  partIs,
  ringedDot,
} from '../map/layers/layer-specs.ts';

/**
 * Instructor groups are drawn apart from the joint-branch proposals (orange/teal rings on dashed
 * lines): violet, a dashed hull around each instructor's organizations, dotted spokes to the
 * group's centre, small squares-ish rings for the organizations. A group that needs a new
 * instructor is grey-violet.
 */
export const DEPLOY_COLOR = '#7048e8';
export const DEPLOY_NEW_COLOR = '#868e96';

const color = () => ifKind('new', DEPLOY_NEW_COLOR, DEPLOY_COLOR);

/** Features carry `part`: 'hull' | 'spoke' | 'member' | 'centre', `kind`: 'assign' | 'new', `key`. */
export const DEPLOYMENT_OVERLAY = mapOverlay('planning-deployment', (on) => [
  ...hullLayers(
    on,
    { fill: 'planning-deployment-hulls', line: 'planning-deployment-outlines' },
    color(),
    0.08,
    { 'line-width': 2, 'line-dasharray': [4, 2] },
  ),
  on.line(
    { id: 'planning-deployment-spokes', filter: partIs('spoke') },
    { 'line-color': color(), 'line-width': 1, 'line-dasharray': [1, 2] },
  ),
  on.circle(
    { id: 'planning-deployment-members', filter: partIs('member') },
    ringedDot({ color: color(), radius: 3.5, stroke: '#fff', strokeWidth: 1 }),
  ),
  on.circle(
    { id: 'planning-deployment-centres', filter: partIs('centre') },
    ringedDot({ color: color(), radius: 9, stroke: '#fff', strokeWidth: 2 }),
  ),
  on.symbol(
    { id: 'planning-deployment-labels', filter: partIs('centre') },
    { ...LABEL_TEXT, 'text-offset': [0, 1.4] },
    { 'text-color': color(), 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
  ),
]);

export interface DeploymentShape {
  key: string;
  kind: 'assign' | 'new';
  /** Shown under the centre: the instructor's name (or "new") and the organizations. */
  label: string;
  centre: LonLat;
  organizations: LonLat[];
}

/** Metres the hull keeps around each organization, so it never cuts through a marker. */
export const HULL_PAD_M = 60;

type XY = [number, number];
const cross = (o: XY, a: XY, b: XY) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** Convex hull (Andrew's monotone chain), counter-clockwise, closed. */
export function convexHull(points: XY[]): XY[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return [...p, p[0]!];
  const lower: XY[] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower.at(-2)!, lower.at(-1)!, q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: XY[] = [];
  for (const q of [...p].reverse()) {
    while (upper.length >= 2 && cross(upper.at(-2)!, upper.at(-1)!, q) <= 0) upper.pop();
    upper.push(q);
  }
  const ring = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  return [...ring, ring[0]!];
}

/** The hull of the organizations each padded by an octagon of HULL_PAD_M (a rounded hull). */
export function paddedHull(points: LonLat[]): XY[] {
  const lat0 = points[0]!.lat;
  const dLat = HULL_PAD_M / 111_320;
  const dLon = dLat / Math.cos((lat0 * Math.PI) / 180);
  const padded: XY[] = [];
  for (const p of points) {
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4 + Math.PI / 8;
      padded.push([p.lon + dLon * Math.cos(a), p.lat + dLat * Math.sin(a)]);
    }
  }
  return convexHull(padded);
}

/** GeoJSON of the instructor groups for DEPLOYMENT_OVERLAY. */
export function deploymentFeatures(groups: DeploymentShape[]): GeoJSON.FeatureCollection {
  return collection(
    groups.flatMap((g) => {
      const props = { key: g.key, kind: g.kind };
      const hull = paddedHull([g.centre, ...g.organizations]);
      return [
        feature({ type: 'Polygon', coordinates: [hull] }, { ...props, part: 'hull' }),
        ...spokeFeatures(g.centre, g.organizations, props, 'spoke'),
        pointAt(g.centre.lon, g.centre.lat, { ...props, part: 'centre', label: g.label }),
      ];
    }),
  );
}
