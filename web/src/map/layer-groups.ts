import type { LayerSpecification } from 'maplibre-gl';
import type { LayerKey } from '../view/view-state.ts';
import { blankSpotLayers, BLANK_SOURCE } from './layers/blank-spots.layer.ts';
import {
  boundaryLayers,
  DISTRICTS_SOURCE,
  labelLayers,
  SCOPE_SOURCE,
  SUBDISTRICTS_SOURCE,
} from './layers/boundaries.layer.ts';
import { gridsChoroplethLayers, GRIDS_SOURCE } from './layers/grids-choropleth.layer.ts';
import { jointBranchLayers, JOINT_SOURCE } from './layers/joint-branches.layer.ts';
import {
  CENTERS_SOURCE,
  OUTSIDE_SOURCE,
  serviceCenterLayers,
} from './layers/service-centers.layer.ts';
import { workstationLayers, WORKSTATIONS_SOURCE } from './layers/workstations.layer.ts';

export const ALL_SOURCES = [
  GRIDS_SOURCE,
  SUBDISTRICTS_SOURCE,
  DISTRICTS_SOURCE,
  SCOPE_SOURCE,
  CENTERS_SOURCE,
  OUTSIDE_SOURCE,
  JOINT_SOURCE,
  BLANK_SOURCE,
  WORKSTATIONS_SOURCE,
] as const;

/** The layers of each toggle, bottom to top; boundaries always show (key null). */
export function layerGroups(): { key: LayerKey | null; layers: LayerSpecification[] }[] {
  return [
    { key: 'grids', layers: gridsChoroplethLayers() },
    { key: null, layers: boundaryLayers() },
    { key: 'centers', layers: serviceCenterLayers() },
    { key: 'joint', layers: jointBranchLayers() },
    { key: 'blank', layers: blankSpotLayers() },
    { key: 'ws', layers: workstationLayers() },
    { key: null, layers: labelLayers() },
  ];
}
