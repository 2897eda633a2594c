import type { LayerSpecification } from 'maplibre-gl';
import { COLORS } from './palette.ts';

export const SUBDISTRICTS_SOURCE = 'subdistricts';
export const DISTRICTS_SOURCE = 'districts';
export const SUBDISTRICTS_LINE = 'subdistricts-line';
export const DISTRICTS_LINE = 'districts-line';

/** Subdistrict and district outlines over the grids. */
export function boundaryLayers(): LayerSpecification[] {
  return [
    {
      id: SUBDISTRICTS_LINE,
      type: 'line',
      source: SUBDISTRICTS_SOURCE,
      paint: { 'line-color': COLORS.subdistrictLine, 'line-width': 1.6, 'line-dasharray': [3, 2] },
    },
    {
      id: DISTRICTS_LINE,
      type: 'line',
      source: DISTRICTS_SOURCE,
      paint: { 'line-color': COLORS.districtLine, 'line-width': 3 },
    },
  ];
}
