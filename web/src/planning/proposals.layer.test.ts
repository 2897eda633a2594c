import { describe, expect, it } from 'vitest';
import { partCounts } from '../map/layers/expect-layers.ts';
import { proposalFeatures } from './proposals.layer.ts';

describe('proposal layers', () => {
  it('turns a proposal into a link and a ring per member and one seat', () => {
    const seat = { lon: 116.6, lat: 40.1 };
    const fc = proposalFeatures([
      { key: 'new:1', kind: 'new', seat, members: [seat, { lon: 116.601, lat: 40.1 }] },
    ]);
    expect(partCounts(fc)).toEqual({ link: 2, member: 2, seat: 1 });
    expect(fc.features.find((f) => f.properties!.part === 'seat')!.properties!.label).toBe('+2');
  });
});
