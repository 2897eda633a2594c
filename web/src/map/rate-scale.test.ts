import { describe, expect, it } from 'vitest';
import { RATE_CLASSES } from './layers/palette.ts';
import { fittedRateClasses } from './rate-scale.ts';

describe('fitted rate classes', () => {
  it('puts about a fifth of the grids in each class', () => {
    const rates = Array.from({ length: 100 }, (_, i) => 0.4 + i * 0.005); // 40% .. 89.5%
    const classes = fittedRateClasses(rates);
    expect(classes.map((c) => c.min)).toEqual([0, 0.5, 0.6, 0.7, 0.8]);
    expect(classes.map((c) => c.color)).toEqual(RATE_CLASSES.map((c) => c.color));
    const per = classes.map(
      (c, i) => rates.filter((r) => r >= c.min && r < (classes[i + 1]?.min ?? 2)).length,
    );
    expect(per).toEqual([20, 20, 20, 20, 20]);
  });

  it('falls back to the fixed classes for a handful of grids, ignoring nulls', () => {
    expect(fittedRateClasses([0.5, null, 0.7])).toEqual(RATE_CLASSES.map((c) => ({ ...c })));
  });

  it('collapses equal breaks and keeps the lowest and highest colours', () => {
    const classes = fittedRateClasses([...Array(30).fill(0.5), ...Array(10).fill(0.9)]);
    expect(classes.map((c) => c.min)).toEqual([0, 0.5, 0.9]);
    expect(classes[0]!.color).toBe(RATE_CLASSES[0].color);
    expect(classes.at(-1)!.color).toBe(RATE_CLASSES.at(-1)!.color);
  });
});
