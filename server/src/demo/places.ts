import type { Position } from '../db/geojson.ts';
import type { DistrictPlace } from './geography.ts';
import type { GenBuilding } from './grid-orgs.ts';
import type { Rng } from './random.ts';

/**
 * Party-mass service centers by level with the floor-area standards of seed 000 art. 25
 * (district >= 1500 m², town >= 1200 m², street >= 800 m²; community centers smaller) and a
 * 400 m service radius (a 5-minute walk, seed 003); workstations in busy office buildings.
 */
export interface GenServiceCenter {
  name: string;
  level: 'district' | 'town' | 'street' | 'community';
  floorAreaM2: number;
  serviceRadiusM: number;
  address: string;
  location: Position;
  subdistrictId: number | null;
}

export const DEFAULT_SERVICE_RADIUS_M = 400;

export function generateServiceCenters(rng: Rng, d: DistrictPlace): GenServiceCenter[] {
  const out: GenServiceCenter[] = [
    {
      name: `${d.name}党群服务中心`,
      level: 'district',
      floorAreaM2: rng.int(1500, 2600),
      serviceRadiusM: DEFAULT_SERVICE_RADIUS_M,
      address: `北京市${d.name}府前街${rng.int(1, 30)}号`,
      location: d.seat,
      subdistrictId: null,
    },
  ];
  for (const s of d.subdistricts) {
    const street = s.kind === 'street';
    out.push({
      name: `${s.name}党群服务中心`,
      level: street ? 'street' : 'town',
      floorAreaM2: street ? rng.int(800, 1400) : rng.int(1200, 2000),
      serviceRadiusM: DEFAULT_SERVICE_RADIUS_M,
      address: `北京市${d.name}${s.name}`,
      location: s.centre,
      subdistrictId: s.id,
    });
    for (const g of s.grids) {
      if (!rng.chance(g.village ? 0.3 : 0.7)) continue;
      out.push({
        name: `${g.name}党群服务站`,
        level: 'community',
        floorAreaM2: g.village ? rng.int(100, 300) : rng.int(150, 600),
        serviceRadiusM: DEFAULT_SERVICE_RADIUS_M,
        address: `北京市${d.name}${s.name}${g.name}`,
        location: g.centre,
        subdistrictId: s.id,
      });
    }
  }
  return out;
}

/** Half of the office buildings holding 4+ organizations run a workstation (seed 000 art. 7). */
export function maybeWorkstation(rng: Rng, b: GenBuilding) {
  if (b.kind !== 'commercial_office' || b.orgs < 4 || !rng.chance(0.5)) return null;
  return {
    name: `${b.name}党建工作站`,
    openedOn: `${rng.int(2015, 2025)}-07-01`,
    staff: rng.int(1, 5),
  };
}
