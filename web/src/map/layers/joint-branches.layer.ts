import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { badgeImage } from '../badges.ts';
import {
  badgeLayout,
  cellCircle,
  hullLayers,
  layersOn,
  partIs,
  ringedDot,
  when,
} from './layer-specs.ts';
import { COLORS } from './palette.ts';

export const JOINT_SOURCE = 'joint-branches';
export const JOINT_HULL_FILL = 'joint-hull-fill';
export const JOINT_HULL_LINE = 'joint-hull-line';
export const JOINT_LINKS = 'joint-links';
export const JOINT_MEMBERS = 'joint-members';
export const JOINT_SEATS = 'joint-seats';
export const JOINT_BADGES = 'joint-badges';
export const JOINT_CELLS = 'joint-cells';
export const JOINT_CELL_BADGES = 'joint-cell-badges';

/** Red over the profile's limit. A cell is red when one of its branches is over it. */
const OVER: ExpressionSpecification = ['get', 'overLimit'];
const CELL_OVER: ExpressionSpecification = ['>', ['get', 'overLimit'], 0];
const tone = (over: ExpressionSpecification = OVER) => when(over, COLORS.jointOver, COLORS.joint);

/**
 * Joint party organizations: a hull around the member units, lines from each unit to the seat,
 * the seat with a badge of the unit count (red and dashed over the profile's limit). Zoomed out,
 * cells of branches: a circle growing with their number, a badge of it, red when one of them is
 * over the limit. Features carry `part`: 'hull' | 'link' | 'member' | 'seat' | 'cell'.
 */
export function jointBranchLayers(): LayerSpecification[] {
  const on = layersOn(JOINT_SOURCE);
  const countBadge = (count: string, over: ExpressionSpecification) =>
    when(over, badgeImage(['get', count], 'alert'), badgeImage(['get', count], 'joint'));
  return [
    ...hullLayers(on, { fill: JOINT_HULL_FILL, line: JOINT_HULL_LINE }, tone(), 0.12, {
      'line-width': ['case', ['get', 'overLimit'], 2.5, 1.5],
      'line-dasharray': [2, 1],
    }),
    on.line(
      { id: JOINT_LINKS, filter: partIs('link') },
      { 'line-color': tone(), 'line-width': 1.2, 'line-opacity': 0.8 },
    ),
    on.circle(
      { id: JOINT_MEMBERS, filter: partIs('member') },
      ringedDot({ color: '#ffffff', radius: 4, stroke: tone(), strokeWidth: 2 }),
    ),
    on.circle(
      { id: JOINT_SEATS, filter: partIs('seat') },
      ringedDot({ color: tone(), radius: 7, stroke: '#ffffff', strokeWidth: 2 }),
    ),
    on.symbol(
      { id: JOINT_BADGES, filter: partIs('seat') },
      {
        ...badgeLayout(countBadge('unitCount', OVER)),
        'icon-offset': [12, -12],
      },
    ),
    on.circle(
      { id: JOINT_CELLS, filter: partIs('cell') },
      cellCircle(tone(CELL_OVER), 0.75, 'branches', [1, 6, 10, 20]),
    ),
    on.symbol(
      { id: JOINT_CELL_BADGES, filter: partIs('cell') },
      badgeLayout(countBadge('branches', CELL_OVER)),
    ),
  ];
}
