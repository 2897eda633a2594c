import { expect, it } from 'vitest';
import {
  CENTERS_CIRCLE_FILL,
  CENTERS_CIRCLE_LINE,
  CENTERS_POINT,
  CENTERS_SOURCE,
  OUTSIDE_CELLS,
  OUTSIDE_CELLS_COUNT,
  OUTSIDE_POINTS,
  OUTSIDE_SOURCE,
  serviceCenterLayers,
} from './service-centers.layer.ts';
import { expectLayers } from './expect-layers.ts';

it('draws circles by level, the centers, and what lies outside every circle, counted', () => {
  const layers = serviceCenterLayers();
  expectLayers(
    layers,
    [
      CENTERS_SOURCE,
      { [CENTERS_CIRCLE_FILL]: 'fill', [CENTERS_CIRCLE_LINE]: 'line', [CENTERS_POINT]: 'circle' },
    ],
    [
      OUTSIDE_SOURCE,
      { [OUTSIDE_CELLS]: 'circle', [OUTSIDE_CELLS_COUNT]: 'symbol', [OUTSIDE_POINTS]: 'circle' },
    ],
  );
  expect(JSON.stringify(layers[0])).toContain('"match",["get","level"],"DISTRICT"');
  // No count is dropped in a collision: every outside-circle badge is drawn.
  const badge = layers.find((l) => l.id === OUTSIDE_CELLS_COUNT)!;
  expect(badge.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-ignore-placement': true });
});
