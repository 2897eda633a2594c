import { expect, it } from 'vitest';
import {
  boundaryLayers,
  DISTRICTS_LINE,
  DISTRICTS_SOURCE,
  SUBDISTRICTS_LINE,
  SUBDISTRICTS_SOURCE,
} from './boundaries.layer.ts';

it('outlines subdistricts (dashed) and districts (bold)', () => {
  const layers = boundaryLayers();
  expect(layers.map((l) => [l.id, l.type, 'source' in l && l.source])).toEqual([
    [SUBDISTRICTS_LINE, 'line', SUBDISTRICTS_SOURCE],
    [DISTRICTS_LINE, 'line', DISTRICTS_SOURCE],
  ]);
});
