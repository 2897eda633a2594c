import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { COLORS, RATE_CLASSES } from './palette.ts';

export const GRIDS_SOURCE = 'grids';
export const GRIDS_FILL = 'grids-fill';
export const GRIDS_LINE = 'grids-line';
export const GRIDS_HOVER = 'grids-hover';
export const GRIDS_SELECTED = 'grids-selected';

/**
 * Fill by `rate` (null: no organizations) in the given classes (RATE_CLASSES, or classes fitted
 * to the rates on the map: rate-scale.ts).
 */
export function rateColor(
  classes: readonly { min: number; color: string }[] = RATE_CLASSES,
): ExpressionSpecification {
  const stops = classes.slice(1).flatMap((c) => [c.min, c.color]);
  return [
    'case',
    ['==', ['typeof', ['get', 'rate']], 'number'],
    stops.length
      ? ['step', ['get', 'rate'], classes[0]!.color, ...stops]
      : (classes[0]?.color ?? COLORS.noOrgs),
    COLORS.noOrgs,
  ] as ExpressionSpecification;
}

/** The choropleth of grids by organizational coverage rate, with hover and selection outlines. */
export function gridsChoroplethLayers(
  hoveredId: string | null = null,
  selectedId: string | null = null,
): LayerSpecification[] {
  return [
    {
      id: GRIDS_FILL,
      type: 'fill',
      source: GRIDS_SOURCE,
      paint: { 'fill-color': rateColor(), 'fill-opacity': 0.72 },
    },
    {
      id: GRIDS_LINE,
      type: 'line',
      source: GRIDS_SOURCE,
      paint: { 'line-color': COLORS.gridLine, 'line-width': 0.8 },
    },
    {
      id: GRIDS_HOVER,
      type: 'line',
      source: GRIDS_SOURCE,
      filter: ['==', ['get', 'id'], hoveredId ?? ''],
      paint: { 'line-color': COLORS.highlight, 'line-width': 2 },
    },
    {
      id: GRIDS_SELECTED,
      type: 'line',
      source: GRIDS_SOURCE,
      filter: ['==', ['get', 'id'], selectedId ?? ''],
      paint: { 'line-color': COLORS.highlight, 'line-width': 3.5 },
    },
  ];
}
