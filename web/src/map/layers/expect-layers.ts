import type { LayerSpecification } from 'maplibre-gl';
import { expect } from 'vitest';

/** Which source a layer draws from (the background has none). */
export const sourceOf = (layer: LayerSpecification) => ('source' in layer ? layer.source : null);

/**
 * For the layer tests (*.layer.test.ts): expects `layers` to be, in drawing order, the layers
 * listed per source as `{ id: type }` (one entry a source, in the order they are drawn).
 */
export function expectLayers(
  layers: readonly LayerSpecification[],
  ...drawn: [source: string, idTypes: Record<string, LayerSpecification['type']>][]
) {
  expect(layers.map((l) => [l.id, l.type, sourceOf(l)])).toEqual(
    drawn.flatMap(([source, idTypes]) =>
      Object.entries(idTypes).map(([id, type]) => [id, type, source]),
    ),
  );
}

/** How many features of each `part` a drawing has (a planning overlay's GeoJSON). */
export function partCounts(drawing: GeoJSON.FeatureCollection): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of drawing.features) {
    const part = String(f.properties!.part);
    counts[part] = (counts[part] ?? 0) + 1;
  }
  return counts;
}
