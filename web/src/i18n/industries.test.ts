import { describe, expect, it } from 'vitest';
import { industryName, INDUSTRY_CODES } from './industries.ts';

describe('industry names', () => {
  it("offers the ledger's codes and names them in both languages", () => {
    // The codes the server stores (policy profiles match on education and healthcare).
    expect(INDUSTRY_CODES).toContain('education');
    expect(INDUSTRY_CODES).toContain('healthcare');
    expect(industryName('education', 'zh')).toBe('民办学校');
    expect(industryName('education', 'en')).toBe('Private schools');
    for (const code of INDUSTRY_CODES) expect(industryName(code, 'en')).not.toBe(code);
    expect(industryName('unknown', 'en')).toBe('unknown');
  });
});
