import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  FilterSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';

/**
 * The pieces every map layer is made of, once: the layer files (map/layers, planning/*.layer.ts)
 * say only what their layers draw. `layersOn(SOURCE).circle({ id, filter }, paint)` is a circle
 * layer of that source; the paints below are the looks more than one layer shares.
 */

/** A layer's id and which of its source's features it draws (filter), at which zooms. */
export interface LayerPlace {
  id: string;
  filter?: FilterSpecification;
  minzoom?: number;
  maxzoom?: number;
}

/** The features whose property `key` is `value`. */
export const where = (key: string, value: string | number): ExpressionSpecification => [
  '==',
  ['get', key],
  value,
];
/** The features that are the given `part` of a drawing (hull, link, member, seat, …). */
export const partIs = (part: string) => where('part', part);

type Paint<L extends { paint?: unknown }> = NonNullable<L['paint']>;

/** `then` where `condition` holds, `otherwise` elsewhere (a colour, a badge, …). */
export const when = (
  condition: ExpressionSpecification,
  then: ExpressionSpecification | string,
  otherwise: ExpressionSpecification | string,
): ExpressionSpecification => ['case', condition, then, otherwise];

/** `then` for the features of `kind`, `otherwise` for the others (a planning overlay's colours). */
export const ifKind = (kind: string, then: string, otherwise: string) =>
  when(where('kind', kind), then, otherwise);

/** Layers of each type drawn from one source. */
export function layersOn(source: string) {
  return {
    fill: (place: LayerPlace, paint: Paint<FillLayerSpecification>): FillLayerSpecification => ({
      ...place,
      type: 'fill',
      source,
      paint,
    }),
    line: (place: LayerPlace, paint: Paint<LineLayerSpecification>): LineLayerSpecification => ({
      ...place,
      type: 'line',
      source,
      paint,
    }),
    circle: (
      place: LayerPlace,
      paint: Paint<CircleLayerSpecification>,
    ): CircleLayerSpecification => ({ ...place, type: 'circle', source, paint }),
    symbol: (
      place: LayerPlace,
      layout: NonNullable<SymbolLayerSpecification['layout']>,
      paint?: Paint<SymbolLayerSpecification>,
    ): SymbolLayerSpecification => ({
      ...place,
      type: 'symbol',
      source,
      layout,
      ...(paint && { paint }),
    }),
  };
}

/** A GeoJSON overlay a component draws on the map (useMapOverlay): its source and its layers. */
export interface MapOverlay {
  source: string;
  layers: readonly LayerSpecification[];
}

/** The overlay of `source`, drawn by the layers `draw` makes on it; made once, a module constant. */
export const mapOverlay = (
  source: string,
  draw: (on: ReturnType<typeof layersOn>) => LayerSpecification[],
): MapOverlay => ({ source, layers: draw(layersOn(source)) });

type Color = DataDrivenPropertyValueSpecification<string>;
type Size = DataDrivenPropertyValueSpecification<number>;

/** A dot of `color` in a ring of `stroke` (see-through by `opacity` where given). */
export function ringedDot(dot: {
  color: Color;
  radius: Size;
  stroke: Color;
  strokeWidth: number;
  opacity?: number;
}): Paint<CircleLayerSpecification> {
  return {
    'circle-color': dot.color,
    ...(dot.opacity != null && { 'circle-opacity': dot.opacity }),
    'circle-radius': dot.radius,
    'circle-stroke-color': dot.stroke,
    'circle-stroke-width': dot.strokeWidth,
  };
}

/** A value that moves linearly with the zoom between stops: zoomed(12, 4, 18, 8). */
export const zoomed = (...stops: number[]) =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;

/**
 * A cell of features aggregated at low zoom: a white-ringed circle whose radius grows with the
 * square root of the feature's `key` (a count), from `small` px at `fewest` to `large` at `most`.
 */
export function cellCircle(
  color: Color,
  opacity: number,
  key: string,
  stops: [fewest: number, small: number, most: number, large: number],
): Paint<CircleLayerSpecification> {
  const radius = ['interpolate', ['linear'], ['sqrt', ['get', key]], ...stops];
  return ringedDot({
    color,
    opacity,
    radius: radius as ExpressionSpecification,
    stroke: '#ffffff',
    strokeWidth: 1.5,
  });
}

/**
 * An image badge (badges.ts) on a point. Badges that would collide are left out (the circles
 * stay), so a district is readable; `padding` keeps them apart.
 */
export const badgeLayout = (
  image: ExpressionSpecification,
  padding = 1,
): NonNullable<SymbolLayerSpecification['layout']> => ({
  'icon-image': image,
  'icon-allow-overlap': false,
  'icon-padding': padding,
});

/** A feature's `label` as text, always drawn (the planning overlays: few features, all wanted). */
export const LABEL_TEXT = {
  'text-field': ['get', 'label'],
  'text-size': 11,
  'text-allow-overlap': true,
} satisfies SymbolLayerSpecification['layout'];

/**
 * A hull around a group's features (those of `part` 'hull'): a faint fill of `color` and an
 * outline of it (dashed, wide: as `outline` says).
 */
export function hullLayers(
  on: ReturnType<typeof layersOn>,
  ids: { fill: string; line: string },
  color: ExpressionSpecification,
  fillOpacity: number,
  outline: Omit<Paint<LineLayerSpecification>, 'line-color'>,
) {
  return [
    on.fill(
      { id: ids.fill, filter: partIs('hull') },
      { 'fill-color': color, 'fill-opacity': fillOpacity },
    ),
    on.line({ id: ids.line, filter: partIs('hull') }, { 'line-color': color, ...outline }),
  ];
}
