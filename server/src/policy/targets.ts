import type { Target } from './profile.schema.ts';
import type { Localized } from './reasons.ts';

/** A target against an area's figures (seed 000 art. 6, seed 001 part 一, seed 004 part 二.1). */
export interface TargetResult {
  id: string;
  article: string;
  label: Localized;
  metric: Target['metric'];
  min: number;
  value: number | null;
  numerator: number;
  denominator: number | null;
  met: boolean;
  needed: number;
  message: Localized;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * How far a rate or count is from its target. For a rate `num / den >= min`, the organizations
 * still to cover are ceil(min * den) - num (0 when met); a small epsilon keeps 0.9 * 10 at 9.
 */
export function distanceToTarget(
  t: Target,
  numerator: number,
  denominator: number | null,
): TargetResult {
  const base = { id: t.id, article: t.article, label: t.label, metric: t.metric, min: t.min };
  if (t.metric === 'party_organizations') {
    const needed = Math.max(0, Math.ceil(t.min - 1e-9) - numerator);
    return {
      ...base,
      value: numerator,
      numerator,
      denominator: null,
      met: needed === 0,
      needed,
      message:
        needed === 0
          ? {
              zh: `已有${numerator}个党组织, 达到${t.min}个`,
              en: `${numerator} party organizations, target ${t.min} reached`,
            }
          : {
              zh: `还需建立${needed}个党组织方可达到${t.min}个`,
              en: `needs ${needed} more party organizations to reach ${t.min}`,
            },
    };
  }
  const den = denominator ?? 0;
  const value = den > 0 ? numerator / den : null;
  const needed = Math.max(0, Math.ceil(t.min * den - 1e-9) - numerator);
  const what =
    t.metric === 'work_rate_of_uncovered'
      ? { zh: '工作覆盖', en: 'work coverage' }
      : { zh: '组织覆盖', en: 'covered' };
  return {
    ...base,
    value,
    numerator,
    denominator: den,
    met: needed === 0,
    needed,
    message:
      needed === 0
        ? {
            zh: `${value == null ? '无组织' : pct(value)}, 已达到${pct(t.min)}`,
            en: `${value == null ? 'no organizations' : pct(value)}, target ${pct(t.min)} reached`,
          }
        : {
            zh: `还需${what.zh}${needed}个组织方可达到${pct(t.min)}`,
            en: `needs ${needed} more organizations ${t.metric === 'work_rate_of_uncovered' ? 'with work coverage' : 'covered'} to reach ${pct(t.min)}`,
          },
  };
}
