import { sql, type SQL } from 'drizzle-orm';
import { liftStatementTimeout, type Executor } from '../db/client.ts';
import { EXCLUDED_STATUSES } from './evaluate.ts';
import { loadProfiles, type StoredProfile } from './profiles.store.ts';
import { applicableSql, gapMaskSql, sizeClassSql, unmetSql } from './rules.sql.ts';
import { rows } from '../db/rows.ts';
import { intArray } from '../db/int-array.ts';

/** The count columns both roll-up tables share. */
export const SUMS = [
  'total',
  'organizational',
  'standalone',
  'work',
  'blank_spots',
  'gaps',
  'gaps_not_blank',
  'required',
  'with_instructor',
  'members',
  'excluded',
] as const;
const SUMS_LIST = SUMS.join(', ');

export interface RefreshOptions {
  /** Organizations whose facts, links (party organization, instructors) or place changed. */
  organizationIds?: number[];
  /** Every organization (after the demo loads, after a profile changes). */
  all?: boolean;
  /** Only these profiles (ids); default every profile. */
  profileIds?: number[];
  /**
   * Also re-aggregate the roll-ups of these grids. Deleted organizations need no such help:
   * pass their ids in `organizationIds` after the delete and their rows and counts go.
   */
  gridIds?: number[];
}

const EXCLUDED = sql.raw(EXCLUDED_STATUSES.map((s) => `'${s}'`).join(', '));

/**
 * Recomputes the materialized evaluation (org_coverage) and the roll-ups (coverage_rollup) of
 * the given organizations (or all) under the given profiles (or all), set-based in SQL, inside
 * the caller's transaction. Call it after anything that changes what the rules read: ledger
 * imports and edits, party organization membership, instructor assignments, and boundary edits
 * that move organizations between grids (old and new grids' roll-ups are both corrected).
 */
export async function refreshCoverage(executor: Executor, opts: RefreshOptions): Promise<void> {
  const ids = opts.all ? null : [...new Set(opts.organizationIds ?? [])];
  const gridIds = [...new Set(opts.gridIds ?? [])];
  if (ids && ids.length === 0 && gridIds.length === 0) return;
  const profiles = await loadProfiles(executor, opts.profileIds);
  if (profiles.length === 0) return;
  const pids = intArray(profiles.map((p) => p.id));
  // JIT compiles the rule expressions for ~0.5 s per statement: more than it saves here.
  await executor.execute(sql`SET LOCAL jit = off`);
  // A full refresh re-evaluates every organization: bulk work, not a request to bound.
  if (opts.all) await liftStatementTimeout(executor);

  // Roll-up keys before the change (old grid) and after it (new grid).
  let keys: RollupKeys | null = null;
  if (ids) {
    const orgIds = intArray(ids);
    const found = await rows<{ d: number; s: number | null; g: number | null }>(
      executor,
      sql`SELECT DISTINCT district_id AS d, subdistrict_id AS s, grid_id AS g FROM org_coverage
          WHERE profile_id = ANY(${pids}) AND organization_id = ANY(${orgIds})
        UNION SELECT DISTINCT district_id, subdistrict_id, grid_id FROM organizations
          WHERE id = ANY(${orgIds})
        UNION SELECT DISTINCT district_id, subdistrict_id, grid_id FROM coverage_rollup
          WHERE profile_id = ANY(${pids}) AND grid_id = ANY(${intArray(gridIds)})
        UNION SELECT sd.district_id, g.subdistrict_id, g.id FROM grids g
          JOIN subdistricts sd ON sd.id = g.subdistrict_id WHERE g.id = ANY(${intArray(gridIds)})`,
    );
    keys = rollupKeys(found, gridIds);
    // Roll-ups change by what these organizations counted before and count now (O(changed)).
    for (const p of profiles) await addRollupDelta(executor, p, ids, -1);
    await executor.execute(
      sql`DELETE FROM org_coverage WHERE profile_id = ANY(${pids}) AND organization_id = ANY(${orgIds})`,
    );
  } else if (!opts.profileIds) {
    // Everything is recomputed: TRUNCATE leaves no dead rows behind (it locks the tables until
    // the caller commits, as a full refresh should).
    await executor.execute(
      sql`TRUNCATE org_coverage, coverage_rollup, coverage_rollup_subdistrict`,
    );
  } else {
    await executor.execute(sql`DELETE FROM org_coverage WHERE profile_id = ANY(${pids})`);
  }

  for (const p of profiles) {
    if (!ids || ids.length > 0) await insertCoverage(executor, p, ids);
    if (ids && keys) {
      await addRollupDelta(executor, p, ids, 1);
      await consolidateRollup(executor, p, keys);
      if (gridIds.length) await rebuildGridRollup(executor, p, gridFilter(gridIds));
    } else {
      await rebuildGridRollup(executor, p, sql`TRUE`);
    }
    await rebuildSubdistrictRollup(executor, p, keys);
  }
  if (!ids) {
    // Fresh statistics, or the next partial refresh plans a scan of the whole table.
    await executor.execute(sql`ANALYZE org_coverage, coverage_rollup, coverage_rollup_subdistrict`);
    await executor.execute(sql`
      INSERT INTO coverage_state (profile_id, profile_version, computed_at)
      SELECT id, version, now() FROM policy_profiles WHERE id = ANY(${pids})
      ON CONFLICT (profile_id) DO UPDATE
        SET profile_version = EXCLUDED.profile_version, computed_at = EXCLUDED.computed_at`);
  }
}

