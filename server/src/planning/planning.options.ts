import { badInput, Reasons } from '../errors.ts';

/** An optional integer option within [min, max], or its default; out of range is BAD_USER_INPUT. */
export function intOption(
  value: number | null | undefined,
  fallback: number,
  min: number,
  max: number,
  field: string,
): number {
  if (value == null) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, Reasons.OUT_OF_RANGE, `must be an integer in [${min}, ${max}]`);
  }
  return value;
}
