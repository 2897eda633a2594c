import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import type { MultiPolygon } from '../db/geojson.ts';
import type { AuditEntityType } from './audit-types.ts';
import { rows } from '../db/rows.ts';

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

interface AuditSqlRow {
  id: number;
  at: string | Date;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  note: string | null;
  change_id: string | null;
}

export interface AuditView {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  note: string | null;
  changeId: string | null;
}

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const toView = (r: AuditSqlRow): AuditView => ({
  id: Number(r.id),
  at: new Date(r.at),
  actor: r.actor,
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  before: json(r.before),
  after: json(r.after),
  note: r.note,
  changeId: r.change_id ?? null,
});

function where(f: AuditFilterArgs): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.entityType) parts.push(sql`entity_type = ${f.entityType}`);
  if (f.entityId) parts.push(sql`entity_id = ${f.entityId}`);
  if (f.actor) parts.push(sql`actor = ${f.actor}`);
  if (f.action) parts.push(sql`action = ${f.action}`);
  if (f.from) parts.push(sql`at >= ${new Date(f.from).toISOString()}::timestamptz`);
  if (f.changeId) parts.push(sql`change_id = ${f.changeId}`);
  if (f.to) parts.push(sql`at <= ${new Date(f.to).toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}

/** The audit log, newest first, with the total count of the filter. */
export async function listAudit(
  database: Database,
  f: AuditFilterArgs,
  first: number,
  offset: number,
) {
  const w = where(f);
  const result = await rows<AuditSqlRow>(
    database.db,
    sql`SELECT * FROM audit_log WHERE ${w} ORDER BY at DESC, id DESC LIMIT ${first} OFFSET ${offset}`,
  );
  const [c] = await rows<{ n: number }>(
    database.db,
    sql`SELECT count(*) AS n FROM audit_log WHERE ${w}`,
  );
  return { nodes: result.map(toView), totalCount: Number(c?.n ?? 0) };
}

export async function auditEntry(database: Database, id: number): Promise<AuditView | null> {
  const [r] = await rows<AuditSqlRow>(database.db, sql`SELECT * FROM audit_log WHERE id = ${id}`);
  return r ? toView(r) : null;
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
  const id = String(gridId);
  const iso = at.toISOString();
  const [last] = await rows<{ b: unknown }>(
    database.db,
    sql`SELECT after -> 'boundary' AS b FROM audit_log
        WHERE entity_type = 'Grid' AND entity_id = ${id} AND at <= ${iso}::timestamptz
        ORDER BY at DESC, id DESC LIMIT 1`,
  );
  if (last) return (json(last.b) as MultiPolygon | null) ?? null;
  const [next] = await rows<{ b: unknown }>(
    database.db,
    sql`SELECT before -> 'boundary' AS b FROM audit_log
        WHERE entity_type = 'Grid' AND entity_id = ${id} AND at > ${iso}::timestamptz
        ORDER BY at ASC, id ASC LIMIT 1`,
  );
  if (next) return (json(next.b) as MultiPolygon | null) ?? null;
  const [cur] = await rows<{ b: string | null }>(
    database.db,
    sql`SELECT ST_AsGeoJSON(boundary) AS b FROM grids WHERE id = ${gridId}`,
  );
  return cur?.b ? (JSON.parse(cur.b) as MultiPolygon) : null;
}