async function insertCoverage(executor: Executor, p: StoredProfile, ids: number[] | null) {
  const doc = p.document;
  const where = ids ? sql`o.id = ANY(${intArray(ids)})` : sql`TRUE`;
  await executor.execute(sql`
    INSERT INTO org_coverage (profile_id, organization_id, district_id, subdistrict_id, grid_id,
      building_id, category, sub_kind, size_class, party_members, coverage, party_organization_id,
      standalone, has_instructor, has_mass_orgs, applicable, unmet, is_excluded, is_blank_spot,
      is_gap)
    SELECT ${p.id}::int, id, district_id, subdistrict_id, grid_id, building_id, category, sub_kind,
      size_class, party_members, coverage, po_id, standalone, has_instructor, has_mass,
      applicable, unmet, excluded, NOT excluded AND coverage = 'none',
      NOT excluded AND (unmet & ${gapMaskSql(doc)}) <> 0
    FROM (
      SELECT c.*, ${applicableSql(doc)} AS applicable, ${unmetSql(doc)} AS unmet,
        ${sizeClassSql(doc)} AS size_class, status::text IN (${EXCLUDED}) AS excluded
      FROM (
        SELECT l.*, (CASE WHEN po_id IS NOT NULL THEN 'organizational'
                          WHEN has_instructor OR has_mass THEN 'work'
                          ELSE 'none' END)::coverage_kind AS coverage
        FROM (
          SELECT o.id, o.district_id, o.subdistrict_id, o.grid_id, o.building_id, o.category,
            o.sub_kind, o.industry, o.status, o.employees, o.party_members, o.revenue_yuan,
            o.member_units, o.activists, o.owner_is_member, po.id AS po_id,
            (po.id IS NOT NULL AND NOT po.is_joint AND NOT po.is_attached) AS standalone,
            EXISTS (SELECT 1 FROM instructor_assignments a
                    WHERE a.organization_id = o.id AND a.ended_on IS NULL) AS has_instructor,
            (o.has_trade_union OR o.has_youth_league OR o.has_womens_federation) AS has_mass
          FROM organizations o
          LEFT JOIN party_org_units u ON u.organization_id = o.id AND u.left_on IS NULL
          LEFT JOIN party_organizations po ON po.id = u.party_organization_id
            AND (po.dissolved_on IS NULL OR po.dissolved_on > current_date)
          WHERE ${where}
          OFFSET 0
        ) l
        OFFSET 0
      ) c
    ) x`);
}

interface RollupKeys {
  grids: number[];
  /** Subdistricts whose organizations outside every grid changed. */
  subdistricts: number[];
  /** Districts whose organizations outside every subdistrict changed. */
  districts: number[];
  /** Every subdistrict touched (for the subdistrict-level roll-up). */
  anySubdistrict: number[];
}

function rollupKeys(
  found: { d: number; s: number | null; g: number | null }[],
  extraGrids: number[],
): RollupKeys {
  const grids = new Set(extraGrids);
  const subdistricts = new Set<number>();
  const districts = new Set<number>();
  const anySubdistrict = new Set<number>();
  for (const r of found) {
    if (r.s != null) anySubdistrict.add(Number(r.s));
    if (r.g != null) grids.add(Number(r.g));
    else if (r.s != null) subdistricts.add(Number(r.s));
    else districts.add(Number(r.d));
  }
  return {
    grids: [...grids],
    subdistricts: [...subdistricts],
    districts: [...districts],
    anySubdistrict: [...anySubdistrict],
  };
}

/** Rows of coverage_rollup_subdistrict (and their sources) that the keys touch. */
function subdistrictFilter(k: RollupKeys): SQL {
  const parts: SQL[] = [];
  if (k.anySubdistrict.length) parts.push(sql`subdistrict_id = ANY(${intArray(k.anySubdistrict)})`);
  if (k.districts.length)
    parts.push(sql`(subdistrict_id IS NULL AND district_id = ANY(${intArray(k.districts)}))`);
  return parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`FALSE`;
}

