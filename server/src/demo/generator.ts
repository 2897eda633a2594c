import type { Database } from '../db/client.ts';
import { CopyBuffer, ewktPoint, withBulkSession, type BulkSession } from './bulk.ts';
import { campaignProgress } from './campaign.ts';
import { loadGeography, type DistrictPlace, type GridPlace } from './geography.ts';
import type { GenOrg, IdCounters } from './grid-orgs.ts';
import { generateGridOrgs } from './grid-orgs.ts';
import { personName } from './names.ts';
import { generateGridParty, isActive } from './party.ts';
import { generateServiceCenters, maybeWorkstation } from './places.ts';
import { apportion, createRng, hashSeed } from './random.ts';
import { loadShunyi } from './shunyi.ts';

export interface GenerateOptions {
  /** Organizations to generate (default 30,000: a district-sized demo that loads in seconds). */
  orgs?: number;
  seed?: number;
  /** Called as organizations are written (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}
export interface GenerateResult {
  districtId: number;
  subdistricts: number;
  grids: number;
  buildings: number;
  organizations: number;
  partyOrganizations: number;
  instructors: number;
}

export const DEFAULT_DEMO_ORGS = 30_000;

/** The tables COPY loads, parents first; `buf.add` takes a row by its columns' camelCase names. */
const TABLES = [
  {
    name: 'buildings',
    columns: [
      'id',
      'subdistrict_id',
      'grid_id',
      'code',
      'name',
      'kind',
      'address',
      'floors',
      'location',
    ],
  },
  {
    name: 'organizations',
    columns: [
      'id',
      'name',
      'uscc',
      'category',
      'sub_kind',
      'industry',
      'status',
      'employees',
      'party_members',
      'revenue_yuan',
      'member_units',
      'owner_is_member',
      'has_trade_union',
      'has_youth_league',
      'has_womens_federation',
      'activists',
      'affiliation',
      'establishment_direction',
      'address',
      'building_id',
      'grid_id',
      'subdistrict_id',
      'district_id',
      'location',
    ],
  },
  {
    name: 'party_organizations',
    columns: [
      'id',
      'name',
      'kind',
      'founding_mode',
      'is_joint',
      'is_attached',
      'secretary',
      'member_count',
      'founded_on',
      'seat',
      'district_id',
      'subdistrict_id',
      'grid_id',
    ],
  },
  { name: 'party_org_units', columns: ['party_organization_id', 'organization_id', 'joined_on'] },
  {
    name: 'instructors',
    columns: ['id', 'name', 'phone', 'is_part_time', 'district_id', 'subdistrict_id'],
  },
  { name: 'instructor_assignments', columns: ['instructor_id', 'organization_id', 'assigned_on'] },
  { name: 'building_workstations', columns: ['building_id', 'name', 'opened_on', 'staff'] },
  {
    name: 'service_centers',
    columns: [
      'name',
      'level',
      'floor_area_m_2',
      'service_radius_m',
      'address',
      'location',
      'district_id',
      'subdistrict_id',
    ],
  },
] as const;

const ID_TABLES = ['buildings', 'organizations', 'party_organizations', 'instructors'] as const;

/**
 * Generates the Shunyi demo district: real names and codes, generated boundaries, buildings,
 * organizations, party organizations, instructors, service centers and workstations, bulk-loaded
 * with COPY in one transaction. The same seed gives the same data. Refuses when the district
 * already exists.
 */
export async function generateDistrict(
  database: Database,
  opts: GenerateOptions = {},
): Promise<GenerateResult> {
  const total = opts.orgs ?? DEFAULT_DEMO_ORGS;
  const seed = opts.seed ?? 1;
  if (!Number.isInteger(total) || total < 0) throw new Error('orgs must be a whole number >= 0');
  const src = await loadShunyi();
  return withBulkSession(database, async (s) => {
    await s.query(`LOCK TABLE ${ID_TABLES.join(', ')} IN SHARE ROW EXCLUSIVE MODE`);
    const exists = await s.query(`SELECT 1 FROM districts WHERE code = $1`, [src.code]);
    if (exists.length > 0) throw new Error(`district ${src.code} is already loaded`);
    const base = await maxIds(s);
    const district = await loadGeography(s, src, seed);
    const result = await generateContent(s, district, total, seed, base, opts.onProgress);
    for (const t of ID_TABLES) {
      await s.query(
        `SELECT setval(pg_get_serial_sequence('${t}', 'id'), GREATEST((SELECT max(id) FROM ${t}), 1))`,
      );
    }
    return result;
  });
}

async function maxIds(s: BulkSession) {
  const out = {} as Record<(typeof ID_TABLES)[number], number>;
  for (const t of ID_TABLES) {
    const [r] = await s.query<{ m: number | string }>(`SELECT coalesce(max(id), 0) AS m FROM ${t}`);
    out[t] = Number(r!.m);
  }
  return out;
}

/** Heavier weight for urban communities and industrial parks, light for villages. */
function gridWeights(grids: GridPlace[], parks: Set<number>): number[] {
  return grids.map(
    (g) => (g.village ? 1 : g.subdistrict.kind === 'street' ? 4 : 2.5) + (parks.has(g.id) ? 6 : 0),
  );
}

async function generateContent(
  s: BulkSession,
  district: DistrictPlace,
  total: number,
  seed: number,
  base: Record<(typeof ID_TABLES)[number], number>,
  onProgress?: (done: number, total: number) => void,
): Promise<GenerateResult> {
  const buf = new CopyBuffer(s, TABLES);
  const grids = district.subdistricts.flatMap((x) => x.grids);
  const rngParks = createRng(hashSeed(seed, 'parks'));
  const townGrids = grids.filter((g) => g.subdistrict.kind !== 'street');
  const parks = new Set<number>();
  while (parks.size < Math.max(3, Math.round(grids.length * 0.02))) {
    parks.add(rngParks.pick(townGrids).id);
  }
  const counts = apportion(total, gridWeights(grids, parks));
  const ids: IdCounters = {
    building: base.buildings,
    org: base.organizations,
    usccOffset: hashSeed(seed, 'uscc') % 100_000_000,
  };
  let partyId = base.party_organizations;
  let instructorId = base.instructors;
  const res = { buildings: 0, partyOrganizations: 0, instructors: 0 };
  let done = 0;
  let gi = 0;
  for (const sub of district.subdistricts) {
    const workCandidates: GenOrg[] = [];
    const dispatchedAll: GenOrg[] = [];
    for (const grid of sub.grids) {
      const count = counts[grids.indexOf(grid)]!;
      gi++;
      const rng = createRng(hashSeed(seed, 'grid', grid.code, count));
      const isPark = parks.has(grid.id);
      const { buildings, orgs } = generateGridOrgs(rng, grid, count, isPark, ids);
      for (const b of buildings) {
        await buf.add('buildings', {
          ...b,
          subdistrictId: sub.id,
          gridId: grid.id,
          location: ewktPoint(b.location[0]!, b.location[1]!),
        });
        const ws = maybeWorkstation(rng, b);
        if (ws) await buf.add('building_workstations', { ...ws, buildingId: b.id });
      }
      res.buildings += buildings.length;
      for (const o of orgs) {
        await buf.add('organizations', {
          ...o,
          affiliation: '属地管理',
          buildingId: o.building.id,
          gridId: grid.id,
          subdistrictId: sub.id,
          districtId: district.id,
          location: ewktPoint(o.building.location[0]!, o.building.location[1]!),
        });
      }
      const { partyOrgs, dispatched } = generateGridParty(
        rng,
        grid,
        orgs,
        isPark,
        () => ++partyId,
        campaignProgress(seed, grid),
      );
      const covered = new Set<number>();
      for (const p of partyOrgs) {
        await buf.add('party_organizations', {
          ...p,
          seat: ewktPoint(p.seat[0]!, p.seat[1]!),
          districtId: district.id,
          subdistrictId: sub.id,
          gridId: grid.id,
        });
        for (const u of p.units) {
          covered.add(u.id);
          await buf.add('party_org_units', {
            partyOrganizationId: p.id,
            organizationId: u.id,
            joinedOn: p.foundedOn,
          });
        }
      }
      res.partyOrganizations += partyOrgs.length;
      dispatchedAll.push(...dispatched);
      for (const o of orgs) {
        if (isActive(o) && !covered.has(o.id)) {
          if (rng.chance(o.subKind === 'individual_business' ? 0.2 : 0.45)) workCandidates.push(o);
        }
      }
      done += orgs.length;
      onProgress?.(done, total);
    }
    // Instructors (seed 000: one part-time instructor per ~10 organizations).
    const rng = createRng(hashSeed(seed, 'instructors', sub.code));
    const assigned = [...dispatchedAll, ...workCandidates];
    for (let i = 0; i < assigned.length; i += 10) {
      const id = ++instructorId;
      res.instructors++;
      await buf.add('instructors', {
        id,
        name: personName(rng),
        phone: `010-6944${String(rng.int(0, 9999)).padStart(4, '0')}`,
        isPartTime: rng.chance(0.85),
        districtId: district.id,
        subdistrictId: sub.id,
      });
      for (const o of assigned.slice(i, i + 10)) {
        await buf.add('instructor_assignments', {
          instructorId: id,
          organizationId: o.id,
          assignedOn: `${rng.int(2016, 2025)}-03-01`,
        });
      }
    }
  }
  for (const c of generateServiceCenters(createRng(hashSeed(seed, 'centers')), district)) {
    await buf.add('service_centers', {
      ...c,
      location: ewktPoint(c.location[0]!, c.location[1]!),
      districtId: district.id,
    });
  }
  await buf.flush();
  return {
    districtId: district.id,
    subdistricts: district.subdistricts.length,
    grids: gi,
    organizations: done,
    ...res,
  };
}
