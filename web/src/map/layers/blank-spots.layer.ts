import type { LayerSpecification } from 'maplibre-gl';
import { badgeImage } from '../badges.ts';
import { badgeLayout, cellCircle, layersOn, ringedDot, where, zoomed } from './layer-specs.ts';
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
  const on = layersOn(BLANK_SOURCE);
  return [
    on.circle(
      { id: BLANK_CELLS, filter: where('kind', 'cell') },
      cellCircle(
        ['case', ['>=', ['get', 'blankSpots'], ['get', 'gaps']], COLORS.blankSpot, COLORS.gap],
        0.55,
        'count',
        [1, 7, 30, 26],
      ),
    ),
    on.symbol(
      { id: BLANK_CELLS_COUNT, filter: where('kind', 'cell') },
      badgeLayout(badgeImage(['get', 'count'], 'dark')),
    ),
    on.circle(
      { id: BLANK_POINTS, filter: where('kind', 'point') },
      ringedDot({
        color: ['match', ['get', 'status'], 'GAP', COLORS.gap, COLORS.blankSpot],
        radius: zoomed(12, 4, 18, 8),
        stroke: '#ffffff',
        strokeWidth: 1.5,
      }),
    ),
  ];
}
