import type { LayerSpecification } from 'maplibre-gl';
import { WORKSTATION_ICON } from '../badges.ts';

export const WORKSTATIONS_SOURCE = 'workstations';
export const WORKSTATIONS_SYMBOL = 'workstations-symbol';

/** Buildings with a workstation: a blue square marked 站, distinct from every point layer. */
export function workstationLayers(): LayerSpecification[] {
  return [
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
  ];
}
