import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { layersOn, where } from './layer-specs.ts';
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
  const on = layersOn(GRIDS_SOURCE);
  return [
    on.fill({ id: GRIDS_FILL }, { 'fill-color': rateColor(), 'fill-opacity': 0.72 }),
    on.line({ id: GRIDS_LINE }, { 'line-color': COLORS.gridLine, 'line-width': 0.8 }),
    on.line(
      { id: GRIDS_HOVER, filter: where('id', hoveredId ?? '') },
      { 'line-color': COLORS.highlight, 'line-width': 2 },
    ),
    on.line(
      { id: GRIDS_SELECTED, filter: where('id', selectedId ?? '') },
      { 'line-color': COLORS.highlight, 'line-width': 3.5 },
    ),
  ];
}
