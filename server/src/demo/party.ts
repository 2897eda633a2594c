import type { Position } from '../db/geojson.ts';
import { FAMILY_READINESS } from './campaign.ts';
import type { GridPlace } from './geography.ts';
import type { GenOrg } from './grid-orgs.ts';
import { personName } from './names.ts';
import type { Rng } from './random.ts';

/**
 * Party organizations of one grid, in the founding modes of seed 001: standalone where an
 * organization has 3+ formal members (upgraded to a general branch at 50+, a committee at 100+,
 * seed 000 art. 6), dispatched (2 members plus an instructor), village-enterprise attachment in
 * villages, and joint branches of 2-15 member units of similar industry in the same grid (seed 000
 * art. 6: generally no more than 15 units).
 */
export interface GenPartyOrg {
  id: number;
  name: string;
  kind: 'committee' | 'general_branch' | 'branch';
  foundingMode: string;
  isJoint: boolean;
  isAttached: boolean;
  secretary: string;
  memberCount: number;
  foundedOn: string;
  seat: Position;
  units: GenOrg[];
}

const KIND_SUFFIX = { committee: '委员会', general_branch: '总支部委员会', branch: '支部委员会' };
const FAMILY: Record<string, string> = {
  it: '商务楼宇',
  business_services: '商务楼宇',
  finance: '商务楼宇',
  real_estate: '商务楼宇',
  cultural_creative: '文化创意',
  express_delivery: '快递物流',
  logistics: '快递物流',
  manufacturing: '制造业',
  wholesale: '商贸',
  construction: '建筑业',
  retail: '商贸',
  catering: '餐饮服务',
  hotel: '餐饮服务',
  beauty: '生活服务',
  auto_repair: '生活服务',
  agriculture: '农业',
  law: '律师行业',
  accounting: '中介服务',
  tax_agent: '中介服务',
};
const familyOf = (o: GenOrg) => FAMILY[o.industry] ?? '社会组织';

const kindFor = (members: number) =>
  members >= 100 ? 'committee' : members >= 50 ? 'general_branch' : ('branch' as const);

export const isActive = (o: GenOrg) => o.status === 'operating' || o.status === 'suspended';

const date = (rng: Rng, fromYear: number) =>
  `${rng.int(fromYear, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

export function generateGridParty(
  rng: Rng,
  grid: GridPlace,
  orgs: GenOrg[],
  isPark: boolean,
  nextId: () => number,
  /** The grid's campaign progress (campaign.ts): how many of the rest joint branches reach. */
  progress: number,
): { partyOrgs: GenPartyOrg[]; dispatched: GenOrg[] } {
  const partyOrgs: GenPartyOrg[] = [];
  const dispatched: GenOrg[] = [];
  const covered = new Set<number>();
  const add = (p: Omit<GenPartyOrg, 'id' | 'secretary' | 'foundedOn'>) => {
    partyOrgs.push({ id: nextId(), secretary: personName(rng), foundedOn: date(rng, 2005), ...p });
    for (const u of p.units) covered.add(u.id);
  };
  for (const o of orgs) {
    if (!isActive(o)) continue;
    const m = o.partyMembers;
    const dispatch = m === 2 && o.employees >= 30 && rng.chance(0.3);
    if ((m >= 3 && rng.chance(0.8)) || dispatch) {
      const kind = kindFor(m);
      add({
        name: `中共${o.name}${KIND_SUFFIX[kind]}`,
        kind,
        foundingMode: dispatch ? 'dispatched' : 'standalone',
        isJoint: false,
        isAttached: false,
        memberCount: m + (dispatch ? 1 : 0),
        seat: o.building.location,
        units: [o],
      });
      if (dispatch) dispatched.push(o);
    }
  }
  // Villages: small enterprises with a member attach to the village's party organization.
  if (grid.village) {
    const attach = orgs.filter(
      (o) => isActive(o) && !covered.has(o.id) && o.partyMembers > 0 && rng.chance(0.5),
    );
    if (attach.length > 0) {
      add({
        name: `中共北京市顺义区${grid.subdistrict.name}${grid.name}村企联合支部委员会`,
        kind: 'branch',
        foundingMode: 'village_enterprise',
        isJoint: attach.length > 1,
        isAttached: true,
        memberCount: attach.reduce((s, o) => s + o.partyMembers, 0),
        seat: grid.centre,
        units: attach.slice(0, 15),
      });
    }
  }
  // Joint branches: similar industry, same grid, 2-15 units (seed 000 art. 6).
  const pool = new Map<string, GenOrg[]>();
  for (const o of orgs) {
    if (!isActive(o) || covered.has(o.id)) continue;
    const f = familyOf(o);
    const reach = progress * (FAMILY_READINESS[f] ?? 1);
    const eligible =
      o.subKind === 'individual_business'
        ? o.partyMembers > 0 || rng.chance(reach)
        : o.partyMembers > 0 || o.employees >= 50 || rng.chance(Math.min(1, reach + 0.1));
    if (!eligible) continue;
    const list = pool.get(f);
    if (list) list.push(o);
    else pool.set(f, [o]);
  }
  for (const [family, list] of [...pool.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    let n = 0;
    for (let i = 0; i + 1 < list.length;) {
      const size = Math.min(rng.int(2, 15), list.length - i);
      const units = list.slice(i, i + size);
      i += size;
      if (units.length < 2 || !rng.chance(0.95)) continue;
      const members = units.reduce((s, o) => s + o.partyMembers, 0);
      const leader = units.find((o) => o.employees >= 100);
      n++;
      add({
        name: `中共北京市顺义区${grid.name}${family}联合${n > 1 ? `第${n}` : ''}支部委员会`,
        kind: members >= 50 ? 'general_branch' : 'branch',
        foundingMode: isPark
          ? 'park_joint'
          : leader
            ? 'leading_enterprise'
            : family === '社会组织' || family === '律师行业' || family === '中介服务'
              ? 'industry_wide'
              : 'regional',
        isJoint: true,
        isAttached: false,
        memberCount: members,
        seat: (leader ?? units[0]!).building.location,
        units,
      });
    }
  }
  return { partyOrgs, dispatched };
}
