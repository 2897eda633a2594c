import { and, asc, count, desc, eq, gt, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.ts';
import type { MultiPolygon } from '../db/geojson.ts';
import { grids } from '../geography/geography.tables.ts';
import type { AuditEntityType } from './audit-types.ts';
import { auditLog, type AuditRow } from './audit.tables.ts';

export interface AuditFilterArgs {
  /** Canonical only (the resolver maps spellings with `canonicalEntityType`). */
  entityType?: AuditEntityType | null;
  entityId?: string | null;
  actor?: string | null;
  action?: string | null;
  from?: Date | string | null;
  to?: Date | string | null;
  changeId?: string | null;
}

/** A JSON value as the driver gives it: parsed (postgres.js) or as text (some PGlite paths). */
const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);

/** One audit entry as the history lists it: the table's row, typed by drizzle. */
export type AuditView = AuditRow;

function where(f: AuditFilterArgs): SQL | undefined {
  const t = auditLog;
  return and(
    f.entityType ? eq(t.entityType, f.entityType) : undefined,
    f.entityId ? eq(t.entityId, f.entityId) : undefined,
    f.actor ? eq(t.actor, f.actor) : undefined,
    f.action ? eq(t.action, f.action) : undefined,
    f.from ? gte(t.at, new Date(f.from)) : undefined,
    f.changeId ? eq(t.changeId, f.changeId) : undefined,
    f.to ? lte(t.at, new Date(f.to)) : undefined,
  );
}

/** The audit log, newest first, with the total count of the filter. */
export async function listAudit(
  database: Database,
  f: AuditFilterArgs,
  first: number,
  offset: number,
): Promise<{ nodes: AuditView[]; totalCount: number }> {
  const w = where(f);
  const nodes = await database.db
    .select()
    .from(auditLog)
    .where(w)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(first)
    .offset(offset);
  const [c] = await database.db.select({ n: count() }).from(auditLog).where(w);
  return { nodes, totalCount: Number(c?.n ?? 0) };
}

export async function auditEntry(database: Database, id: number): Promise<AuditView | null> {
  const [r] = await database.db.select().from(auditLog).where(eq(auditLog.id, id));
  return r ?? null;
}

/**
 * A grid's boundary as of a moment, from the audit log: the `after` of the last change at or
 * before it; else the `before` of the first change after it (the boundary nobody had touched
 * yet; null if the grid was created later); else the current boundary.
 */
export async function gridBoundaryAsOf(
  database: Database,
  gridId: number,
  at: Date,
): Promise<MultiPolygon | null> {
  const { db } = database;
  const ofGrid = and(eq(auditLog.entityType, 'Grid'), eq(auditLog.entityId, String(gridId)));
  // The boundary on one side (`after` / `before`) of the first entry in `order` matching `when`;
  // undefined when there is none.
  const audited = async (side: AnyPgColumn, when: SQL, order: SQL[]) => {
    const [r] = await db
      .select({ b: sql<unknown>`${side} -> 'boundary'` })
      .from(auditLog)
      .where(and(ofGrid, when))
      .orderBy(...order)
      .limit(1);
    return r ? ((json(r.b) as MultiPolygon | null) ?? null) : undefined;
  };
  const last = await audited(auditLog.after, lte(auditLog.at, at), [
    desc(auditLog.at),
    desc(auditLog.id),
  ]);
  if (last !== undefined) return last;
  const next = await audited(auditLog.before, gt(auditLog.at, at), [
    asc(auditLog.at),
    asc(auditLog.id),
  ]);
  if (next !== undefined) return next;
  const [cur] = await db
    .select({ b: sql<string | null>`ST_AsGeoJSON(${grids.boundary})` })
    .from(grids)
    .where(eq(grids.id, gridId));
  return cur?.b ? (JSON.parse(cur.b) as MultiPolygon) : null;
}
