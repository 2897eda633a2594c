import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { badgeImage } from '../badges.ts';
import { cellCircle, layersOn, partIs, ringedDot, where, zoomed } from './layer-specs.ts';
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
  const centers = layersOn(CENTERS_SOURCE);
  const outside = layersOn(OUTSIDE_SOURCE);
  return [
    centers.fill(
      { id: CENTERS_CIRCLE_FILL, filter: partIs('circle') },
      { 'fill-color': levelColor, 'fill-opacity': 0.14 },
    ),
    centers.line(
      { id: CENTERS_CIRCLE_LINE, filter: partIs('circle') },
      {
        'line-color': levelColor,
        'line-width': ['match', ['get', 'level'], 'DISTRICT', 3, 'TOWN', 2.5, 2],
      },
    ),
    centers.circle(
      { id: CENTERS_POINT, filter: partIs('center') },
      ringedDot({ color: levelColor, radius: 6, stroke: '#ffffff', strokeWidth: 2 }),
    ),
    outside.circle(
      { id: OUTSIDE_CELLS, filter: where('kind', 'cell') },
      cellCircle(COLORS.outside, 0.55, 'count', [1, 7, 30, 26]),
    ),
    // The same count badge as the blank spots' cells (one badge style, in the legend).
    outside.symbol(
      { id: OUTSIDE_CELLS_COUNT, filter: where('kind', 'cell') },
      {
        'icon-image': badgeImage(['get', 'count'], 'dark'),
        // Every count is drawn, even where badges touch (issue 15: colliding badges were
        // dropped, so the counts on screen added up to less than the organizations outside);
        // the larger count on top.
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': ['-', 0, ['get', 'count']],
      },
    ),
    outside.circle(
      { id: OUTSIDE_POINTS, filter: where('kind', 'point') },
      ringedDot({
        color: 'rgba(0,0,0,0)',
        radius: zoomed(12, 6, 18, 11),
        stroke: COLORS.outside,
        strokeWidth: 2,
      }),
    ),
  ];
}
