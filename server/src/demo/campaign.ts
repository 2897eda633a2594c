import type { GridPlace } from './geography.ts';
import { createRng, hashSeed } from './random.ts';

/**
 * How far a grid's party-building campaign has come, 0..1: the chance that an organization
 * without its own party organization has been brought into a joint branch (issue 15: a district
 * mid-campaign towards seed 000's targets of 90 % / 70 % shows coverage that varies by
 * subdistrict and grid, most grids between 40 % and 95 %, a few laggards). Each subdistrict has
 * its own pace; its grids scatter around it; about one grid in ten lags far behind. Drawn from
 * its own seeded stream, so the rest of the district does not change with it.
 */
export function campaignProgress(seed: number, grid: GridPlace): number {
  const sub = createRng(hashSeed(seed, 'campaign', grid.subdistrict.code));
  const pace = 0.6 + 0.38 * sub.next();
  const own = createRng(hashSeed(seed, 'campaign', grid.code));
  const scattered = pace + own.normal(0, 0.1);
  const laggard = own.chance(0.1);
  return Math.min(0.98, Math.max(0.05, laggard ? scattered * 0.35 : scattered));
}

/**
 * How much readier an industry family is than the grid's pace (seed 000 names express
 * delivery and cultural-creative firms among the trades still to reach; office buildings and
 * law firms were organized first).
 */
export const FAMILY_READINESS: Record<string, number> = {
  商务楼宇: 1.1,
  律师行业: 1.1,
  中介服务: 1.0,
  制造业: 1.05,
  建筑业: 0.95,
  商贸: 0.9,
  农业: 0.9,
  社会组织: 1.0,
  文化创意: 0.8,
  快递物流: 0.75,
  餐饮服务: 0.85,
  生活服务: 0.8,
};
