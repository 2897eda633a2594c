import { expect, it } from 'vitest';
import { OUTSIDE_CELLS_COUNT, serviceCenterLayers } from './service-centers.layer.ts';
import { expectLayers } from './expect-layers.ts';

it('draws circles by level, the centers, and what lies outside every circle, counted', () => {
  const layers = serviceCenterLayers();
  // The ids are names the map's clicks, its layer switches and the browser tests use.
  expectLayers(
    layers,
    [
      'service-centers',
      { 'centers-circle-fill': 'fill', 'centers-circle-line': 'line', 'centers-point': 'circle' },
    ],
    [
      'outside-centers',
      { 'outside-cells': 'circle', 'outside-cells-count': 'symbol', 'outside-points': 'circle' },
    ],
  );
  expect(JSON.stringify(layers[0])).toContain('"match",["get","level"],"DISTRICT"');
  // No count is dropped in a collision: every outside-circle badge is drawn.
  const badge = layers.find((l) => l.id === OUTSIDE_CELLS_COUNT)!;
  expect(badge.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': true });
});
