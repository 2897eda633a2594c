import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { conflict } from '../errors.ts';
import { scopeSql, type Scope, type StoredProfile } from '../policy/index.ts';
import type { snapshotOrganizations } from './snapshots.tables.ts';

type StoredCoverage = (typeof snapshotOrganizations.$inferSelect)['coverage'];

/**
 * Snapshots of the ledger's coverage (refreshed mid-June and mid-November, seed 000 art. 13),
 * copied set-based from the materialized evaluation (org_coverage) of one profile.
 */
export interface SnapshotRow {
  id: number;
  takenOn: string;
  label: string | null;
  profileId: number;
  profileKey: string;
  organizations: number;
  organizational: number;
  work: number;
  blankSpots: number;
  gaps: number;
  createdAt: Date | string;
  createdBy: string | null;
}

const SNAPSHOT_SELECT = sql`SELECT s.id, to_char(s.taken_on, 'YYYY-MM-DD') AS "takenOn", s.label,
    s.profile_id AS "profileId", p.key AS "profileKey", s.organizations, s.organizational,
    s.work, s.blank_spots AS "blankSpots", s.gaps, s.created_at AS "createdAt",
    s.created_by AS "createdBy"
  FROM coverage_snapshots s JOIN policy_profiles p ON p.id = s.profile_id`;

const num = (r: SnapshotRow): SnapshotRow => ({
  ...r,
  id: Number(r.id),
  profileId: Number(r.profileId),
  organizations: Number(r.organizations),
  organizational: Number(r.organizational),
  work: Number(r.work),
  blankSpots: Number(r.blankSpots),
  gaps: Number(r.gaps),
});

/** Records the coverage of every organization and every scope as of `takenOn`. */
export async function takeSnapshot(
  database: Database,
  tx: Executor,
  profile: StoredProfile,
  takenOn: string,
  label: string | null,
  actor: string,
): Promise<SnapshotRow> {
  const dup = await rows(
    tx,
    sql`SELECT 1 FROM coverage_snapshots WHERE profile_id = ${profile.id} AND taken_on = ${takenOn}`,
  );
  if (dup.length > 0) {
    throw conflict(`A snapshot of ${profile.key} on ${takenOn} exists already.`, {
      reason: 'SNAPSHOT_EXISTS',
    });
  }
  const [s] = await rows<{ id: number }>(
    tx,
    sql`INSERT INTO coverage_snapshots (taken_on, label, profile_id, profile_version,
          organizations, organizational, work, blank_spots, gaps, created_by)
        SELECT ${takenOn}, ${label}, ${profile.id}, ${profile.version},
          count(*) FILTER (WHERE NOT is_excluded),
          count(*) FILTER (WHERE NOT is_excluded AND coverage = 'organizational'),
          count(*) FILTER (WHERE NOT is_excluded AND coverage = 'work'),
          count(*) FILTER (WHERE is_blank_spot), count(*) FILTER (WHERE is_gap), ${actor}
        FROM org_coverage WHERE profile_id = ${profile.id}
        RETURNING id`,
  );
  const id = Number(s!.id);
  await tx.execute(
    sql`INSERT INTO snapshot_organizations (snapshot_id, organization_id, name, district_id,
          subdistrict_id, grid_id, coverage, is_blank_spot, is_gap, is_excluded)
        SELECT ${id}, c.organization_id, o.name, c.district_id, c.subdistrict_id, c.grid_id,
          c.coverage, c.is_blank_spot, c.is_gap, c.is_excluded
        FROM org_coverage c JOIN organizations o ON o.id = c.organization_id
        WHERE c.profile_id = ${profile.id}`,
  );
  for (const kind of ['district', 'subdistrict', 'grid'] as const) {
    const col = sql.raw(`${kind}_id`);
    await tx.execute(
      sql`INSERT INTO snapshot_scopes (snapshot_id, scope_kind, scope_id, total, organizational,
            work, blank_spots, gaps)
          SELECT ${id}, ${kind}, ${col},
            count(*) FILTER (WHERE NOT is_excluded),
            count(*) FILTER (WHERE NOT is_excluded AND coverage = 'organizational'),
            count(*) FILTER (WHERE NOT is_excluded AND coverage = 'work'),
            count(*) FILTER (WHERE is_blank_spot), count(*) FILTER (WHERE is_gap)
          FROM snapshot_organizations WHERE snapshot_id = ${id} AND ${col} IS NOT NULL
          GROUP BY ${col}`,
    );
  }
  return (await getSnapshot(database, id, tx))!;
}

