import type { Executor } from '../db/client.ts';
import { auditLog } from './audit.tables.ts';

export interface AuditEntry {
  /** Who: the signed-in user's name, or `system` / `cli:<user>` for tools. */
  actor: string;
  /** What: a verb such as `grid.boundary.update`, `organization.import`, `profile.update`. */
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
  note?: string;
}

/**
 * Records a change in the audit log. Call it with the transaction that makes the change, so the
 * change and its record commit or roll back together.
 */
export async function writeAudit(tx: Executor, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const list = Array.isArray(entry) ? entry : [entry];
  if (list.length === 0) return;
  await tx.insert(auditLog).values(
    list.map((e) => ({
      actor: e.actor,
      action: e.action,
      entityType: e.entityType,
      entityId: String(e.entityId),
      before: e.before ?? null,
      after: e.after ?? null,
      note: e.note,
    })),
  );
}
