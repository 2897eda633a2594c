import DataLoader from 'dataloader';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import type { Context } from '../graphql/context.ts';
import { evaluateOrganization, type Evaluation, type OrgFacts } from './evaluate.ts';
import { loadOrgFacts } from './facts.sql.ts';
import type { StoredProfile } from './profiles.store.ts';
import { describeRequirements, summarize } from './reasons.ts';
import { anyOf } from '../db/int-array.ts';
import { orgCoverage } from './policy.tables.ts';

/** An organization's materialized row with the facts it is worded from. */
export interface CoverageInput {
  profile: StoredProfile;
  facts: OrgFacts;
  evaluation: Evaluation;
}

/** What `OrganizationCoverage` resolves from (every field by name). */
export type CoverageModel = ReturnType<typeof coverageFields>;

/**
 * The coverage of these organizations under one profile, in the order of `ids` (null where the
 * organization does not exist): the materialized org_coverage rows, and for an organization
 * without a row (not refreshed yet) the rules evaluated here.
 */
export async function loadCoverage(
  executor: Executor,
  profile: StoredProfile,
  ids: readonly number[],
): Promise<(CoverageModel | null)[]> {
  const c = orgCoverage;
  const [facts, found] = await Promise.all([
    loadOrgFacts(executor, [...ids]),
    executor
      .select({
        organizationId: c.organizationId,
        coverage: c.coverage,
        standalone: c.standalone,
        hasMassOrgs: c.hasMassOrgs,
        applicable: c.applicable,
        unmet: c.unmet,
        sizeClass: c.sizeClass,
        isExcluded: c.isExcluded,
        isBlankSpot: c.isBlankSpot,
        isGap: c.isGap,
      })
      .from(c)
      .where(and(eq(c.profileId, profile.id), anyOf(c.organizationId, ids))),
  ]);
  const byId = new Map(
    found.map(({ organizationId, ...evaluation }) => [organizationId, evaluation]),
  );
  return ids.map((id) => {
    const f = facts.get(id);
    if (!f) return null;
    const evaluation = byId.get(id) ?? evaluateOrganization(profile.document, f);
    return coverageFields({ profile, facts: f, evaluation });
  });
}

/** One loader per (request, profile): every organization of a page in two statements. */
const cache = new WeakMap<Context, Map<number, DataLoader<number, CoverageModel | null>>>();
export function coverageLoader(ctx: Context, profile: StoredProfile) {
  let perProfile = cache.get(ctx);
  if (!perProfile) cache.set(ctx, (perProfile = new Map()));
  let loader = perProfile.get(profile.id);
  if (!loader) {
    loader = new DataLoader((ids) => loadCoverage(ctx.database.db, profile, ids));
    perProfile.set(profile.id, loader);
  }
  return loader;
}

/** Field values of `OrganizationCoverage`. */
export function coverageFields(m: CoverageInput) {
  const e = m.evaluation;
  const requirements = describeRequirements(m.profile.document, m.facts, e);
  return {
    profile: m.profile.key,
    coverage: e.coverage,
    excluded: e.isExcluded,
    blankSpot: e.isBlankSpot,
    gap: e.isGap,
    standalone: e.standalone,
    hasInstructor: m.facts.hasInstructor,
    hasMassOrganizations: e.hasMassOrgs,
    sizeClass: e.sizeClass,
    requirements,
    summary: summarize(m.facts, e, requirements),
  };
}
