import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { auditLog } from './audit.tables.ts';
import { AUDIT_ACTIONS, type AuditAction } from './audit-types.ts';

export type { AuditAction, AuditEntityType } from './audit-types.ts';

interface EntryOf<A extends AuditAction> {
  /** Who: the signed-in user's name, or `system` / `cli:<user>` for tools. */
  actor: string;
  /** What, from the closed list in audit-types.ts. */
  action: A;
  /** On what: fixed by the action (a GraphQL typename). */
  entityType: (typeof AUDIT_ACTIONS)[A];
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  note?: string;
}

/** One audit record; the action decides the entity type, so the two cannot disagree. */
export type AuditEntry = { [A in AuditAction]: EntryOf<A> }[AuditAction];

/** Above this many entries one JSON parameter per chunk beats one bind parameter per value. */
const BATCH = 200;
const CHUNK = 5000;

const row = (e: AuditEntry) => {
  // Casts elsewhere (raw rows, `as`) could still slip a wrong pair in: refuse it at the source.
  if (AUDIT_ACTIONS[e.action] !== e.entityType) {
    throw new Error(
      `audit: ${e.action} is recorded on ${AUDIT_ACTIONS[e.action]}, not ${e.entityType}`,
    );
  }
  return {
    actor: e.actor,
    action: e.action,
    entity_type: e.entityType,
    entity_id: String(e.entityId),
    before: e.before ?? null,
    after: e.after ?? null,
    note: e.note ?? null,
  };
};

/**
 * Records changes in the audit log: the one writer every change goes through. Call it with the
 * transaction that makes the change, so the change and its record commit or roll back together.
 * Large lists (a ledger import) go as one JSON batch per 5,000 entries.
 */
export async function audit(
  tx: Executor,
  entry: AuditEntry | readonly AuditEntry[],
): Promise<void> {
  const list = (Array.isArray(entry) ? entry : [entry]) as readonly AuditEntry[];
  if (list.length === 0) return;
  const rows = list.map(row);
  if (rows.length <= BATCH) {
    await tx.insert(auditLog).values(
      rows.map((r) => ({
        actor: r.actor,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        before: r.before,
        after: r.after,
        note: r.note,
      })),
    );
    return;
  }
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.execute(
      sql`INSERT INTO audit_log (actor, action, entity_type, entity_id, before, after, note)
          SELECT actor, action, entity_type, entity_id, before, after, note
          FROM jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + CHUNK))}::jsonb)
            AS r(actor text, action text, entity_type text, entity_id text, before jsonb,
                 after jsonb, note text)`,
    );
  }
}

/**
 * Opens an audit group for the rest of the transaction: every entry written in it gets this
 * change id (the column's default reads the transaction-local setting). Returns the id.
 */
export async function beginChange(tx: Executor): Promise<string> {
  const id = randomUUID();
  await tx.execute(sql`SELECT set_config('atlas.change_id', ${id}, true)`);
  return id;
}

/** The name call sites have used since issue 7. */
export const writeAudit = audit;
