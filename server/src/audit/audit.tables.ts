import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { defaultNow } from '../db/columns.ts';

/** Every change to the ledger, a boundary or a profile: who, when, what, before, after. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: defaultNow(),
    actor: text().notNull(),
    action: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: jsonb(),
    after: jsonb(),
    note: text(),
    /**
     * The audit group (issue 13): every entry one save writes shares it, so a multi-grid edit is
     * listed and reverted as one. Filled from the transaction's `atlas.change_id` setting
     * (audit.ts `beginChange`), so no writer has to pass it.
     */
    changeId: text().default(sql`nullif(current_setting('atlas.change_id', true), '')`),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entityType, t.entityId, t.at),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_change_idx').on(t.changeId),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
