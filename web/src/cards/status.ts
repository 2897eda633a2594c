import type { MapOrgStatus } from '../__generated__/graphql.ts';

/** The map's status of an organization from its evaluated coverage (policy, issue 4). */
export function statusOf(c: {
  coverage: string;
  excluded: boolean;
  blankSpot: boolean;
  gap: boolean;
}): MapOrgStatus {
  if (c.excluded) return 'INACTIVE';
  if (c.blankSpot) return 'BLANK_SPOT';
  if (c.gap) return 'GAP';
  return c.coverage === 'ORGANIZATIONAL'
    ? 'ORGANIZATIONAL'
    : c.coverage === 'WORK'
      ? 'WORK'
      : 'BLANK_SPOT';
}

export const STATUS_COLORS: Record<MapOrgStatus, string> = {
  BLANK_SPOT: '#dc2626',
  GAP: '#7c3aed',
  WORK: '#0891b2',
  ORGANIZATIONAL: '#16a34a',
  INACTIVE: '#9ca3af',
};
