import type { ProfileDocument } from '../policy/index.ts';

/**
 * Which kind of party organization a member count founds (党委 / 党总支 / 党支部). Party practice
 * as the seeds use it (seed 001: 3+ formal members found a branch; seed 000 art. 6: organizations
 * with many members are "upgraded"; commonly 50+ a general branch, 100+ a committee). A profile
 * may set its own thresholds (`partyOrgKinds`); these are the defaults.
 */
export const DEFAULT_PARTY_ORG_KINDS = { branchMin: 3, generalBranchAt: 50, committeeAt: 100 };
export type PartyOrgKindThresholds = typeof DEFAULT_PARTY_ORG_KINDS;

export type PartyOrgKind = 'committee' | 'general_branch' | 'branch';

export const kindThresholds = (doc: ProfileDocument): PartyOrgKindThresholds => ({
  ...DEFAULT_PARTY_ORG_KINDS,
  ...(doc.partyOrgKinds ?? {}),
});

/** The kind for `members` formal members, or null when too few to found one, with the reason. */
export function kindFor(
  members: number,
  t: PartyOrgKindThresholds,
): { kind: PartyOrgKind | null; zh: string; en: string } {
  if (members >= t.committeeAt)
    return {
      kind: 'committee',
      zh: `党员${members}名 ≥ ${t.committeeAt}: 成立党委`,
      en: `${members} members >= ${t.committeeAt}: a party committee`,
    };
  if (members >= t.generalBranchAt)
    return {
      kind: 'general_branch',
      zh: `党员${members}名 ≥ ${t.generalBranchAt}: 成立党总支`,
      en: `${members} members >= ${t.generalBranchAt}: a general branch`,
    };
  if (members >= t.branchMin)
    return {
      kind: 'branch',
      zh: `党员${members}名 ≥ ${t.branchMin}: 成立党支部`,
      en: `${members} members >= ${t.branchMin}: a branch`,
    };
  return {
    kind: null,
    zh: `正式党员不足${t.branchMin}名, 不能成立党组织`,
    en: `fewer than ${t.branchMin} formal members: no party organization can be founded`,
  };
}
