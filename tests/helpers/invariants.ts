import { sql } from 'drizzle-orm';
import type { Executor } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';

/**
 * What must hold after any sequence of writes, under load or after a fault (issue 17): the
 * roll-ups equal a recount of org_coverage, every building lies in its grid, sibling grids do not
 * overlap nor leave their subdistrict, and (with `gaps`) they tile it. Each check returns what
 * violates it: empty lists and zeros mean it holds.
 */

/** The per-grid roll-up recounted from org_coverage (policy's refreshCoverage keeps them equal). */
export const ROLLUP_RECOUNT = sql`
  SELECT profile_id, district_id, subdistrict_id, grid_id, category, sub_kind, size_class,
    count(*) FILTER (WHERE NOT is_excluded)::int AS total,
    count(*) FILTER (WHERE NOT is_excluded AND coverage = 'organizational')::int AS organizational,
    count(*) FILTER (WHERE is_blank_spot)::int AS blank_spots,
    count(*) FILTER (WHERE is_gap)::int AS gaps,
    COALESCE(sum(party_members) FILTER (WHERE NOT is_excluded), 0)::int AS members,
    count(*) FILTER (WHERE is_excluded)::int AS excluded
  FROM org_coverage GROUP BY 1, 2, 3, 4, 5, 6, 7`;
export const ROLLUP_STORED = sql`
  SELECT profile_id, district_id, subdistrict_id, grid_id, category, sub_kind, size_class,
    total, organizational, blank_spots, gaps, members, excluded FROM coverage_rollup`;

/** Roll-up rows that differ from the recount, both ways (0 when they agree). */
export async function rollupMismatches(db: Executor): Promise<number> {
  const [r] = await rows<{ n: number }>(
    db,
    sql`SELECT ((SELECT count(*) FROM ((${ROLLUP_RECOUNT}) EXCEPT (${ROLLUP_STORED})) a)
             + (SELECT count(*) FROM ((${ROLLUP_STORED}) EXCEPT (${ROLLUP_RECOUNT})) b))::int AS n`,
  );
  return Number(r!.n);
}

/** Organizations whose coverage row is missing for a profile (an import half-refreshed). */
export async function organizationsWithoutCoverage(db: Executor): Promise<number> {
  const [r] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM organizations o CROSS JOIN policy_profiles p
        WHERE NOT EXISTS (SELECT 1 FROM org_coverage c
                          WHERE c.organization_id = o.id AND c.profile_id = p.id)`,
  );
  return Number(r!.n);
}

/** Buildings outside the grid they are assigned to (a boundary save moves them in its transaction). */
export async function buildingsOutsideTheirGrid(db: Executor): Promise<number> {
  const [r] = await rows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM buildings b JOIN grids g ON g.id = b.grid_id
        WHERE NOT ST_Covers(ST_Buffer(g.boundary, 1e-7), b.location)`,
  );
  return Number(r!.n);
}

export interface TilingFault {
  code: string;
  /** Top-level grids not inside the subdistrict. */
  outside: number;
  /** Overlap between sibling grids, as a fraction of the subdistrict's area. */
  overlap: number;
  /** Area of the subdistrict no grid covers, as a fraction. */
  gap: number;
}

export interface TilingAreas {
  code: string;
  /** The parent's area. */
  area: number;
  /** The sum of its children's areas. */
  total: number;
  /** Children not inside the parent (buffered by ~1 cm for rounding). */
  outside: number;
  /** The area where siblings overlap. */
  overlap: number;
}

/**
 * Per parent (`districts`, `subdistricts`), its children (`subdistricts`, top-level `grids`) by
 * area: inside, no overlap, and no gap when `total - overlap` equals `area`. Areas are compared
 * because ST_SymDifference fails on PGlite over these shapes.
 */
export async function tilingAreas(
  db: Executor,
  parent: 'districts' | 'subdistricts',
  child: 'subdistricts' | 'grids',
  fk: 'district_id' | 'subdistrict_id',
): Promise<TilingAreas[]> {
  const top = child === 'grids' ? 'AND c.parent_grid_id IS NULL' : '';
  const list = await rows<TilingAreas>(
    db,
    sql.raw(`SELECT p.code, ST_Area(p.boundary) AS area,
        (SELECT coalesce(sum(ST_Area(c.boundary)), 0) FROM ${child} c WHERE c.${fk} = p.id ${top}) AS total,
        (SELECT count(*) FROM ${child} c WHERE c.${fk} = p.id ${top}
          AND NOT ST_CoveredBy(c.boundary, ST_Buffer(p.boundary, 1e-7))) AS outside,
        (SELECT coalesce(sum(ST_Area(ST_Intersection(c.boundary, b.boundary))), 0)
          FROM ${child} c JOIN ${child} b ON c.id < b.id AND c.boundary && b.boundary
          WHERE c.${fk} = p.id AND b.${fk} = p.id ${top} ${top.replace('c.', 'b.')}) AS overlap
      FROM ${parent} p ORDER BY p.code`),
  );
  return list.map((r) => ({
    code: r.code,
    area: Number(r.area),
    total: Number(r.total),
    outside: Number(r.outside),
    overlap: Number(r.overlap),
  }));
}

