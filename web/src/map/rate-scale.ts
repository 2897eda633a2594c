import { RATE_CLASSES } from './layers/palette.ts';

/** A class of the choropleth: rates from `min` (inclusive) up to the next class's `min`. */
export interface RateClass {
  min: number;
  color: string;
}

/** Fewer grids with a rate than this: the fixed classes of RATE_CLASSES (quantiles mean little). */
const MIN_GRIDS_FOR_QUANTILES = 10;

/**
 * Classes fitted to the rates on the map (issue 15: with fixed classes 567 of 601 grids fell in
 * one colour): the breaks are the quintiles of the rates, rounded to whole percent, so that each
 * colour holds about a fifth of the grids. Equal breaks collapse (a scope where most grids share
 * a rate gets fewer classes); the colours stay RATE_CLASSES' from low to high.
 */
export function fittedRateClasses(rates: readonly (number | null)[]): RateClass[] {
  const sorted = rates
    .filter((r): r is number => r != null && Number.isFinite(r))
    .sort((a, b) => a - b);
  if (sorted.length < MIN_GRIDS_FOR_QUANTILES) return RATE_CLASSES.map((c) => ({ ...c }));
  const n = RATE_CLASSES.length;
  const breaks: number[] = [0];
  for (let i = 1; i < n; i++) {
    const q = sorted[Math.min(sorted.length - 1, Math.floor((i * sorted.length) / n))]!;
    const rounded = Math.round(q * 100) / 100;
    if (rounded > breaks.at(-1)!) breaks.push(rounded);
  }
  // Spread the colours over the classes there are, lowest and highest always used.
  return breaks.map((min, i) => ({
    min,
    color:
      RATE_CLASSES[breaks.length === 1 ? 0 : Math.round((i * (n - 1)) / (breaks.length - 1))]!
        .color,
  }));
}
