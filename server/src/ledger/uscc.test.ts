import { describe, expect, it } from 'vitest';
import { isValidUscc, makeUscc, orgCodeCheckChar, usccCheckChar, usccProblem } from './uscc.ts';

// Published codes of real organizations (national enterprise credit information system).
const REAL_VALID = [
  '91350100M000100Y43', // the GB 32100-2015 example
  '91440300708461136T', // Tencent (Shenzhen)
  '91330100716105852F', // Alibaba (China)
  '91110000802100433B', // Bank of China
];

describe('unified social credit code (GB 32100-2015)', () => {
  it.each(REAL_VALID)('accepts the real code %s', (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it.each([
    ['a wrong check character', '91350100M000100Y44', 'CHECKSUM'],
    ['a wrong check character', '91330100716105852E', 'CHECKSUM'],
    ['a transposition of two characters', '91440300708461163T', 'CHECKSUM'],
    ['characters outside the alphabet (I, O, Z, S, V)', '91350100M000100YO3', 'CHARACTER'],
    ['lower case', '91350100m000100Y43', 'CHARACTER'],
    ['a wrong length', '91350100M000100Y4', 'LENGTH'],
    ['an empty code', '', 'LENGTH'],
  ])('rejects %s: %j is %s', (_why, code, problem) => {
    expect(usccProblem(code)).toBe(problem);
  });

  it('computes the check character of the standard example', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('computes the GB 11714 organization code check character', () => {
    // characters 9-17 of the real codes above are their organization codes (71610585-2 ...)
    expect(orgCodeCheckChar('71610585')).toBe('2');
    expect(orgCodeCheckChar('80210043')).toBe('3');
    expect(orgCodeCheckChar('70846113')).toBe('6');
  });

  it('makes valid, distinct codes for generated organizations', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const c = makeUscc(i % 2 ? '91' : '92', '110113', 10_000_000 + i * 7919);
      expect(isValidUscc(c)).toBe(true);
      codes.add(c);
    }
    expect(codes.size).toBe(2000);
  });
});
