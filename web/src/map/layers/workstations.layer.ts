import type { LayerSpecification } from 'maplibre-gl';
import { WORKSTATION_ICON } from '../badges.ts';
import { layersOn, zoomed } from './layer-specs.ts';

export const WORKSTATIONS_SOURCE = 'workstations';
export const WORKSTATIONS_SYMBOL = 'workstations-symbol';

/** Buildings with a workstation: a blue square marked 站, distinct from every point layer. */
export function workstationLayers(): LayerSpecification[] {
  return [
    layersOn(WORKSTATIONS_SOURCE).symbol(
      { id: WORKSTATIONS_SYMBOL },
      {
        'icon-image': WORKSTATION_ICON,
        'icon-size': zoomed(10, 0.7, 16, 1),
        'icon-allow-overlap': true,
      },
    ),
  ];
}