export async function getSnapshot(
  database: Database,
  id: number,
  tx: Executor = database.db,
): Promise<SnapshotRow | null> {
  const [r] = await rows<SnapshotRow>(tx, sql`${SNAPSHOT_SELECT} WHERE s.id = ${id}`);
  return r ? num(r) : null;
}

export async function listSnapshots(
  database: Database,
  profileId: number | null,
): Promise<SnapshotRow[]> {
  const where = profileId === null ? sql`TRUE` : sql`s.profile_id = ${profileId}`;
  const found = await rows<SnapshotRow>(
    database.db,
    sql`${SNAPSHOT_SELECT} WHERE ${where} ORDER BY s.taken_on DESC, s.id DESC`,
  );
  return found.map(num);
}

export interface ScopeCounts {
  scopeKind: string;
  scopeId: number;
  name: string;
  total: number;
  organizational: number;
  work: number;
  blankSpots: number;
  gaps: number;
}

export async function snapshotScopes(
  database: Database,
  snapshotId: number,
  kind: string | null,
): Promise<ScopeCounts[]> {
  const found = await rows<ScopeCounts>(
    database.db,
    sql`SELECT x.scope_kind AS "scopeKind", x.scope_id AS "scopeId",
          coalesce(d.name, s.name, g.name, '') AS name, x.total, x.organizational, x.work,
          x.blank_spots AS "blankSpots", x.gaps
        FROM snapshot_scopes x
        LEFT JOIN districts d ON x.scope_kind = 'district' AND d.id = x.scope_id
        LEFT JOIN subdistricts s ON x.scope_kind = 'subdistrict' AND s.id = x.scope_id
        LEFT JOIN grids g ON x.scope_kind = 'grid' AND g.id = x.scope_id
        WHERE x.snapshot_id = ${snapshotId} AND (${kind}::text IS NULL OR x.scope_kind = ${kind})
        ORDER BY x.scope_kind, x.scope_id`,
  );
  return found.map((r) => ({
    ...r,
    scopeId: Number(r.scopeId),
    total: Number(r.total),
    organizational: Number(r.organizational),
    work: Number(r.work),
    blankSpots: Number(r.blankSpots),
    gaps: Number(r.gaps),
  }));
}

export interface SnapshotChangeRow {
  organizationId: number;
  name: string;
  before: StoredCoverage;
  after: StoredCoverage;
}

/**
 * Organizations present in both snapshots that became covered (no coverage before, work or
 * organizational coverage now) or became blank spots, within a scope.
 */
export async function compareSnapshots(
  database: Database,
  fromId: number,
  toId: number,
  scope: Scope,
  first: number,
): Promise<{
  newlyCovered: SnapshotChangeRow[];
  newlyBlank: SnapshotChangeRow[];
  counts: { covered: number; blank: number };
}> {
  const base = sql`FROM snapshot_organizations a JOIN snapshot_organizations b
      ON b.organization_id = a.organization_id AND b.snapshot_id = ${toId}
    WHERE a.snapshot_id = ${fromId} AND ${scopeSql(scope, 'b')}`;
  const covered = sql`a.coverage = 'none' AND b.coverage <> 'none' AND NOT b.is_excluded`;
  const blank = sql`b.is_blank_spot AND NOT a.is_blank_spot`;
  const list = (cond: typeof covered) =>
    rows<SnapshotChangeRow>(
      database.db,
      sql`SELECT b.organization_id AS "organizationId", b.name, a.coverage AS before,
            b.coverage AS after ${base} AND ${cond} ORDER BY b.organization_id LIMIT ${first}`,
    );
  const [c] = await rows<{ covered: number; blank: number }>(
    database.db,
    sql`SELECT count(*) FILTER (WHERE ${covered}) AS covered,
          count(*) FILTER (WHERE ${blank}) AS blank ${base}`,
  );
  const fix = (r: SnapshotChangeRow) => ({ ...r, organizationId: Number(r.organizationId) });
  return {
    newlyCovered: (await list(covered)).map(fix),
    newlyBlank: (await list(blank)).map(fix),
    counts: { covered: Number(c!.covered), blank: Number(c!.blank) },
  };
}
