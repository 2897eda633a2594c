import { expect, it } from 'vitest';
import { jointBranchLayers } from './joint-branches.layer.ts';
import { expectLayers } from './expect-layers.ts';

it('draws hull, links to the seat, members, the seat and a member-count badge', () => {
  const layers = jointBranchLayers();
  // The ids are names the map's clicks and the browser tests use.
  expectLayers(layers, [
    'joint-branches',
    {
      'joint-hull-fill': 'fill',
      'joint-hull-line': 'line',
      'joint-links': 'line',
      'joint-members': 'circle',
      'joint-seats': 'circle',
      'joint-badges': 'symbol',
      'joint-cells': 'circle',
      'joint-cell-badges': 'symbol',
    },
  ]);
  // Each draws one part of the features.
  const parts = ['hull', 'hull', 'link', 'member', 'seat', 'seat', 'cell', 'cell'];
  expect(layers.map((l) => 'filter' in l && l.filter)).toEqual(
    parts.map((part) => ['==', ['get', 'part'], part]),
  );
  // Over the limit: the alert badge.
  expect(JSON.stringify(layers[5])).toContain('badge:alert:');
  // Zoomed out: a cell's badge counts its branches, red when one is over the limit.
  const cellBadge = JSON.stringify(layers[7]);
  expect(cellBadge).toContain('"branches"');
  expect(cellBadge).toContain('badge:alert:');
});
