import type { Position } from '../db/geojson.ts';
import type { IndustryCode } from '../ledger/industries.ts';
import { makeUscc } from '../ledger/uscc.ts';
import type { GridPlace } from './geography.ts';
import {
  bboxOf,
  M_PER_DEG_LAT,
  M_PER_DEG_LON,
  pointInMultiPolygon,
  pointNear,
} from './geometry.ts';
import { organizationName, roadName, tradeName } from './names.ts';
import type { Rng } from './random.ts';

/**
 * Buildings and organizations of one grid. Office buildings cluster near the grid's centre and
 * hold many enterprises; factories gather in industrial parks; shops line a few streets through
 * the grid and hold individual businesses. Distributions follow seed 004 (most organizations are
 * individual businesses; party members about 2% of employees; most organizations small, a long
 * tail of 100+).
 */
export type BuildingKind = 'commercial_office' | 'factory' | 'shop' | 'residential' | 'other';
export interface GenBuilding {
  id: number;
  code: string;
  name: string;
  kind: BuildingKind;
  address: string;
  floors: number;
  location: Position;
  capacity: number;
  orgs: number;
}
export interface GenOrg {
  id: number;
  name: string;
  uscc: string;
  category: 'new_economic' | 'new_social';
  subKind: string;
  industry: IndustryCode;
  status: 'operating' | 'suspended' | 'zombie' | 'deregistered';
  employees: number;
  partyMembers: number;
  revenueYuan: number;
  memberUnits: number | null;
  ownerIsMember: boolean;
  hasTradeUnion: boolean;
  hasYouthLeague: boolean;
  hasWomensFederation: boolean;
  activists: number;
  establishmentDirection: string | null;
  address: string;
  building: GenBuilding;
}
export interface IdCounters {
  building: number;
  org: number;
  /** Seeds the 8-digit organization-code serials of generated credit codes. */
  usccOffset: number;
}

const SUB_KINDS_TOWN = [
  ['individual_business', 0.905],
  ['non_public_enterprise', 0.075],
  ['social_group', 0.004],
  ['private_non_enterprise', 0.01],
  ['foundation', 0.0005],
  ['social_intermediary', 0.0055],
] as const;
const SUB_KINDS_PARK = [
  ['individual_business', 0.55],
  ['non_public_enterprise', 0.42],
  ['social_intermediary', 0.03],
] as const;
const SHOP_TRADES: IndustryCode[] = ['catering', 'retail', 'beauty', 'auto_repair', 'hotel'];
const OFFICE_TRADES = [
  ['it', 3],
  ['business_services', 3],
  ['cultural_creative', 2],
  ['finance', 1],
  ['real_estate', 1],
  ['wholesale', 1],
  ['construction', 1],
  ['express_delivery', 0.5],
] as const;
const FACTORY_TRADES = [
  ['manufacturing', 5],
  ['logistics', 2],
  ['express_delivery', 1],
  ['wholesale', 1],
  ['agriculture', 0.5],
] as const;
const SOCIAL_TRADES: Record<string, readonly (readonly [IndustryCode, number])[]> = {
  social_group: [
    ['trade_association', 2],
    ['chamber_of_commerce', 1],
    ['other', 1],
  ],
  private_non_enterprise: [
    ['education', 3],
    ['healthcare', 1],
    ['elderly_care', 2],
    ['social_work', 2],
  ],
  foundation: [['charity', 1]],
  social_intermediary: [
    ['law', 3],
    ['accounting', 2],
    ['tax_agent', 1],
  ],
};
const USCC_PREFIX: Record<string, string> = {
  individual_business: '92',
  non_public_enterprise: '91',
  social_group: '51',
  private_non_enterprise: '52',
  foundation: '53',
  social_intermediary: '91',
};

