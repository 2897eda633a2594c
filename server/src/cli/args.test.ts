import { describe, expect, it } from 'vitest';
import { intOption } from './args.ts';

describe('intOption', () => {
  it('reads whole numbers with digit separators and falls back when absent', () => {
    expect(intOption('30_000', 'orgs', 1)).toBe(30_000);
    expect(intOption('1,000,000', 'orgs', 1)).toBe(1_000_000);
    expect(intOption('0', 'orgs', 1)).toBe(0);
    expect(intOption(undefined, 'orgs', 7)).toBe(7);
  });

  it('refuses what is not a whole number >= 0, naming the option', () => {
    for (const bad of ['', 'x', '-1', '1.5']) {
      expect(() => intOption(bad, 'orgs', 1)).toThrow('--orgs must be a whole number >= 0');
    }
  });
});
