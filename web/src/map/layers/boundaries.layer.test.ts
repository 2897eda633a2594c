import { expect, it } from 'vitest';
import {
  boundaryLayers,
  DISTRICTS_LINE,
  DISTRICTS_SOURCE,
  GRID_LABEL_ZOOM,
  GRIDS_LABEL,
  labelLayers,
  SCOPE_CASING,
  SCOPE_LINE,
  SCOPE_SOURCE,
  SUBDISTRICTS_LABEL,
  SUBDISTRICTS_LINE,
  SUBDISTRICTS_SOURCE,
} from './boundaries.layer.ts';
import { expectLayers } from './expect-layers.ts';
import { GRIDS_SOURCE } from './grids-choropleth.layer.ts';

it('outlines subdistricts (dashed), districts (bold) and the chosen scope', () => {
  expectLayers(
    boundaryLayers(),
    [SUBDISTRICTS_SOURCE, { [SUBDISTRICTS_LINE]: 'line' }],
    [DISTRICTS_SOURCE, { [DISTRICTS_LINE]: 'line' }],
    [SCOPE_SOURCE, { [SCOPE_CASING]: 'line', [SCOPE_LINE]: 'line' }],
  );
});

it('names subdistricts below the grid-label zoom and grids from it', () => {
  const [sub, grid] = labelLayers();
  expect(sub).toMatchObject({ id: SUBDISTRICTS_LABEL, source: SUBDISTRICTS_SOURCE });
  expect(sub).toMatchObject({ maxzoom: GRID_LABEL_ZOOM });
  expect(grid).toMatchObject({ id: GRIDS_LABEL, source: GRIDS_SOURCE, minzoom: GRID_LABEL_ZOOM });
  expect(JSON.stringify(grid)).toContain('"label:g:"');
});
