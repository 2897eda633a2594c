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

/**
 * Subdistricts whose top-level grids leave it, overlap, or (when `gaps` is checked) leave part
 * of it uncovered. Areas are compared, as tests/api/ledger-demo.test.ts does (ST_SymDifference
 * fails on PGlite over these shapes).
 */
export async function tilingFaults(db: Executor, opts: { gaps: boolean }): Promise<TilingFault[]> {
  const list = await rows<{
    code: string;
    area: number;
    total: number;
    outside: number;
    overlap: number;
  }>(
    db,
    sql`SELECT s.code, ST_Area(s.boundary) AS area,
          (SELECT coalesce(sum(ST_Area(g.boundary)), 0) FROM grids g
            WHERE g.subdistrict_id = s.id AND g.parent_grid_id IS NULL) AS total,
          (SELECT count(*) FROM grids g WHERE g.subdistrict_id = s.id AND g.parent_grid_id IS NULL
            AND NOT ST_CoveredBy(g.boundary, ST_Buffer(s.boundary, 1e-7)))::int AS outside,
          (SELECT coalesce(sum(ST_Area(ST_Intersection(a.boundary, b.boundary))), 0)
            FROM grids a JOIN grids b ON a.id < b.id AND a.boundary && b.boundary
            WHERE a.subdistrict_id = s.id AND b.subdistrict_id = s.id
              AND a.parent_grid_id IS NULL AND b.parent_grid_id IS NULL) AS overlap
        FROM subdistricts s ORDER BY s.code`,
  );
  return list
    .map((r) => {
      const area = Number(r.area);
      return {
        code: r.code,
        outside: Number(r.outside),
        overlap: Number(r.overlap) / area,
        gap: opts.gaps ? Math.max(0, area - Number(r.total) - Number(r.overlap)) / area : 0,
      };
    })
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
