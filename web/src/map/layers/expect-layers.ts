import type { LayerSpecification } from 'maplibre-gl';
import { expect } from 'vitest';

/** Which source a layer draws from (the background has none). */
export const sourceOf = (layer: LayerSpecification) => ('source' in layer ? layer.source : null);

/**
 * For the layer tests (*.layer.test.ts): expects `layers` to be, in drawing order, the layers
 * listed per source as `{ id: type }` (one entry a source, in the order they are drawn).
 */
export function expectLayers(
  layers: LayerSpecification[],
  ...drawn: [source: string, idTypes: Record<string, LayerSpecification['type']>][]
) {
  expect(layers.map((l) => [l.id, l.type, sourceOf(l)])).toEqual(
    drawn.flatMap(([source, idTypes]) =>
      Object.entries(idTypes).map(([id, type]) => [id, type, source]),
    ),
  );
}

/** Expects every layer to draw from `source` (a planning overlay: one source, many layers). */
export function expectOneSource(layers: LayerSpecification[], source: string) {
  expect(layers.length).toBeGreaterThan(0);
  for (const layer of layers) expect(sourceOf(layer)).toBe(source);
}
