import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A locality's coverage rules as data (validated by policy/profile.schema.ts). */
export const policyProfiles = pgTable(
  'policy_profiles',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** Stable key, e.g. shunyi-2017 */
    key: text().notNull(),
    name: text().notNull(),
    document: jsonb().notNull(),
    version: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: text(),
  },
  (t) => [
    uniqueIndex('policy_profiles_key_uq').on(t.key),
    check('policy_profiles_version_positive', sql`${t.version} >= 1`),
  ],
);

export type PolicyProfileRow = typeof policyProfiles.$inferSelect;
