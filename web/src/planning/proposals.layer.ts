import { collection, pointAt, spokeFeatures, type LonLat } from '../map/features.ts';
import { ifKind, LABEL_TEXT, mapOverlay, partIs, ringedDot } from '../map/layers/layer-specs.ts';

/** Proposals are drawn apart from the real layers: orange, dashed, hollow (a plan, not a fact). */
export const PROPOSAL_COLOR = '#e8590c';
export const ATTACH_COLOR = '#0b7285';

const color = () => ifKind('attach', ATTACH_COLOR, PROPOSAL_COLOR);

/**
 * Proposed joint branches and attachments: dashed lines from each member to its (proposed or
 * existing) seat, hollow member rings, the seat as a larger ring with the unit count. Features
 * carry `part`: 'link' | 'member' | 'seat', `kind`: 'new' | 'attach' and `key`.
 */
export const PROPOSALS_OVERLAY = mapOverlay('planning-proposals', (on) => [
  on.line(
    { id: 'planning-proposal-links', filter: partIs('link') },
    { 'line-color': color(), 'line-width': 1.5, 'line-dasharray': [2, 2] },
  ),
  on.circle(
    { id: 'planning-proposal-members', filter: partIs('member') },
    ringedDot({ color: 'rgba(255,255,255,0.6)', radius: 4, stroke: color(), strokeWidth: 2 }),
  ),
  on.circle(
    { id: 'planning-proposal-seats', filter: partIs('seat') },
    ringedDot({ color: 'rgba(255,255,255,0.85)', radius: 10, stroke: color(), strokeWidth: 3 }),
  ),
  on.symbol({ id: 'planning-proposal-labels', filter: partIs('seat') }, LABEL_TEXT, {
    'text-color': color(),
  }),
]);

export interface ProposalShape {
  key: string;
  kind: 'new' | 'attach';
  seat: LonLat;
  members: LonLat[];
}

/** GeoJSON of the proposals for PROPOSALS_OVERLAY. */
export function proposalFeatures(proposals: ProposalShape[]): GeoJSON.FeatureCollection {
  return collection(
    proposals.flatMap((p) => {
      const props = { key: p.key, kind: p.kind };
      const label = `+${p.members.length}`;
      return [
        ...spokeFeatures(p.seat, p.members, props),
        pointAt(p.seat.lon, p.seat.lat, { ...props, part: 'seat', label }),
      ];
    }),
  );
}
