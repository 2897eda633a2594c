import type { ProfileDocumentInput } from '../profile.schema.ts';

/**
 * Seed 000: 顺义区《统筹协同推进"两新"组织党建工作办法》(2017). Art. 6 holds the thresholds and
 * targets, art. 7 the clean-up of zombie organizations, art. 20 the instructor ratio.
 * "非公企业" is read as every new economic organization (incl. individual businesses, DOMAIN.md).
 * Industry codes for the social organizations of art. 6: education (民办学校), healthcare (民办医院),
 * law, accounting, social_work.
 */
export const SHUNYI_2017 = {
  key: 'shunyi-2017',
  name: '顺义区两新组织党建工作办法(2017)',
  nameEn: 'Shunyi district coordination rules (2017)',
  source: '000 统筹协同推进"两新"组织党建工作办法',
  rules: [
    {
      id: 'members-org',
      article: '000 第六条',
      label: { zh: '有党员的两新组织', en: 'an organization with party members' },
      when: { partyMembers: { min: 1 } },
      requires: { kind: 'party_org' },
    },
    {
      id: 'emp50-member',
      article: '000 第六条',
      label: { zh: '从业人员50人以上的非公企业', en: 'a non-public enterprise with 50+ employees' },
      when: { categories: ['new_economic'], employees: { min: 50 } },
      requires: { kind: 'member' },
    },
    {
      id: 'emp100-org',
      article: '000 第六条',
      label: {
        zh: '从业人员100人以上的非公企业',
        en: 'a non-public enterprise with 100+ employees',
      },
      when: { categories: ['new_economic'], employees: { min: 100 } },
      requires: { kind: 'party_org' },
    },
    {
      id: 'social30-org',
      article: '000 第六条',
      label: {
        zh: '从业人员30人以上的民办学校、民办医院、律师、会计师、社工事务所',
        en: 'a private school, private hospital, law, accounting or social-work firm with 30+ staff',
      },
      when: {
        categories: ['new_social'],
        industries: ['education', 'healthcare', 'law', 'accounting', 'social_work'],
        employees: { min: 30 },
      },
      requires: { kind: 'party_org' },
    },
    {
      id: 'no-members-work',
      article: '000 第六条',
      label: { zh: '没有党员的两新组织', en: 'an organization without party members' },
      when: { partyMembers: { max: 0 } },
      requires: { kind: 'work_coverage' },
    },
  ],
  targets: [
    {
      id: 'economic-90',
      article: '000 第六条',
      label: {
        zh: '非公企业党组织覆盖率',
        en: 'party organization coverage of non-public enterprises',
      },
      metric: 'organizational_rate',
      scope: { categories: ['new_economic'] },
      min: 0.9,
    },
    {
      id: 'social-70',
      article: '000 第六条',
      label: {
        zh: '社会组织党组织覆盖率',
        en: 'party organization coverage of social organizations',
      },
      metric: 'organizational_rate',
      scope: { categories: ['new_social'] },
      min: 0.7,
    },
  ],
  jointUnitLimit: 15,
  orgsPerInstructor: 10,
  sizeClasses: [],
  // Art. 24: start-up funds for 2 years (committee >= 20,000, general branch >= 15,000, branch >=
  // 10,000 yuan a year) and activity funds of 400 yuan per member a year; the minimums are used.
  funds: {
    startupYears: 2,
    startupPerYear: { committee: 20_000, generalBranch: 15_000, branch: 10_000 },
    activityPerMemberPerYear: 400,
  },
} satisfies ProfileDocumentInput;
