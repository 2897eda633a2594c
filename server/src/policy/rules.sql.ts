import { sql, type SQL } from 'drizzle-orm';
import { gapMask } from './evaluate.ts';
import type { Condition, ProfileDocument, Range, Rule } from './profile.schema.ts';

/**
 * Compiles a profile's rules to SQL expressions over the columns of an organization row plus
 * `coverage` (coverage_kind) and `standalone` (boolean), as refresh.sql.ts selects them. The same
 * semantics as evaluate.ts: inclusive ranges, unknown (NULL) revenue or member units never match.
 */

const COLUMN: Record<
  keyof Omit<Condition, 'categories' | 'subKinds' | 'industries' | 'statuses' | 'ownerIsMember'>,
  string
> = {
  employees: 'employees',
  partyMembers: 'party_members',
  revenueYuan: 'revenue_yuan',
  memberUnits: 'member_units',
  activists: 'activists',
};

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

function rangeSql(column: string, r: Range): SQL[] {
  const col = sql.identifier(column);
  const out: SQL[] = [];
  if (r.min !== undefined) out.push(sql`${col} >= ${r.min}`);
  if (r.max !== undefined) out.push(sql`${col} <= ${r.max}`);
  return out;
}

/** A condition as a boolean SQL expression (never NULL). */
export function conditionSql(c: Condition): SQL {
  const parts: SQL[] = [];
  if (c.categories) parts.push(sql`category::text IN (${list(c.categories)})`);
  if (c.subKinds) parts.push(sql`sub_kind::text IN (${list(c.subKinds)})`);
  if (c.industries) parts.push(sql`industry IN (${list(c.industries)})`);
  if (c.statuses) parts.push(sql`status::text IN (${list(c.statuses)})`);
  if (c.ownerIsMember !== undefined) parts.push(sql`owner_is_member = ${c.ownerIsMember}`);
  for (const [fact, column] of Object.entries(COLUMN)) {
    const r = c[fact as keyof typeof COLUMN];
    if (r) parts.push(...rangeSql(column, r));
  }
  if (parts.length === 0) return sql`TRUE`;
  return sql`COALESCE((${sql.join(parts, sql` AND `)}), FALSE)`;
}

/** The requirement of a rule as a boolean SQL expression. */
export function metSql(rule: Rule): SQL {
  const n = rule.requires.count ?? 1;
  switch (rule.requires.kind) {
    case 'member':
      return sql`(party_members >= ${n})`;
    case 'party_org':
      return sql`(coverage = 'organizational')`;
    case 'standalone_party_org':
      return sql`standalone`;
    case 'work_coverage':
      return sql`(coverage <> 'none')`;
    case 'activists':
      return sql`(activists >= ${n})`;
  }
}

/** Bit i when rules[i] applies. */
export function applicableSql(profile: ProfileDocument): SQL {
  return sql.join(
    profile.rules.map(
      (r, i) => sql`(CASE WHEN ${conditionSql(r.when)} THEN ${sql.raw(String(1 << i))} ELSE 0 END)`,
    ),
    sql` | `,
  );
}

/** Bit i when rules[i] applies and its requirement is not met. */
export function unmetSql(profile: ProfileDocument): SQL {
  return sql.join(
    profile.rules.map(
      (r, i) =>
        sql`(CASE WHEN ${conditionSql(r.when)} AND NOT ${metSql(r)} THEN ${sql.raw(String(1 << i))} ELSE 0 END)`,
    ),
    sql` | `,
  );
}

/** The key of the first matching size class, or NULL. */
export function sizeClassSql(profile: ProfileDocument): SQL {
  if (profile.sizeClasses.length === 0) return sql`NULL::text`;
  const whens = profile.sizeClasses.map(
    (c) =>
      sql`WHEN ${sql.join(
        c.when.map((w) => conditionSql(w)),
        sql` OR `,
      )} THEN ${c.key}::text`,
  );
  return sql`(CASE ${sql.join(whens, sql` `)} ELSE NULL END)`;
}

export const gapMaskSql = (profile: ProfileDocument) => sql.raw(String(gapMask(profile)));