/** Rows of org_coverage / coverage_rollup that belong to the given keys. */
function keyFilter(k: RollupKeys): SQL {
  const parts: SQL[] = [];
  if (k.grids.length) parts.push(sql`grid_id = ANY(${intArray(k.grids)})`);
  if (k.subdistricts.length)
    parts.push(sql`(grid_id IS NULL AND subdistrict_id = ANY(${intArray(k.subdistricts)}))`);
  if (k.districts.length) {
    parts.push(
      sql`(grid_id IS NULL AND subdistrict_id IS NULL AND district_id = ANY(${intArray(k.districts)}))`,
    );
  }
  return parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`FALSE`;
}

/** The roll-up counts of a set of org_coverage rows, times `sign`. */
function aggregates(p: StoredProfile, sign: 1 | -1): SQL {
  const active = sql`NOT is_excluded`;
  const n = (cond: SQL) => sql`${sign} * count(*) FILTER (WHERE ${cond})`;
  return sql.join(
    [
      n(active),
      n(sql`${active} AND coverage = 'organizational'`),
      n(sql`${active} AND standalone`),
      n(sql`${active} AND coverage = 'work'`),
      n(sql`is_blank_spot`),
      n(sql`is_gap`),
      n(sql`is_gap AND NOT is_blank_spot`),
      n(sql`${active} AND (applicable & ${gapMaskSql(p.document)}) <> 0`),
      n(sql`${active} AND has_instructor`),
      sql`${sign} * COALESCE(sum(party_members) FILTER (WHERE ${active}), 0)`,
      n(sql`is_excluded`),
    ],
    sql`, `,
  );
}

const ROLLUP_KEY = sql.raw(
  'profile_id, district_id, subdistrict_id, grid_id, category, sub_kind, size_class',
);
const ROLLUP_COLUMNS = sql.raw(
  `profile_id, district_id, subdistrict_id, grid_id, category, sub_kind, size_class, ${SUMS_LIST}`,
);

/** Adds (sign 1) or removes (sign -1) the given organizations' rows as extra roll-up rows. */
async function addRollupDelta(executor: Executor, p: StoredProfile, ids: number[], sign: 1 | -1) {
  await executor.execute(sql`
    INSERT INTO coverage_rollup (${ROLLUP_COLUMNS})
    SELECT ${ROLLUP_KEY}, ${aggregates(p, sign)}
    FROM org_coverage WHERE profile_id = ${p.id} AND organization_id = ANY(${intArray(ids)})
    GROUP BY ${ROLLUP_KEY}`);
}

/** Folds the delta rows of the touched grids into one row per key; drops rows that reach 0. */
async function consolidateRollup(executor: Executor, p: StoredProfile, keys: RollupKeys) {
  await executor.execute(sql`
    WITH gone AS (
      DELETE FROM coverage_rollup WHERE profile_id = ${p.id} AND ${keyFilter(keys)} RETURNING *
    )
    INSERT INTO coverage_rollup (${ROLLUP_COLUMNS})
    SELECT ${ROLLUP_KEY}, ${sql.raw(SUMS.map((c) => `sum(${c})`).join(', '))}
    FROM gone GROUP BY ${ROLLUP_KEY}
    HAVING sum(total) <> 0 OR sum(excluded) <> 0`);
}

const gridFilter = (gridIds: number[]) => sql`grid_id = ANY(${intArray(gridIds)})`;

/** Recounts the grid roll-up rows matching `scope` from org_coverage. */
async function rebuildGridRollup(executor: Executor, p: StoredProfile, scope: SQL) {
  await executor.execute(sql`DELETE FROM coverage_rollup WHERE profile_id = ${p.id} AND ${scope}`);
  await executor.execute(sql`
    INSERT INTO coverage_rollup (${ROLLUP_COLUMNS})
    SELECT ${ROLLUP_KEY}, ${aggregates(p, 1)}
    FROM org_coverage WHERE profile_id = ${p.id} AND ${scope}
    GROUP BY ${ROLLUP_KEY}`);
}

/** Re-sums the subdistrict roll-up of the touched subdistricts (all when `keys` is null). */
async function rebuildSubdistrictRollup(
  executor: Executor,
  p: StoredProfile,
  keys: RollupKeys | null,
) {
  const subScope = keys ? subdistrictFilter(keys) : sql`TRUE`;
  await executor.execute(
    sql`DELETE FROM coverage_rollup_subdistrict WHERE profile_id = ${p.id} AND ${subScope}`,
  );
  await executor.execute(sql`
    INSERT INTO coverage_rollup_subdistrict (profile_id, district_id, subdistrict_id, category,
      sub_kind, size_class, ${sql.raw(SUMS_LIST)})
    SELECT profile_id, district_id, subdistrict_id, category, sub_kind, size_class,
      ${sql.raw(SUMS.map((c) => `sum(${c})`).join(', '))}
    FROM coverage_rollup WHERE profile_id = ${p.id} AND ${subScope}
    GROUP BY profile_id, district_id, subdistrict_id, category, sub_kind, size_class`);
}
