import { z } from 'zod';

/**
 * A policy profile: one locality's coverage rules as data. Every threshold lives here, never in
 * TypeScript; rules compile to SQL (rules.sql.ts) and are read by the reference evaluator
 * (evaluate.ts). Boundaries are inclusive exactly as the seeds say ("50人以上" = min 50).
 */

export const ORG_CATEGORIES = ['new_economic', 'new_social'] as const;
export const ORG_SUB_KINDS = [
  'non_public_enterprise',
  'individual_business',
  'social_group',
  'private_non_enterprise',
  'foundation',
  'social_intermediary',
] as const;
export const ORG_STATUSES = ['operating', 'suspended', 'zombie', 'deregistered'] as const;

/** Rule results are stored as 31-bit masks (org_coverage.applicable / unmet). */
export const MAX_RULES = 31;

const text = z.object({ zh: z.string().min(1).max(200), en: z.string().min(1).max(200) });

const range = z
  .object({
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((r) => r.min !== undefined || r.max !== undefined, 'give min, max or both')
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
    message: 'min must not exceed max',
    path: ['min'],
  });
export type Range = z.infer<typeof range>;

/** Ids and keys within a profile (rules, targets, size classes). */
const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** Which kinds of organization (any of those listed): a condition's and a target scope's. */
const kinds = {
  categories: z.array(z.enum(ORG_CATEGORIES)).min(1).optional(),
  subKinds: z.array(z.enum(ORG_SUB_KINDS)).min(1).optional(),
};

/** Where the seed says so, e.g. "000 第六条", and what it says in words (rules and targets). */
const citation = {
  article: z.string().min(1).max(80),
  label: text,
};

/** Every given field must hold (AND); list fields match any of their values (OR). */
export const condition = z
  .object({
    ...kinds,
    industries: z
      .array(z.string().regex(/^[a-z_]{1,40}$/))
      .min(1)
      .optional(),
    statuses: z.array(z.enum(ORG_STATUSES)).min(1).optional(),
    ownerIsMember: z.boolean().optional(),
    employees: range.optional(),
    partyMembers: range.optional(),
    /** Annual revenue in yuan; an unknown revenue never satisfies a revenue range. */
    revenueYuan: range.optional(),
    /** Member units of a social group; unknown never satisfies. */
    memberUnits: range.optional(),
    activists: range.optional(),
  })
  .strict();
export type Condition = z.infer<typeof condition>;

/** Unmet requirements of these kinds make an organization a gap (未达标). */
const GAP = ['member', 'party_org', 'standalone_party_org'] as const;
/**
 * What a rule demands. `member`: at least `count` (default 1) formal party members;
 * `party_org`: organizational coverage (own, joint or attached); `standalone_party_org`: its own
 * party organization; `work_coverage`: work or organizational coverage; `activists`: at least
 * `count` activists (入党积极分子).
 */
export const REQUIREMENT_KINDS = [...GAP, 'work_coverage', 'activists'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];
export const GAP_KINDS: readonly RequirementKind[] = GAP;

const requirement = z
  .object({
    kind: z.enum(REQUIREMENT_KINDS),
    count: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const rule = z
  .object({
    id: z.string().regex(ID_PATTERN, 'lower-case letters, digits, - and _'),
    /** The label: the condition in words, e.g. { zh: "从业人员100人以上的非公企业", en: "..." }. */
    ...citation,
    when: condition,
    requires: requirement,
  })
  .strict();
export type Rule = z.infer<typeof rule>;

/**
 * A coverage target over the active organizations matching `scope`:
 * `organizational_rate` = organizational / total; `work_rate_of_uncovered` = work / (total -
 * organizational); `party_organizations` = party organizations in the area (absolute count).
 */
export const TARGET_METRICS = [
  'organizational_rate',
  'work_rate_of_uncovered',
  'party_organizations',
] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const target = z
  .object({
    id: z.string().regex(ID_PATTERN),
    ...citation,
    metric: z.enum(TARGET_METRICS),
    scope: z.object(kinds).strict().default({}),
    /** A rate in [0, 1] for rate metrics, a count for `party_organizations`. */
    min: z.number().min(0),
  })
  .strict()
  .refine((t) => t.metric === 'party_organizations' || t.min <= 1, {
    message: 'a rate target must lie in [0, 1]',
    path: ['min'],
  });
export type Target = z.infer<typeof target>;

export const sizeClass = z
  .object({
    key: z.string().regex(ID_PATTERN),
    label: text,
    /** Any of these conditions (OR of ANDs). */
    when: z.array(condition).min(1).max(5),
  })
  .strict();
export type SizeClass = z.infer<typeof sizeClass>;

export const profileDocument = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'lower-case letters, digits and -'),
    name: z.string().min(1).max(120),
    nameEn: z.string().min(1).max(120),
    /** The seed document it encodes, e.g. "000". */
    source: z.string().min(1).max(120),
    rules: z.array(rule).min(1).max(MAX_RULES),
    targets: z.array(target).max(20).default([]),
    /** Seed 000 art. 6: a joint party organization generally covers no more than 15 units. */
    jointUnitLimit: z.number().int().min(2).max(1000).nullable().default(null),
    /** Organizations one instructor looks after (seed 000 art. 20: ~10; seed 004: 2). */
    orgsPerInstructor: z.number().int().min(1).max(1000).nullable().default(null),
    /**
     * Members that found a branch / a general branch / a committee (issue 16); party practice
     * (3 / 50 / 100, party/party-kinds.ts) where a profile sets none.
     */
    partyOrgKinds: z
      .object({
        branchMin: z.number().int().min(1).max(1000),
        generalBranchAt: z.number().int().min(2).max(100000),
        committeeAt: z.number().int().min(3).max(100000),
      })
      .strict()
      .refine((k) => k.branchMin < k.generalBranchAt && k.generalBranchAt < k.committeeAt, {
        message: 'thresholds must rise: branchMin < generalBranchAt < committeeAt',
      })
      .optional(),
    /** The survey's size classes (seed 001); the first matching class wins. */
    sizeClasses: z.array(sizeClass).max(10).default([]),
    /**
     * Money for new party organizations (seed 000 art. 24), in yuan: start-up funds per year by
     * kind, paid for `startupYears`, and activity funds per formal member per year. Read by the
     * planning help to cost its proposals; null: the profile sets no amounts.
     */
    funds: z
      .object({
        startupYears: z.number().int().min(1).max(10),
        startupPerYear: z
          .object({
            committee: z.number().int().min(0).max(10_000_000),
            generalBranch: z.number().int().min(0).max(10_000_000),
            branch: z.number().int().min(0).max(10_000_000),
          })
          .strict(),
        activityPerMemberPerYear: z.number().int().min(0).max(100_000),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.rules.forEach((r, i) => {
      if (seen.has(r.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate rule id ${r.id}`,
          path: ['rules', i, 'id'],
        });
      }
      seen.add(r.id);
    });
  });
export type ProfileDocument = z.infer<typeof profileDocument>;
export type ProfileDocumentInput = z.input<typeof profileDocument>;

export interface ProfileIssue {
  /** Dotted path of the bad field, e.g. `rules.2.when.employees.min`. */
  field: string;
  message: string;
}

/** Validates a document; returns the parsed profile or the first issue with its path. */
export function parseProfile(
  input: unknown,
): { ok: true; profile: ProfileDocument } | { ok: false; issue: ProfileIssue } {
  const r = profileDocument.safeParse(input);
  if (r.success) return { ok: true, profile: r.data };
  const first = r.error.issues[0]!;
  return { ok: false, issue: { field: first.path.map(String).join('.'), message: first.message } };
}
