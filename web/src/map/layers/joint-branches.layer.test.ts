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

it('draws hull, links to the seat, members, the seat and a member-count badge', () => {
  const layers = jointBranchLayers();
  expect(layers.map((l) => [l.id, l.type, 'filter' in l && l.filter])).toEqual([
    [JOINT_HULL_FILL, 'fill', ['==', ['get', 'part'], 'hull']],
    [JOINT_HULL_LINE, 'line', ['==', ['get', 'part'], 'hull']],
    [JOINT_LINKS, 'line', ['==', ['get', 'part'], 'link']],
    [JOINT_MEMBERS, 'circle', ['==', ['get', 'part'], 'member']],
    [JOINT_SEATS, 'circle', ['==', ['get', 'part'], 'seat']],
    [JOINT_BADGES, 'symbol', ['==', ['get', 'part'], 'seat']],
    [JOINT_CELLS, 'circle', ['==', ['get', 'part'], 'cell']],
    [JOINT_CELL_BADGES, 'symbol', ['==', ['get', 'part'], 'cell']],
  ]);
  expect(layers.every((l) => 'source' in l && l.source === JOINT_SOURCE)).toBe(true);
  // Over the limit: the alert badge.
  expect(JSON.stringify(layers[5])).toContain('badge:alert:');
  // Zoomed out: a cell's badge counts its branches, red when one is over the limit.
  const cellBadge = JSON.stringify(layers[7]);
  expect(cellBadge).toContain('"branches"');
  expect(cellBadge).toContain('badge:alert:');
});
