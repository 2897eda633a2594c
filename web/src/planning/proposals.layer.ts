import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const PROPOSALS_SOURCE = 'planning-proposals';
export const PROPOSAL_LINKS = 'planning-proposal-links';
export const PROPOSAL_MEMBERS = 'planning-proposal-members';
export const PROPOSAL_SEATS = 'planning-proposal-seats';
export const PROPOSAL_LABELS = 'planning-proposal-labels';

/** Proposals are drawn apart from the real layers: orange, dashed, hollow (a plan, not a fact). */
export const PROPOSAL_COLOR = '#e8590c';
export const ATTACH_COLOR = '#0b7285';

const color = (): ExpressionSpecification => [
  'case',
  ['==', ['get', 'kind'], 'attach'],
  ATTACH_COLOR,
  PROPOSAL_COLOR,
];

/**
 * Proposed joint branches and attachments: dashed lines from each member to its (proposed or
 * existing) seat, hollow member rings, the seat as a larger ring with the unit count. Features
 * carry `part`: 'link' | 'member' | 'seat', `kind`: 'new' | 'attach' and `key`.
 */
export function proposalLayers(): LayerSpecification[] {
  return [
    {
      id: PROPOSAL_LINKS,
      type: 'line',
      source: PROPOSALS_SOURCE,
      filter: ['==', ['get', 'part'], 'link'],
      paint: { 'line-color': color(), 'line-width': 1.5, 'line-dasharray': [2, 2] },
    },
    {
      id: PROPOSAL_MEMBERS,
      type: 'circle',
      source: PROPOSALS_SOURCE,
      filter: ['==', ['get', 'part'], 'member'],
      paint: {
        'circle-radius': 4,
        'circle-color': 'rgba(255,255,255,0.6)',
        'circle-stroke-color': color(),
        'circle-stroke-width': 2,
      },
    },
    {
      id: PROPOSAL_SEATS,
      type: 'circle',
      source: PROPOSALS_SOURCE,
      filter: ['==', ['get', 'part'], 'seat'],
      paint: {
        'circle-radius': 10,
        'circle-color': 'rgba(255,255,255,0.85)',
        'circle-stroke-color': color(),
        'circle-stroke-width': 3,
      },
    },
    {
      id: PROPOSAL_LABELS,
      type: 'symbol',
      source: PROPOSALS_SOURCE,
      filter: ['==', ['get', 'part'], 'seat'],
      layout: { 'text-field': ['get', 'label'], 'text-size': 11, 'text-allow-overlap': true },
      paint: { 'text-color': color() },
    },
  ];
}

interface Pt {
  lon: number;
  lat: number;
}
export interface ProposalShape {
  key: string;
  kind: 'new' | 'attach';
  seat: Pt;
  members: Pt[];
}

/** GeoJSON of the proposals for PROPOSALS_SOURCE. */
export function proposalFeatures(proposals: ProposalShape[]): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  const at = (p: Pt): [number, number] => [p.lon, p.lat];
  for (const p of proposals) {
    const props = { key: p.key, kind: p.kind };
    for (const m of p.members) {
      features.push({
        type: 'Feature',
        properties: { ...props, part: 'link' },
        geometry: { type: 'LineString', coordinates: [at(m), at(p.seat)] },
      });
      features.push({
        type: 'Feature',
        properties: { ...props, part: 'member' },
        geometry: { type: 'Point', coordinates: at(m) },
      });
    }
    features.push({
      type: 'Feature',
      properties: { ...props, part: 'seat', label: `+${p.members.length}` },
      geometry: { type: 'Point', coordinates: at(p.seat) },
    });
  }
  return { type: 'FeatureCollection', features };
}
