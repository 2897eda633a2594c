import { describe, expect, it } from 'vitest';
import { gridsChoroplethLayers, rateColor } from './grids-choropleth.layer.ts';
import { expectLayers } from './expect-layers.ts';
import { COLORS, RATE_CLASSES } from './palette.ts';

describe('grids choropleth layer', () => {
  it('is a fill by rate class, an outline, and hover and selection outlines', () => {
    const layers = gridsChoroplethLayers('Grid:2', 'Grid:3');
    // The ids are names the map's clicks and the browser tests use.
    expectLayers(layers, [
      'grids',
      {
        'grids-fill': 'fill',
        'grids-line': 'line',
        'grids-hover': 'line',
        'grids-selected': 'line',
      },
    ]);
    expect(layers[2]).toMatchObject({ filter: ['==', ['get', 'id'], 'Grid:2'] });
    expect(layers[3]).toMatchObject({ filter: ['==', ['get', 'id'], 'Grid:3'] });
    expect(gridsChoroplethLayers()).toEqual(gridsChoroplethLayers(null, null));
  });

  it('colours by the legend classes and greys grids without organizations', () => {
    expect(rateColor()).toEqual([
      'case',
      ['==', ['typeof', ['get', 'rate']], 'number'],
      [
        'step',
        ['get', 'rate'],
        RATE_CLASSES[0].color,
        0.3,
        RATE_CLASSES[1].color,
        0.5,
        RATE_CLASSES[2].color,
        0.7,
        RATE_CLASSES[3].color,
        0.9,
        RATE_CLASSES[4].color,
      ],
      COLORS.noOrgs,
    ]);
  });
});
