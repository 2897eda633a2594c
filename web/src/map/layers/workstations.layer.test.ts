import { expect, it } from 'vitest';
import { WORKSTATION_ICON } from '../badges.ts';
import {
  WORKSTATIONS_SOURCE,
  WORKSTATIONS_SYMBOL,
  workstationLayers,
} from './workstations.layer.ts';

it('draws buildings with a workstation as their own symbol', () => {
  expect(workstationLayers()).toEqual([
    {
      id: WORKSTATIONS_SYMBOL,
      type: 'symbol',
      source: WORKSTATIONS_SOURCE,
      layout: {
        'icon-image': WORKSTATION_ICON,
        'icon-size': ['interpolate', ['linear'], ['zoom'], 10, 0.7, 16, 1],
        'icon-allow-overlap': true,
      },
    },
  ]);
});
