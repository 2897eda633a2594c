import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { intArray } from '../db/int-array.ts';
import { rows } from '../db/rows.ts';
import type { OrganizationRow } from './orgs.tables.ts';

/**
 * The semiannual check (seed 000 art. 13: the ledger is refreshed mid-June and mid-November and
 * reported upward as a snapshot). An organization counts as checked once a person confirmed it
 * unchanged or corrected it (organizations.checked_at, set by every ledger edit) after the latest
 * snapshot was taken; deregistered ones are out of the ledger and not listed.
 */

/** What the grid card shows (schema/orgs.graphql `LedgerCheck`). */
export interface LedgerCheckModel {
  gridId: number;
  /** The latest snapshot's id, or null when none was taken yet (then every organization is due). */
  snapshotId: number | null;
  /** When that snapshot was taken (the check counts from it). */
  since: string | null;
  organizations: number;
  checked: number;
}

/** Of the latest snapshot: id and when it was recorded (created_at: taken_on may be backdated). */
async function latestSnapshot(ex: Executor) {
  const [s] = await rows<{ id: number; at: string }>(
    ex,
    sql`SELECT id, created_at AS at FROM coverage_snapshots ORDER BY created_at DESC, id DESC LIMIT 1`,
  );
  return s ? { id: Number(s.id), at: new Date(s.at).toISOString() } : null;
}

const DUE = sql`status <> 'deregistered'`;
/** Before the first snapshot, any confirmation or correction counts. */
const checkedSince = (since: string | null) =>
  since === null ? sql`checked_at IS NOT NULL` : sql`checked_at >= ${since}::timestamptz`;

/** The check of each grid (one query for all of them, so a list of grids is one round trip). */
export async function ledgerChecks(ex: Executor, gridIds: readonly number[]) {
  const snap = await latestSnapshot(ex);
  const since = snap?.at ?? null;
  const found = await rows<{ g: number; n: number; c: number }>(
    ex,
    sql`SELECT grid_id AS g, count(*)::int AS n,
          count(*) FILTER (WHERE ${checkedSince(since)})::int AS c
        FROM organizations
        WHERE grid_id = ANY(${intArray(gridIds)}) AND ${DUE}
        GROUP BY grid_id`,
  );
  const byGrid = new Map(found.map((r) => [Number(r.g), r]));
  return gridIds.map((gridId): LedgerCheckModel => ({
    gridId,
    snapshotId: snap?.id ?? null,
    since,
    organizations: Number(byGrid.get(gridId)?.n ?? 0),
    checked: Number(byGrid.get(gridId)?.c ?? 0),
  }));
}

/** The organizations of the grid still to check, by name then id. */
export async function pendingOrganizations(
  ex: Executor,
  check: LedgerCheckModel,
  first: number,
): Promise<number[]> {
  const found = await rows<Pick<OrganizationRow, 'id'>>(
    ex,
    sql`SELECT id FROM organizations
        WHERE grid_id = ${check.gridId} AND ${DUE}
          AND NOT COALESCE(${checkedSince(check.since)}, false)
        ORDER BY name, id LIMIT ${first}`,
  );
  return found.map((r) => Number(r.id));
}

/** Marks the organization checked by `actor` now; returns the values before and after. */
export async function markChecked(ex: Executor, id: number, actor: string) {
  const [r] = await rows<{ before_at: string | null; before_by: string | null; at: string }>(
    ex,
    sql`UPDATE organizations o SET checked_at = now(), checked_by = ${actor}
        FROM (SELECT checked_at, checked_by FROM organizations WHERE id = ${id}) b
        WHERE o.id = ${id}
        RETURNING b.checked_at AS before_at, b.checked_by AS before_by, o.checked_at AS at`,
  );
  return {
    before: {
      checkedAt: r?.before_at ? new Date(r.before_at).toISOString() : null,
      checkedBy: r?.before_by ?? null,
    },
    after: { checkedAt: new Date(r!.at).toISOString(), checkedBy: actor },
  };
}