/** Subdistricts whose top-level grids leave it, overlap, or (with `gaps`) leave part uncovered. */
export async function tilingFaults(db: Executor, opts: { gaps: boolean }): Promise<TilingFault[]> {
  const list = await tilingAreas(db, 'subdistricts', 'grids', 'subdistrict_id');
  return list
    .map((r) => ({
      code: r.code,
      outside: r.outside,
      overlap: r.overlap / r.area,
      gap: opts.gaps ? Math.max(0, r.area - (r.total - r.overlap)) / r.area : 0,
    }))
    .filter((f) => f.outside > 0 || f.overlap > 1e-9 || f.gap > 1e-9);
}

/** Every check at once, for a test's `expect(...).toEqual(INTACT)` or a bench's report. */
export async function checkIntact(db: Executor, opts: { gaps: boolean }) {
  return {
    rollupMismatches: await rollupMismatches(db),
    organizationsWithoutCoverage: await organizationsWithoutCoverage(db),
    buildingsOutsideTheirGrid: await buildingsOutsideTheirGrid(db),
    tilingFaults: await tilingFaults(db, opts),
  };
}
export const INTACT = {
  rollupMismatches: 0,
  organizationsWithoutCoverage: 0,
  buildingsOutsideTheirGrid: 0,
  tilingFaults: [],
};

/** The `n` of a one-row count query. */
export const count = async (executor: Executor, query: ReturnType<typeof sql>) =>
  Number((await rows<{ n: unknown }>(executor, query))[0]!.n);

/**
 * Rows of the tables the map keeps by trigger (migrations 0010, 0012: reach to the service
 * centers, unit counts, instructor areas) that differ from a direct computation (0 when in step).
 */
export async function precomputeMismatches(executor: Executor): Promise<number> {
  const reach = await count(
    executor,
    sql`SELECT count(*) AS n FROM organizations o
        FULL JOIN org_center_reach r ON r.organization_id = o.id
        LEFT JOIN LATERAL (
          SELECT least(61, COALESCE(ceil(sqrt(min(center_d2(o.location, c.location))) / 80), 61)) AS m,
            NOT COALESCE(bool_or(center_d2(o.location, c.location) <= power(c.service_radius_m, 2)),
              false) AS outside
          FROM service_centers c) x ON true
        WHERE o.id IS NULL OR r.organization_id IS NULL OR r.walk_minutes <> x.m
          OR r.outside_own <> x.outside OR r.grid_id IS DISTINCT FROM o.grid_id
          OR r.active <> (o.status::text NOT IN ('zombie', 'deregistered'))`,
  );
  const rollup = await count(
    executor,
    sql`SELECT count(*) AS n FROM (
          SELECT grid_id, walk_minutes, outside_own, organizations FROM center_reach_rollup
          WHERE organizations <> 0
          EXCEPT ALL
          SELECT grid_id, walk_minutes, outside_own, count(*)::int FROM org_center_reach
          WHERE active AND grid_id IS NOT NULL GROUP BY 1, 2, 3) d`,
  );
  const units = await count(
    executor,
    sql`SELECT count(*) AS n FROM (
          SELECT party_organization_id, units FROM party_unit_counts
          EXCEPT ALL SELECT party_organization_id, count(*)::int FROM party_org_units
          WHERE left_on IS NULL GROUP BY 1) d`,
  );
  const instructors = await count(
    executor,
    sql`SELECT count(*) AS n FROM (
          (SELECT instructor_id, district_id, subdistrict_id, grid_id, assignments
           FROM instructor_areas
           EXCEPT ALL
           SELECT a.instructor_id, o.district_id, o.subdistrict_id, o.grid_id, count(*)::int
           FROM instructor_assignments a JOIN organizations o ON o.id = a.organization_id
           WHERE a.ended_on IS NULL GROUP BY 1, 2, 3, 4)
          UNION ALL
          (SELECT a.instructor_id, o.district_id, o.subdistrict_id, o.grid_id, count(*)::int
           FROM instructor_assignments a JOIN organizations o ON o.id = a.organization_id
           WHERE a.ended_on IS NULL GROUP BY 1, 2, 3, 4
           EXCEPT ALL
           SELECT instructor_id, district_id, subdistrict_id, grid_id, assignments
           FROM instructor_areas)) d`,
  );
  return reach + rollup + units + instructors;
}
