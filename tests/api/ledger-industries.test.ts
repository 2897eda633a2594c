import { describe, expect, it } from 'vitest';
import {
  closestIndustryLabels,
  industryFromCell,
  INDUSTRIES,
  sectionOf,
} from '../../server/src/ledger/industries.ts';
import { GB_DIVISIONS, GB_SECTIONS } from '../../server/src/ledger/industry-aliases.ts';

/** Issue 11, item 7: industries as offices write them, GB/T 4754-2017 codes and names included. */
const CASES: [string, string | undefined][] = [
  // the stored labels and codes
  ['信息技术', 'it'],
  ['express_delivery', 'express_delivery'],
  ['制造业', 'manufacturing'],
  ['律师事务所', 'law'],
  // short forms the issue names
  ['物流快递', 'express_delivery'],
  ['法律服务', 'law'],
  ['教育', 'education'],
  ['制造', 'manufacturing'],
  ['养老', 'elderly_care'],
  ['IT', 'it'],
  // 门类 letters and names
  ['C', 'manufacturing'],
  ['c', 'manufacturing'],
  ['A', 'agriculture'],
  ['P', 'education'],
  ['R', 'cultural_creative'],
  ['B', 'other'],
  ['交通运输、仓储和邮政业', 'logistics'],
  ['信息传输、软件和信息技术服务业', 'it'],
  // 大类 codes, with or without the letter, and 小类 codes read by their division
  ['C13', 'manufacturing'],
  ['13', 'manufacturing'],
  ['G60', 'express_delivery'],
  ['60', 'express_delivery'],
  ['I65', 'it'],
  ['F52', 'retail'],
  ['51', 'wholesale'],
  ['H62', 'catering'],
  ['Q85', 'social_work'],
  ['O81', 'auto_repair'],
  ['C1310', 'manufacturing'],
  ['7231', 'business_services'],
  // 大类 names
  ['餐饮业', 'catering'],
  ['软件和信息技术服务业', 'it'],
  ['卫生', 'healthcare'],
  // generic endings
  ['物流行业', 'logistics'],
  ['教育业', 'education'],
  [' 快递 ', 'express_delivery'],
  // unknown: a letter that does not hold the division, out of range, nonsense
  ['C51', undefined],
  ['U', undefined],
  ['98', undefined],
  ['00', undefined],
  ['宇宙航行', undefined],
  ['', undefined],
];

describe('industries', () => {
  it.each(CASES)('%s -> %s', (cell, code) => {
    expect(industryFromCell(cell)).toBe(code);
  });

  it('covers every GB/T 4754-2017 section and division with a known class', () => {
    expect(GB_SECTIONS.map(([l]) => l).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(GB_DIVISIONS).toHaveLength(97); // 01..97
    for (const [two, , code] of GB_DIVISIONS) {
      expect(code in INDUSTRIES).toBe(true);
      expect(industryFromCell(`${sectionOf(Number(two))}${two}`)).toBe(code);
    }
  });

  it('names the closest known labels of an unknown industry', () => {
    expect(closestIndustryLabels('物流快送')).toContain('物流快递');
    expect(closestIndustryLabels('律师服务所')).toContain('律师事务所');
    expect(closestIndustryLabels('zzz')).toEqual([]);
  });
});
