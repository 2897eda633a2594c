import type { LayerSpecification } from 'maplibre-gl';
import { groundCircle } from '../map/circles.ts';

export const SITES_SOURCE = 'planning-sites';
export const SITE_CIRCLES = 'planning-site-circles';
export const SITE_POINTS = 'planning-site-points';
export const SITE_LABELS = 'planning-site-labels';

/** Proposed sites: magenta and dashed, apart from the real centers' green circles. */
export const SITE_COLOR = '#ae3ec9';

/** A proposed site's dashed circle of its radius, its point and its rank with the gain. */
export function siteLayers(): LayerSpecification[] {
  return [
    {
      id: SITE_CIRCLES,
      type: 'line',
      source: SITES_SOURCE,
      filter: ['==', ['get', 'part'], 'circle'],
      paint: { 'line-color': SITE_COLOR, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
    {
      id: SITE_POINTS,
      type: 'circle',
      source: SITES_SOURCE,
      filter: ['==', ['get', 'part'], 'site'],
      paint: {
        'circle-radius': 9,
        'circle-color': 'rgba(255,255,255,0.9)',
        'circle-stroke-color': SITE_COLOR,
        'circle-stroke-width': 3,
      },
    },
    {
      id: SITE_LABELS,
      type: 'symbol',
      source: SITES_SOURCE,
      filter: ['==', ['get', 'part'], 'site'],
      layout: { 'text-field': ['get', 'label'], 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': SITE_COLOR },
    },
  ];
}

export interface SiteShape {
  key: string;
  lon: number;
  lat: number;
  radiusM: number;
  /** What the point says: its rank and the organizations it newly covers. */
  label: string;
}

/** GeoJSON of the proposed sites for SITES_SOURCE: a ground circle and a point each. */
export function siteFeatures(sites: SiteShape[]): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (const s of sites) {
    features.push(groundCircle(s.lon, s.lat, s.radiusM, { key: s.key, part: 'circle' }));
    features.push({
      type: 'Feature',
      properties: { key: s.key, part: 'site', label: s.label },
      geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
    });
  }
  return { type: 'FeatureCollection', features };
}
