import { describe, expect, it } from 'vitest';
import { expectOneSource } from '../map/layers/expect-layers.ts';
import { PROPOSALS_SOURCE, proposalFeatures, proposalLayers } from './proposals.layer.ts';

describe('proposal layers', () => {
  it('draws links, members and seats from one source', () => {
    const layers = proposalLayers();
    // The ids are names the browser tests use.
    expect(layers.map((l) => l.id)).toEqual(
      expect.arrayContaining([
        'planning-proposal-links',
        'planning-proposal-members',
        'planning-proposal-seats',
      ]),
    );
    expectOneSource(layers, PROPOSALS_SOURCE);
  });

  it('turns a proposal into a link and a ring per member and one seat', () => {
    const fc = proposalFeatures([
      {
        key: 'new:1',
        kind: 'new',
        seat: { lon: 116.6, lat: 40.1 },
        members: [
          { lon: 116.6, lat: 40.1 },
          { lon: 116.601, lat: 40.1 },
        ],
      },
    ]);
    const parts = fc.features.map((f) => f.properties!.part);
    expect(parts.filter((p) => p === 'link')).toHaveLength(2);
    expect(parts.filter((p) => p === 'member')).toHaveLength(2);
    expect(fc.features.find((f) => f.properties!.part === 'seat')!.properties!.label).toBe('+2');
  });
});
