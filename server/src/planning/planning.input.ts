import { badInput, Reasons } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { coverageProfile, parseScope, requireProfile, type Scope } from '../policy/index.ts';
import {
  DEFAULT_TIME_LIMIT_MS,
  MAX_PLANNING_ORGS,
  MAX_TIME_LIMIT_MS,
} from './planning.constants.ts';
import { intOption } from './planning.options.ts';

/** Why a plan cannot be made (`extensions.reason`). */
export const PLANNING_REASONS = {
  NOT_EVALUATED: 'NOT_EVALUATED',
  SCOPE_REQUIRED: 'SCOPE_REQUIRED',
  /** The profile sets no orgsPerInstructor (e.g. changle-2011): no load to deploy by. */
  NO_INSTRUCTOR_LOAD: 'NO_INSTRUCTOR_LOAD',
} as const;
declare module '../errors.ts' {
  interface InputReasonRegistry {
    planning: (typeof PLANNING_REASONS)[keyof typeof PLANNING_REASONS];
  }
}

/** The profile, evaluated, and the scope (a whole district at most). */
export async function planningInput(ctx: Context, scopeId: string, profileKey?: string | null) {
  const profile = await requireProfile(ctx, profileKey);
  const cov = await coverageProfile(ctx.database.db, profile.key);
  if (!cov?.evaluated) {
    throw badInput(
      'profile',
      PLANNING_REASONS.NOT_EVALUATED,
      `profile "${profile.key}" has not been evaluated yet; proposals read its coverage`,
    );
  }
  const scope: Scope = await parseScope(ctx.database.db, scopeId);
  if (scope.kind === 'all') {
    throw badInput(
      'scope',
      PLANNING_REASONS.SCOPE_REQUIRED,
      'name a district, subdistrict or grid',
    );
  }
  return { profile, scope };
}

export const tooMany = (limit = MAX_PLANNING_ORGS) =>
  badInput(
    'scope',
    Reasons.TOO_MANY,
    `范围内超过 ${limit} 个单位, 请按街道或网格分别规划 (more than ${limit} organizations: plan a smaller scope, a subdistrict or grid)`,
  );

/** options.timeLimitMs of both queries. */
export const timeLimitOption = (v: number | null | undefined) =>
  intOption(v, DEFAULT_TIME_LIMIT_MS, 100, MAX_TIME_LIMIT_MS, 'options.timeLimitMs');
