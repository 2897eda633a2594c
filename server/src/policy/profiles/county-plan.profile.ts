import type { ProfileDocumentInput } from '../profile.schema.ts';

/**
 * Seed 004: 县"两新"组织党建规划. Part 二.1 holds the member and founding thresholds and the target
 * of 15 party organizations; 三(一)3 instructors for organizations without members; 三(二)2 one
 * instructor per 2 organizations; 三(三)1 activists by size. "生产经营比较稳定" is read as status
 * operating. The activist classes follow the seed's order: under 50, 50-99, 100 and more.
 */
export const COUNTY_PLAN = {
  key: 'county-plan',
  name: '县两新组织党建规划',
  nameEn: 'County party-building plan',
  source: '004 新社会组织党建设计划',
  rules: [
    {
      id: 'members3-org',
      article: '004 二.1',
      label: {
        zh: '有3名以上正式党员的两新组织',
        en: 'an organization with 3+ formal party members',
      },
      when: { partyMembers: { min: 3 } },
      requires: { kind: 'party_org' },
    },
    {
      id: 'emp50-member',
      article: '004 二.1',
      label: {
        zh: '员工50名以上、生产经营稳定的两新组织',
        en: 'a stably operating organization with 50+ employees',
      },
      when: { statuses: ['operating'], employees: { min: 50 } },
      requires: { kind: 'member' },
    },
    {
      id: 'emp100-standalone',
      article: '004 二.1',
      label: {
        zh: '员工100名以上、生产经营稳定的两新组织',
        en: 'a stably operating organization with 100+ employees',
      },
      when: { statuses: ['operating'], employees: { min: 100 } },
      requires: { kind: 'standalone_party_org' },
    },
    {
      id: 'no-members-work',
      article: '004 三(一)3',
      label: { zh: '没有党员的两新组织', en: 'an organization without party members' },
      when: { partyMembers: { max: 0 } },
      requires: { kind: 'work_coverage' },
    },
    {
      id: 'activists-lt50',
      article: '004 三(三)1',
      label: { zh: '职工50名以下的两新组织', en: 'an organization with under 50 staff' },
      when: { employees: { max: 49 } },
      requires: { kind: 'activists', count: 1 },
    },
    {
      id: 'activists-50-99',
      article: '004 三(三)1',
      label: { zh: '职工50-100名的两新组织', en: 'an organization with 50-99 staff' },
      when: { employees: { min: 50, max: 99 } },
      requires: { kind: 'activists', count: 3 },
    },
    {
      id: 'activists-100',
      article: '004 三(三)1',
      label: { zh: '职工100名以上的两新组织', en: 'an organization with 100+ staff' },
      when: { employees: { min: 100 } },
      requires: { kind: 'activists', count: 5 },
    },
  ],
  targets: [
    {
      id: 'party-orgs-15',
      article: '004 二.1',
      label: { zh: '两新组织党组织数量', en: 'party organizations in two-new organizations' },
      metric: 'party_organizations',
      scope: {},
      min: 15,
    },
  ],
  jointUnitLimit: null,
  orgsPerInstructor: 2,
  sizeClasses: [],
} satisfies ProfileDocumentInput;
