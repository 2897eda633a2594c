import type { LayerSpecification } from 'maplibre-gl';
import { labelImage } from '../badges.ts';
import { GRIDS_SOURCE } from './grids-choropleth.layer.ts';
import { badgeLayout, layersOn } from './layer-specs.ts';
import { COLORS } from './palette.ts';

export const SUBDISTRICTS_SOURCE = 'subdistricts';
export const DISTRICTS_SOURCE = 'districts';
export const SUBDISTRICTS_LINE = 'subdistricts-line';
export const DISTRICTS_LINE = 'districts-line';
export const SCOPE_SOURCE = 'scope';
export const SCOPE_CASING = 'scope-casing';
export const SCOPE_LINE = 'scope-line';
export const SUBDISTRICTS_LABEL = 'subdistricts-label';
export const GRIDS_LABEL = 'grids-label';

/**
 * Below this zoom subdistricts are named, from it grids (a subdistrict fits the screen at about
 * 12; its grids are then 60-150 px wide, enough for a short name, and names that would collide
 * are left out).
 */
export const GRID_LABEL_ZOOM = 12;

/** Subdistrict and district outlines over the grids. */
export function boundaryLayers(): LayerSpecification[] {
  return [
    layersOn(SUBDISTRICTS_SOURCE).line(
      { id: SUBDISTRICTS_LINE },
      { 'line-color': COLORS.subdistrictLine, 'line-width': 1.6, 'line-dasharray': [3, 2] },
    ),
    layersOn(DISTRICTS_SOURCE).line(
      { id: DISTRICTS_LINE },
      { 'line-color': COLORS.districtLine, 'line-width': 3 },
    ),
    layersOn(SCOPE_SOURCE).line(
      { id: SCOPE_CASING },
      { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.9 },
    ),
    layersOn(SCOPE_SOURCE).line(
      { id: SCOPE_LINE },
      { 'line-color': COLORS.scope, 'line-width': 3.5 },
    ),
  ];
}

/** Names of subdistricts (low zoom) and grids (from GRID_LABEL_ZOOM), on top of every layer. */
export function labelLayers(): LayerSpecification[] {
  return [
    layersOn(SUBDISTRICTS_SOURCE).symbol(
      { id: SUBDISTRICTS_LABEL, maxzoom: GRID_LABEL_ZOOM },
      badgeLayout(labelImage(['get', 'name'], 's'), 2),
    ),
    layersOn(GRIDS_SOURCE).symbol(
      { id: GRIDS_LABEL, minzoom: GRID_LABEL_ZOOM },
      badgeLayout(labelImage(['get', 'name'], 'g'), 2),
    ),
  ];
}
