import { describe, expect, it } from 'vitest';
import type { Target } from './profile.schema.ts';
import { distanceToTarget } from './targets.ts';

const rate = (min: number, metric: Target['metric'] = 'organizational_rate'): Target => ({
  id: 't',
  article: '000 第六条',
  label: { zh: '覆盖率', en: 'coverage' },
  metric,
  scope: {},
  min,
});

describe('distance to a target', () => {
  it('says how many more organizations to cover', () => {
    const r = distanceToTarget(rate(0.9), 76, 100);
    expect(r).toMatchObject({ met: false, needed: 14, value: 0.76, denominator: 100 });
    expect(r.message.en).toBe('needs 14 more organizations covered to reach 90%');
    expect(r.message.zh).toBe('还需组织覆盖14个组织方可达到90%');
  });

  it('is met exactly at the boundary despite floating point (0.9 x 10, 0.35 x 20, 0.7 x 30)', () => {
    expect(distanceToTarget(rate(0.9), 9, 10)).toMatchObject({ met: true, needed: 0 });
    expect(distanceToTarget(rate(0.9), 8, 10)).toMatchObject({ met: false, needed: 1 });
    expect(distanceToTarget(rate(0.35), 7, 20)).toMatchObject({ met: true, needed: 0 });
    expect(distanceToTarget(rate(0.7), 21, 30)).toMatchObject({ met: true, needed: 0 });
    expect(distanceToTarget(rate(0.7), 20, 30)).toMatchObject({ met: false, needed: 1 });
  });

  it('rounds a fractional requirement up (90% of 11 organizations needs 10)', () => {
    expect(distanceToTarget(rate(0.9), 9, 11).needed).toBe(1);
  });

  it('treats an empty scope as met with no value', () => {
    expect(distanceToTarget(rate(0.9), 0, 0)).toMatchObject({ met: true, needed: 0, value: null });
  });

  it('words work coverage and party organization counts', () => {
    expect(distanceToTarget(rate(0.4, 'work_rate_of_uncovered'), 10, 50).message.en).toBe(
      'needs 10 more organizations with work coverage to reach 40%',
    );
    const count = distanceToTarget({ ...rate(15, 'party_organizations') }, 12, null);
    expect(count).toMatchObject({ needed: 3, met: false, value: 12 });
    expect(count.message.zh).toBe('还需建立3个党组织方可达到15个');
  });
});
