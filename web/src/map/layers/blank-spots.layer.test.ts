import { expect, it } from 'vitest';
import { blankSpotLayers } from './blank-spots.layer.ts';
import { expectLayers } from './expect-layers.ts';
import { COLORS } from './palette.ts';

it('draws cells with count badges at low zoom and red / violet points at high zoom', () => {
  const layers = blankSpotLayers();
  // The ids are names the map's clicks and the browser tests use.
  expectLayers(layers, [
    'blank-spots',
    { 'blank-cells': 'circle', 'blank-cells-count': 'symbol', 'blank-points': 'circle' },
  ]);
  expect(layers[2]).toMatchObject({
    filter: ['==', ['get', 'kind'], 'point'],
    paint: { 'circle-color': ['match', ['get', 'status'], 'GAP', COLORS.gap, COLORS.blankSpot] },
  });
  expect(layers[1]).toMatchObject({
    layout: { 'icon-image': ['concat', 'badge:dark:', ['to-string', ['get', 'count']]] },
  });
});
