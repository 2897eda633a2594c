import { groundCircle } from '../map/circles.ts';
import { collection, pointAt } from '../map/features.ts';
import { LABEL_TEXT, mapOverlay, partIs, ringedDot } from '../map/layers/layer-specs.ts';

/** Proposed sites: magenta and dashed, apart from the real centers' green circles. */
export const SITE_COLOR = '#ae3ec9';

/** A proposed site's dashed circle of its radius, its point and its rank with the gain. */
export const SITES_OVERLAY = mapOverlay('planning-sites', (on) => [
  on.line(
    { id: 'planning-site-circles', filter: partIs('circle') },
    { 'line-color': SITE_COLOR, 'line-width': 2, 'line-dasharray': [3, 2] },
  ),
  on.circle(
    { id: 'planning-site-points', filter: partIs('site') },
    ringedDot({ color: 'rgba(255,255,255,0.9)', radius: 9, stroke: SITE_COLOR, strokeWidth: 3 }),
  ),
  on.symbol({ id: 'planning-site-labels', filter: partIs('site') }, LABEL_TEXT, {
    'text-color': SITE_COLOR,
  }),
]);

export interface SiteShape {
  key: string;
  lon: number;
  lat: number;
  radiusM: number;
  /** What the point says: its rank and the organizations it newly covers. */
  label: string;
}

/** GeoJSON of the proposed sites for SITES_OVERLAY: a ground circle and a point each. */
export function siteFeatures(sites: SiteShape[]): GeoJSON.FeatureCollection {
  return collection(
    sites.flatMap((s) => [
      groundCircle(s.lon, s.lat, s.radiusM, { key: s.key, part: 'circle' }),
      pointAt(s.lon, s.lat, { key: s.key, part: 'site', label: s.label }),
    ]),
  );
}
