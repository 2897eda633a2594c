import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { badgeImage } from '../badges.ts';
import { COLORS, LEVEL_COLORS } from './palette.ts';

export const CENTERS_SOURCE = 'service-centers';
export const OUTSIDE_SOURCE = 'outside-centers';
export const CENTERS_CIRCLE_FILL = 'centers-circle-fill';
export const CENTERS_CIRCLE_LINE = 'centers-circle-line';
export const CENTERS_POINT = 'centers-point';
export const OUTSIDE_CELLS = 'outside-cells';
export const OUTSIDE_POINTS = 'outside-points';
export const OUTSIDE_CELLS_COUNT = 'outside-cells-count';

const levelColor = [
  'match',
  ['get', 'level'],
  ...Object.entries(LEVEL_COLORS).flat(),
  LEVEL_COLORS.COMMUNITY,
] as unknown as ExpressionSpecification;

/**
 * Service-center circles (polygons of true ground radius, see circles.ts) by level, the centers,
 * and the organizations outside every circle (cells at low zoom, points at high zoom).
 */
export function serviceCenterLayers(): LayerSpecification[] {
  return [
    {
      id: CENTERS_CIRCLE_FILL,
      type: 'fill',
      source: CENTERS_SOURCE,
      filter: ['==', ['get', 'part'], 'circle'],
      paint: { 'fill-color': levelColor, 'fill-opacity': 0.14 },
    },
    {
      id: CENTERS_CIRCLE_LINE,
      type: 'line',
      source: CENTERS_SOURCE,
      filter: ['==', ['get', 'part'], 'circle'],
      paint: {
        'line-color': levelColor,
        'line-width': ['match', ['get', 'level'], 'DISTRICT', 3, 'TOWN', 2.5, 2],
      },
    },
    {
      id: CENTERS_POINT,
      type: 'circle',
      source: CENTERS_SOURCE,
      filter: ['==', ['get', 'part'], 'center'],
      paint: {
        'circle-color': levelColor,
        'circle-radius': 6,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: OUTSIDE_CELLS,
      type: 'circle',
      source: OUTSIDE_SOURCE,
      filter: ['==', ['get', 'kind'], 'cell'],
      paint: {
        'circle-color': COLORS.outside,
        'circle-opacity': 0.55,
        'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'count']], 1, 7, 30, 26],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      // The same count badge as the blank spots' cells (one badge style, in the legend).
      id: OUTSIDE_CELLS_COUNT,
      type: 'symbol',
      source: OUTSIDE_SOURCE,
      filter: ['==', ['get', 'kind'], 'cell'],
      layout: {
        'icon-image': badgeImage(['get', 'count'], 'dark'),
        // Every count is drawn, even where badges touch (issue 15: colliding badges were
        // dropped, so the counts on screen added up to less than the organizations outside);
        // the larger count on top.
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': ['-', 0, ['get', 'count']],
      },
    },
    {
      id: OUTSIDE_POINTS,
      type: 'circle',
      source: OUTSIDE_SOURCE,
      filter: ['==', ['get', 'kind'], 'point'],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 12, 6, 18, 11],
        'circle-stroke-color': COLORS.outside,
        'circle-stroke-width': 2,
      },
    },
  ];
}
