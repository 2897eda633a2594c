import { expect, it } from 'vitest';
import {
  JOINT_BADGES,
  JOINT_CELL_BADGES,
  JOINT_CELLS,
  JOINT_HULL_FILL,
  JOINT_HULL_LINE,
  JOINT_LINKS,
  JOINT_MEMBERS,
  JOINT_SEATS,
  JOINT_SOURCE,
  jointBranchLayers,
} from './joint-branches.layer.ts';
import { expectLayers } from './expect-layers.ts';

it('draws hull, links to the seat, members, the seat and a member-count badge', () => {
  const layers = jointBranchLayers();
  expectLayers(layers, [
    JOINT_SOURCE,
    {
      [JOINT_HULL_FILL]: 'fill',
      [JOINT_HULL_LINE]: 'line',
      [JOINT_LINKS]: 'line',
      [JOINT_MEMBERS]: 'circle',
      [JOINT_SEATS]: 'circle',
      [JOINT_BADGES]: 'symbol',
      [JOINT_CELLS]: 'circle',
      [JOINT_CELL_BADGES]: 'symbol',
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
