import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { day, defaultNow, identity, refersTo, scopeIds } from '../db/columns.ts';
import { coverageCounts, coverageVerdict, policyProfiles } from '../policy/policy.tables.ts';

/**
 * A ledger snapshot (the ledger is refreshed mid-June and mid-November, seed 000 art. 13): the
 * coverage of every organization under one profile as it stood on a date, and the counts per
 * scope, kept so later refreshes can be compared with it.
 */
export const coverageSnapshots = pgTable(
  'coverage_snapshots',
  {
    id: identity(),
    takenOn: day().notNull(),
    label: text(),
    profileId: refersTo(() => policyProfiles.id),
    profileVersion: integer().notNull(),
    organizations: integer().notNull(),
    ...coverageCounts(),
    createdAt: defaultNow(),
    createdBy: text(),
  },
  (t) => [
    uniqueIndex('coverage_snapshots_profile_date_uq').on(t.profileId, t.takenOn),
    check('coverage_snapshots_counts', sql`${t.organizations} >= 0`),
  ],
);

/** One row per organization of a snapshot (names kept: an organization may be deleted later). */
export const snapshotOrganizations = pgTable(
  'snapshot_organizations',
  {
    snapshotId: refersTo(() => coverageSnapshots.id, { onDelete: 'cascade' }),
    organizationId: integer().notNull(),
    name: text().notNull(),
    ...scopeIds(),
    ...coverageVerdict(),
  },
  (t) => [primaryKey({ columns: [t.snapshotId, t.organizationId] })],
);

/** Counts per scope (district, subdistrict, grid) of a snapshot. */
export const snapshotScopes = pgTable(
  'snapshot_scopes',
  {
    snapshotId: refersTo(() => coverageSnapshots.id, { onDelete: 'cascade' }),
    scopeKind: text().notNull(),
    scopeId: integer().notNull(),
    total: integer().notNull(),
    ...coverageCounts(),
  },
  (t) => [
    primaryKey({ columns: [t.snapshotId, t.scopeKind, t.scopeId] }),
    index('snapshot_scopes_scope_idx').on(t.scopeKind, t.scopeId),
    check('snapshot_scopes_kind', sql`${t.scopeKind} IN ('district', 'subdistrict', 'grid')`),
  ],
);

export type CoverageSnapshotRow = typeof coverageSnapshots.$inferSelect;
