import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { badgeImage } from '../badges.ts';
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

const tone = (): ExpressionSpecification => [
  'case',
  ['get', 'overLimit'],
  COLORS.jointOver,
  COLORS.joint,
];

/** A cell is red when one of its branches is over the limit. */
const cellTone = (): ExpressionSpecification => [
  'case',
  ['>', ['get', 'overLimit'], 0],
  COLORS.jointOver,
  COLORS.joint,
];

/**
 * Joint party organizations: a hull around the member units, lines from each unit to the seat,
 * the seat with a badge of the unit count (red and dashed over the profile's limit). Zoomed out,
 * cells of branches: a circle growing with their number, a badge of it, red when one of them is
 * over the limit. Features carry `part`: 'hull' | 'link' | 'member' | 'seat' | 'cell'.
 */
export function jointBranchLayers(): LayerSpecification[] {
  return [
    {
      id: JOINT_HULL_FILL,
      type: 'fill',
      source: JOINT_SOURCE,
      filter: ['==', ['get', 'part'], 'hull'],
      paint: { 'fill-color': tone(), 'fill-opacity': 0.12 },
    },
    {
      id: JOINT_HULL_LINE,
      type: 'line',
      source: JOINT_SOURCE,
      filter: ['==', ['get', 'part'], 'hull'],
      paint: {
        'line-color': tone(),
        'line-width': ['case', ['get', 'overLimit'], 2.5, 1.5],
        'line-dasharray': [2, 1],
      },
    },
    {
      id: JOINT_LINKS,
      type: 'line',
      source: JOINT_SOURCE,
      filter: ['==', ['get', 'part'], 'link'],
      paint: { 'line-color': tone(), 'line-width': 1.2, 'line-opacity': 0.8 },
    },
    {
      id: JOINT_MEMBERS,
      type: 'circle',
      source: JOINT_SOURCE,
      filter: ['==', ['get', 'part'], 'member'],
      paint: {
        'circle-color': '#ffffff',
        'circle-radius': 4,
        'circle-stroke-color': tone(),
        'circle-stroke-width': 2,
      },
    },
    {
      id: JOINT_SEATS,
      type: 'circle',
      source: JOINT_SOURCE,
      filter: ['==', ['get', 'part'], 'seat'],
      paint: {
        'circle-color': tone(),
        'circle-radius': 7,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: JOINT_BADGES,
      type: 'symbol',
      source: JOINT_SOURCE,
      filter: ['==', ['get', 'part'], 'seat'],
      layout: {
        'icon-image': [
          'case',
          ['get', 'overLimit'],
          badgeImage(['get', 'unitCount'], 'alert'),
          badgeImage(['get', 'unitCount'], 'joint'),
        ],
        'icon-offset': [12, -12],
        // Badges that would collide are left out (the circles stay): a district is readable.
        'icon-allow-overlap': false,
        'icon-padding': 1,
      },
    },
    {
      id: JOINT_CELLS,
      type: 'circle',
      source: JOINT_SOURCE,
      filter: ['==', ['get', 'part'], 'cell'],
      paint: {
        'circle-color': cellTone(),
        'circle-opacity': 0.75,
        'circle-radius': ['interpolate', ['linear'], ['sqrt', ['get', 'branches']], 1, 6, 10, 20],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
    {
      id: JOINT_CELL_BADGES,
      type: 'symbol',
      source: JOINT_SOURCE,
      filter: ['==', ['get', 'part'], 'cell'],
      layout: {
        'icon-image': [
          'case',
          ['>', ['get', 'overLimit'], 0],
          badgeImage(['get', 'branches'], 'alert'),
          badgeImage(['get', 'branches'], 'joint'),
        ],
        'icon-allow-overlap': false,
        'icon-padding': 1,
      },
    },
  ];
}
