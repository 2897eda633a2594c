import { INDUSTRIES, type IndustryCode } from '../ledger/industries.ts';
import { industryDistance } from './industry-families.ts';
import { STANDALONE_MIN_MEMBERS } from './planning.constants.ts';

/** Why a proposal looks as it does; tests assert on these constants. */
export const PROPOSAL_REASONS = {
  SAME_INDUSTRY: 'SAME_INDUSTRY',
  SIMILAR_INDUSTRY: 'SIMILAR_INDUSTRY',
  MIXED_INDUSTRY: 'MIXED_INDUSTRY',
  WITHIN_RADIUS: 'WITHIN_RADIUS',
  NEEDS_MEMBERS: 'NEEDS_MEMBERS',
  JOINS_EXISTING: 'JOINS_EXISTING',
  NO_PARTNER_IN_RADIUS: 'NO_PARTNER_IN_RADIUS',
  NO_ROOM_IN_REACH: 'NO_ROOM_IN_REACH',
} as const;
export type ProposalReason = (typeof PROPOSAL_REASONS)[keyof typeof PROPOSAL_REASONS];

export interface Text {
  zh: string;
  en: string;
}

const label = (code: string) => INDUSTRIES[code as IndustryCode] ?? code;
const en = (code: string) => code.replace(/_/g, ' ');

/** industry -> count, most common first (ties by code). */
export function industryCounts(industries: string[]): { industry: string; count: number }[] {
  const m = new Map<string, number>();
  for (const i of industries) m.set(i, (m.get(i) ?? 0) + 1);
  return [...m]
    .map(([industry, count]) => ({ industry, count }))
    .sort((a, b) => b.count - a.count || a.industry.localeCompare(b.industry));
}

/** SAME when one industry, SIMILAR when all share the seat's family, MIXED otherwise. */
export function industryReason(seatIndustry: string, industries: string[]): ProposalReason {
  if (industries.every((i) => i === seatIndustry)) return PROPOSAL_REASONS.SAME_INDUSTRY;
  if (industries.every((i) => industryDistance(i, seatIndustry) < 1)) {
    return PROPOSAL_REASONS.SIMILAR_INDUSTRY;
  }
  return PROPOSAL_REASONS.MIXED_INDUSTRY;
}

/** The explanation of a proposed new joint branch (seed 000 art. 6 in words). */
export function explainNewBranch(p: {
  seatName: string;
  units: number;
  limit: number;
  industries: { industry: string; count: number }[];
  industryReason: ProposalReason;
  farthestM: number;
  radiusM: number;
  formalMembers: number;
}): Text {
  const ind = p.industries.map((i) => `${label(i.industry)} ${i.count}`).join('、');
  const indEn = p.industries.map((i) => `${en(i.industry)} ${i.count}`).join(', ');
  const why = {
    SAME_INDUSTRY: ['同一行业', 'all of one industry'],
    SIMILAR_INDUSTRY: ['同类行业', 'of similar industries'],
  }[p.industryReason as 'SAME_INDUSTRY'] ?? [
    '行业不同但相邻最近',
    'mixed industries, grouped as the nearest',
  ];
  const members =
    p.formalMembers < STANDALONE_MIN_MEMBERS
      ? {
          zh: `；正式党员共 ${p.formalMembers} 名，不足 ${STANDALONE_MIN_MEMBERS} 名，需选派党员或指导员帮建`,
          en: `; ${p.formalMembers} formal members in all, fewer than ${STANDALONE_MIN_MEMBERS}: needs members dispatched`,
        }
      : {
          zh: `；正式党员共 ${p.formalMembers} 名`,
          en: `; ${p.formalMembers} formal members in all`,
        };
  return {
    zh: `${p.units} 个单位（上限 ${p.limit}），${why[0]}（${ind}），以“${p.seatName}”为驻地，最远成员 ${Math.round(p.farthestM)} 米（半径 ${p.radiusM} 米内），同一街道/镇${members.zh}。`,
    en: `${p.units} units (limit ${p.limit}), ${why[1]} (${indEn}), meeting at "${p.seatName}", farthest member ${Math.round(p.farthestM)} m (within ${p.radiusM} m), one subdistrict${members.en}.`,
  };
}

export function explainAttachment(p: {
  branchName: string;
  joining: number;
  unitsBefore: number;
  limit: number;
  farthestM: number;
  industry: string;
}): Text {
  return {
    zh: `${p.joining} 个单位就近加入“${p.branchName}”（现有 ${p.unitsBefore} 个单位，上限 ${p.limit}，主要行业 ${label(p.industry)}），最远 ${Math.round(p.farthestM)} 米。`,
    en: `${p.joining} units join "${p.branchName}" nearby (${p.unitsBefore} units now, limit ${p.limit}, mostly ${en(p.industry)}), farthest ${Math.round(p.farthestM)} m.`,
  };
}

export function explainUngrouped(reason: ProposalReason, radiusM: number): Text {
  return reason === PROPOSAL_REASONS.NO_PARTNER_IN_RADIUS
    ? {
        zh: `${radiusM} 米内同街道没有可联建的单位，也没有尚有名额的联合党支部：建议派驻指导员或扩大半径。`,
        en: `No unit to join with and no joint branch with room within ${radiusM} m in its subdistrict: assign an instructor or widen the radius.`,
      }
    : {
        zh: `${radiusM} 米内的联合党支部已满，提议的新支部也已满：可扩大半径。`,
        en: `Joint branches within ${radiusM} m are full, and so are the proposed ones: widen the radius.`,
      };
}

/** The explanation of an instructor deployment (seed 000 art. 20: one instructor per ~10). */
export function explainDeployment(p: {
  instructor: string | null;
  loadBefore: number;
  joining: number;
  limit: number;
  farthestM: number;
}): Text {
  const far = Math.round(p.farthestM);
  if (p.instructor == null) {
    return {
      zh: `需新增一名党建工作指导员：负责这 ${p.joining} 个无党员单位（上限 ${p.limit}），最远 ${far} 米。`,
      en: `One more instructor is needed: for these ${p.joining} organizations without members (load limit ${p.limit}), farthest ${far} m.`,
    };
  }
  const after = p.loadBefore + p.joining;
  return {
    zh: `“${p.instructor}”现负责 ${p.loadBefore} 个单位，就近再负责 ${p.joining} 个（最远 ${far} 米），共 ${after} 个（上限 ${p.limit}）。`,
    en: `"${p.instructor}" looks after ${p.loadBefore} organizations now and takes ${p.joining} more nearby (farthest ${far} m): ${after} of at most ${p.limit}.`,
  };
}
