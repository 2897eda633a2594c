import DataLoader from 'dataloader';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import type { Context } from '../graphql/context.ts';
import { evaluateOrganization, type Evaluation, type OrgFacts } from './evaluate.ts';
import { loadOrgFacts } from './facts.sql.ts';
import type { StoredProfile } from './profiles.store.ts';
import { describeRequirements, summarize } from './reasons.ts';
import { rows } from '../db/rows.ts';

/** An organization's materialized row with the facts it is worded from. */
export interface CoverageInput {
  profile: StoredProfile;
  facts: OrgFacts;
  evaluation: Evaluation;
}

/** What `OrganizationCoverage` resolves from (every field by name). */
export type CoverageModel = ReturnType<typeof coverageFields>;

interface Row {
  organization_id: number;
  coverage: Evaluation['coverage'];
  standalone: boolean;
  has_mass_orgs: boolean;
  applicable: number;
  unmet: number;
  size_class: string | null;
  is_excluded: boolean;
  is_blank_spot: boolean;
  is_gap: boolean;
}

/** org_coverage rows of one profile; an organization without a row is evaluated in TypeScript. */
async function loadCoverage(
  executor: Executor,
  profile: StoredProfile,
  ids: readonly number[],
): Promise<(CoverageModel | null)[]> {
  const list = sql`string_to_array(${ids.join(',')}, ',')::int[]`;
  const [facts, found] = await Promise.all([
    loadOrgFacts(executor, [...ids]),
    rows<Row>(
      executor,
      sql`SELECT organization_id, coverage, standalone, has_mass_orgs, applicable, unmet,
            size_class, is_excluded, is_blank_spot, is_gap
          FROM org_coverage WHERE profile_id = ${profile.id} AND organization_id = ANY(${list})`,
    ),
  ]);
  const byId = new Map(found.map((r) => [Number(r.organization_id), r]));
  return ids.map((id) => {
    const f = facts.get(id);
    if (!f) return null;
    const r = byId.get(id);
    const evaluation: Evaluation = r
      ? {
          coverage: r.coverage,
          standalone: r.standalone,
          hasMassOrgs: r.has_mass_orgs,
          applicable: Number(r.applicable),
          unmet: Number(r.unmet),
          sizeClass: r.size_class,
          isExcluded: r.is_excluded,
          isBlankSpot: r.is_blank_spot,
          isGap: r.is_gap,
        }
      : evaluateOrganization(profile.document, f);
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
