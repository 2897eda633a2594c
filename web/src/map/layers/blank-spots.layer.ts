import type { LayerSpecification } from 'maplibre-gl';
import { badgeImage } from '../badges.ts';
import { COLORS } from './palette.ts';

export const BLANK_SOURCE = 'blank-spots';
export const BLANK_CELLS = 'blank-cells';
export const BLANK_CELLS_COUNT = 'blank-cells-count';
export const BLANK_POINTS = 'blank-points';

/**
 * Blank spots (red) and gaps (violet). Features carry `kind`: 'cell' (aggregated at low zoom,
 * with `count`, `blankSpots`, `gaps`) or 'point' (one organization with `status`).
 */
export function blankSpotLayers(): LayerSpecification[] {
  return [
    {
      id: BLANK_CELLS,
      type: 'circle',
      source: BLANK_SOURCE,
      filter: ['==', ['get', 'kind'], 'cell'],
      paint: {
        'circle-color': [
          'case',
          ['>=', ['get', 'blankSpots'], ['get', 'gaps']],
          COLORS.blankSpot,
          COLORS.gap,
        ],
        'circle-opacity': 0.55,
        'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 7, 30, 26],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: BLANK_CELLS_COUNT,
      type: 'symbol',
      source: BLANK_SOURCE,
      filter: ['==', ['get', 'kind'], 'cell'],
      layout: {
        'icon-image': badgeImage(['get', 'count'], 'dark'),
        // Badges that would collide are left out (the circles stay): a district is readable.
        'icon-allow-overlap': false,
        'icon-padding': 1,
      },
    },
    {
      id: BLANK_POINTS,
      type: 'circle',
      source: BLANK_SOURCE,
      filter: ['==', ['get', 'kind'], 'point'],
      paint: {
        'circle-color': ['match', ['get', 'status'], 'GAP', COLORS.gap, COLORS.blankSpot],
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 4, 18, 8],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
  ];
}
