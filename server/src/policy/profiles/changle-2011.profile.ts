import type { ProfileDocumentInput } from '../profile.schema.ts';

/**
 * Seed 001: 长乐镇《非公有制企业党组织组建"集中攻坚月"专项行动的通知》(长委〔2011〕44号).
 * Part 一 holds the three 100% rules and the 35% / 40% targets, part 二.1 the standalone rule for
 * 3+ formal members, part 三.2 the social-organization thresholds, part 四.1 the survey classes.
 * "一定数量专职工作人员" (social groups) is read as at least one employee.
 */
export const CHANGLE_2011 = {
  key: 'changle-2011',
  name: '长乐镇非公企业党组织组建集中攻坚月(2011)',
  nameEn: 'Changle town founding campaign (2011)',
  source: '001 长委〔2011〕44号',
  rules: [
    {
      id: 'members-org',
      article: '001 一',
      label: { zh: '有党员的非公企业', en: 'a non-public enterprise with party members' },
      when: { categories: ['new_economic'], partyMembers: { min: 1 } },
      requires: { kind: 'party_org' },
    },
    {
      id: 'emp80-org',
      article: '001 一',
      label: { zh: '从业80人以上的非公企业', en: 'a non-public enterprise with 80+ employees' },
      when: { categories: ['new_economic'], employees: { min: 80 } },
      requires: { kind: 'party_org' },
    },
    {
      id: 'emp50-79-rev500-org',
      article: '001 一',
      label: {
        zh: '从业50-79人且年营业收入500万元以上的非公企业',
        en: 'a non-public enterprise with 50-79 employees and revenue of 5,000,000 yuan or more',
      },
      when: {
        categories: ['new_economic'],
        employees: { min: 50, max: 79 },
        revenueYuan: { min: 5_000_000 },
      },
      requires: { kind: 'party_org' },
    },
    {
      id: 'members3-standalone',
      article: '001 二.1',
      label: {
        zh: '有3名以上正式党员的两新组织',
        en: 'an organization with 3+ formal party members',
      },
      when: { partyMembers: { min: 3 } },
      requires: { kind: 'standalone_party_org' },
    },
    {
      id: 'social50-standalone',
      article: '001 三.2',
      label: {
        zh: '从业人员50人以上的民办非企业单位、社会中介组织',
        en: 'a private non-enterprise unit or intermediary with 50+ staff',
      },
      when: {
        subKinds: ['private_non_enterprise', 'social_intermediary'],
        employees: { min: 50 },
      },
      requires: { kind: 'standalone_party_org' },
    },
    {
      id: 'group80-standalone',
      article: '001 三.2',
      label: {
        zh: '拥有80家以上会员单位且有专职工作人员的社会团体',
        en: 'a social group with 80+ member units and full-time staff',
      },
      when: { subKinds: ['social_group'], memberUnits: { min: 80 }, employees: { min: 1 } },
      requires: { kind: 'standalone_party_org' },
    },
  ],
  targets: [
    {
      id: 'establishment-35',
      article: '001 一',
      label: {
        zh: '非公企业党组织总体组建率',
        en: 'overall establishment rate of non-public enterprises',
      },
      metric: 'organizational_rate',
      scope: { categories: ['new_economic'] },
      min: 0.35,
    },
    {
      id: 'work-40',
      article: '001 一',
      label: {
        zh: '未建党组织的非公企业党的工作覆盖率',
        en: 'work coverage of non-public enterprises without a party organization',
      },
      metric: 'work_rate_of_uncovered',
      scope: { categories: ['new_economic'] },
      min: 0.4,
    },
  ],
  jointUnitLimit: null,
  orgsPerInstructor: null,
  // The first matching class wins, so the large class (80+, or 50-79 with 5M+) comes first.
  sizeClasses: [
    {
      key: 'large',
      label: { zh: '80人以上或50-79人且营业收入500万元以上', en: '80+, or 50-79 with revenue 5M+' },
      when: [
        { employees: { min: 80 } },
        { employees: { min: 50, max: 79 }, revenueYuan: { min: 5_000_000 } },
      ],
    },
    { key: 'lt30', label: { zh: '30人以下', en: 'under 30' }, when: [{ employees: { max: 29 } }] },
    {
      key: '30-49',
      label: { zh: '30-49人', en: '30-49' },
      when: [{ employees: { min: 30, max: 49 } }],
    },
    {
      key: '50-79',
      label: { zh: '50-79人且营业收入500万元以下', en: '50-79 with revenue under 5M' },
      when: [{ employees: { min: 50, max: 79 } }],
    },
  ],
} satisfies ProfileDocumentInput;
