import type { LayerSpecification } from 'maplibre-gl';
import { it } from 'vitest';
import { expectLayers } from '../map/layers/expect-layers.ts';
import type { MapOverlay } from '../map/layers/layer-specs.ts';
import { DEPLOYMENT_OVERLAY } from './instructors.layer.ts';
import { PROPOSALS_OVERLAY } from './proposals.layer.ts';
import { SITES_OVERLAY } from './sites.layer.ts';

// The planning overlays' layer ids are names the browser tests use.
it.each<{ overlay: MapOverlay; idTypes: Record<string, LayerSpecification['type']> }>([
  {
    overlay: PROPOSALS_OVERLAY,
    idTypes: {
      'planning-proposal-links': 'line',
      'planning-proposal-members': 'circle',
      'planning-proposal-seats': 'circle',
      'planning-proposal-labels': 'symbol',
    },
  },
  {
    overlay: DEPLOYMENT_OVERLAY,
    idTypes: {
      'planning-deployment-hulls': 'fill',
      'planning-deployment-outlines': 'line',
      'planning-deployment-spokes': 'line',
      'planning-deployment-members': 'circle',
      'planning-deployment-centres': 'circle',
      'planning-deployment-labels': 'symbol',
    },
  },
  {
    overlay: SITES_OVERLAY,
    idTypes: {
      'planning-site-circles': 'line',
      'planning-site-points': 'circle',
      'planning-site-labels': 'symbol',
    },
  },
])('$overlay.source draws its layers, in order, from its own source', ({ overlay, idTypes }) => {
  expectLayers(overlay.layers, [overlay.source, idTypes]);
});
