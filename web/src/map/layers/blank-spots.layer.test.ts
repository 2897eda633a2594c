import { expect, it } from 'vitest';
import {
  BLANK_CELLS,
  BLANK_CELLS_COUNT,
  BLANK_POINTS,
  BLANK_SOURCE,
  blankSpotLayers,
} from './blank-spots.layer.ts';
import { expectLayers } from './expect-layers.ts';
import { COLORS } from './palette.ts';

it('draws cells with count badges at low zoom and red / violet points at high zoom', () => {
  const layers = blankSpotLayers();
  expectLayers(layers, [
    BLANK_SOURCE,
    { [BLANK_CELLS]: 'circle', [BLANK_CELLS_COUNT]: 'symbol', [BLANK_POINTS]: 'circle' },
  ]);
  expect(layers[2]).toMatchObject({
    filter: ['==', ['get', 'kind'], 'point'],
    paint: { 'circle-color': ['match', ['get', 'status'], 'GAP', COLORS.gap, COLORS.blankSpot] },
  });
  expect(layers[1]).toMatchObject({
    layout: { 'icon-image': ['concat', 'badge:dark:', ['to-string', ['get', 'count']]] },
  });
});