export function generateGridOrgs(
  rng: Rng,
  grid: GridPlace,
  count: number,
  isPark: boolean,
  ids: IdCounters,
): { buildings: GenBuilding[]; orgs: GenOrg[] } {
  const buildings: GenBuilding[] = [];
  const orgs: GenOrg[] = [];
  const box = bboxOf(grid.boundary);
  const radiusM = Math.sqrt(
    ((box.maxX - box.minX) * M_PER_DEG_LON * (box.maxY - box.minY) * M_PER_DEG_LAT) / Math.PI,
  );
  const streets = Array.from({ length: rng.int(1, 3) }, () => ({
    road: roadName(rng),
    angle: rng.next() * Math.PI,
    next: rng.int(1, 20),
  }));
  const open: Partial<Record<BuildingKind, GenBuilding>> = {};
  const near = (sigma: number) => pointNear(rng, grid.centre, sigma, grid.boundary, box);

  const newBuilding = (kind: BuildingKind, orgName?: string): GenBuilding => {
    let location: Position;
    let road = roadName(rng);
    let num = rng.int(1, 300);
    if (kind === 'shop') {
      const st = rng.pick(streets);
      const t = (rng.next() * 2 - 1) * radiusM * 0.9;
      location = [
        grid.centre[0]! + (Math.cos(st.angle) * t) / M_PER_DEG_LON,
        grid.centre[1]! + (Math.sin(st.angle) * t) / M_PER_DEG_LAT,
      ];
      if (!pointInMultiPolygon(location, grid.boundary)) location = near(radiusM / 2);
      road = st.road;
      num = st.next += rng.int(1, 4);
    } else if (kind === 'commercial_office') {
      location = near(grid.village ? 500 : 250);
    } else if (kind === 'factory') {
      location = near(isPark ? 400 : radiusM);
    } else {
      location = near(radiusM / 2);
    }
    const seq = buildings.length + 1;
    const trade = tradeName(rng);
    const name =
      kind === 'commercial_office'
        ? `${trade}${rng.pick(['大厦', '国际中心', '商务楼', '写字楼'])}`
        : kind === 'factory'
          ? `${trade}产业园${rng.int(1, 12)}号厂房`
          : kind === 'shop'
            ? `${road}${num}号商铺`
            : kind === 'residential'
              ? `${grid.name}${rng.int(1, 40)}号楼`
              : (orgName ?? `${trade}楼`);
    const b: GenBuilding = {
      id: ++ids.building,
      code: `B${grid.code}${String(seq).padStart(4, '0')}`,
      name,
      kind,
      address: `北京市顺义区${grid.subdistrict.name}${road}${num}号`,
      floors:
        kind === 'commercial_office'
          ? rng.int(6, 32)
          : kind === 'residential'
            ? rng.int(2, 18)
            : rng.int(1, 4),
      location,
      capacity:
        kind === 'commercial_office'
          ? rng.int(15, 120)
          : kind === 'residential'
            ? rng.int(2, 6)
            : kind === 'other'
              ? 1
              : rng.int(1, 3),
      orgs: 0,
    };
    buildings.push(b);
    return b;
  };
  const place = (kind: BuildingKind, orgName?: string): GenBuilding => {
    if (kind === 'other') return newBuilding(kind, orgName);
    let b = open[kind];
    if (!b || b.orgs >= b.capacity) b = open[kind] = newBuilding(kind);
    b.orgs++;
    return b;
  };

  for (let i = 0; i < count; i++) {
    const subKind = rng.weighted(isPark ? SUB_KINDS_PARK : SUB_KINDS_TOWN);
    let industry: IndustryCode;
    let kind: BuildingKind;
    let employees: number;
    if (subKind === 'individual_business') {
      industry = grid.village && rng.chance(0.1) ? 'agriculture' : rng.pick(SHOP_TRADES);
      kind = rng.chance(0.85) ? 'shop' : 'residential';
      employees = Math.min(30, 1 + rng.poisson(1.2));
    } else if (subKind === 'non_public_enterprise') {
      const factory = isPark ? rng.chance(0.6) : grid.village ? rng.chance(0.35) : rng.chance(0.08);
      kind = factory ? 'factory' : 'commercial_office';
      industry = rng.weighted(factory ? FACTORY_TRADES : OFFICE_TRADES);
      employees = rng.logNormal(Math.log(factory ? 28 : 9), factory ? 1.1 : 1.25);
    } else {
      industry = rng.weighted(SOCIAL_TRADES[subKind]!);
      const big = industry === 'education' || industry === 'healthcare';
      kind = big || industry === 'elderly_care' ? 'other' : 'commercial_office';
      employees = rng.logNormal(Math.log(big ? 45 : subKind === 'social_group' ? 4 : 10), 0.9);
    }
    employees = Math.max(1, Math.min(20_000, Math.round(employees)));
    const social = !(subKind === 'individual_business' || subKind === 'non_public_enterprise');
    let members =
      subKind === 'individual_business'
        ? Number(rng.chance(0.015))
        : rng.poisson(employees * (social ? 0.05 : employees >= 300 ? 0.06 : 0.02));
    const ownerIsMember = members > 0 && (subKind === 'individual_business' || rng.chance(0.1));
    members = Math.min(members, employees);
    const name = organizationName(rng, subKind, industry, grid.name.replace(/社区|村$/, ''));
    const building = place(kind, name);
    const id = ++ids.org;
    const unit = kind === 'commercial_office' ? `${rng.int(1, building.floors)}层` : '';
    orgs.push({
      id,
      name,
      uscc: makeUscc(
        industry === 'law' ? '31' : USCC_PREFIX[subKind]!,
        '110113',
        ids.usccOffset + id * 7919,
      ),
      category: social ? 'new_social' : 'new_economic',
      subKind,
      industry,
      status: rng.weighted([
        ['operating', 0.93],
        ['suspended', 0.03],
        ['zombie', 0.025],
        ['deregistered', 0.015],
      ] as const),
      employees,
      partyMembers: members,
      revenueYuan:
        Math.round(
          (subKind === 'individual_business'
            ? rng.logNormal(Math.log(300_000), 0.8)
            : employees * rng.logNormal(Math.log(social ? 150_000 : 400_000), 0.7)) / 1000,
        ) * 1000,
      memberUnits: subKind === 'social_group' ? Math.round(rng.logNormal(Math.log(50), 0.7)) : null,
      ownerIsMember,
      hasTradeUnion: employees >= 25 ? rng.chance(0.55) : social && rng.chance(0.05),
      hasYouthLeague: employees >= 50 && rng.chance(0.25),
      hasWomensFederation: employees >= 50 && rng.chance(0.2),
      activists:
        members > 0 ? rng.poisson(0.5 + employees / 100) : employees >= 30 ? rng.poisson(0.3) : 0,
      establishmentDirection:
        members >= 3
          ? '单独组建'
          : members > 0
            ? '联合组建'
            : employees >= 50
              ? '选派指导员'
              : null,
      address: `${building.address}${unit}`,
      building,
    });
  }
  return { buildings, orgs };
}
