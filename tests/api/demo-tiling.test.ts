import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { generateDistrict } from '../../server/src/demo/index.ts';
import { LIMITS } from '../../server/src/editing/limits.ts';
import { testDatabase } from '../helpers/db.ts';
import { tilingProblems } from './tiling-fixtures.ts';

/**
 * The generated demo passes the tiling check of issue 13 (`pnpm check:tiling`), which measures
 * pieces on the spheroid: there the demo's clipped Voronoi cells used to leave 54 slivers (13,335
 * m²) along subdistrict borders. Seed 1 is the demo's geography; few organizations keep it quick.
 */
describe('generated demo district and the tiling invariant', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
    await generateDistrict(database, { orgs: 300, seed: 1 });
  });
  afterAll(() => database.close());

  it('has grids that tile every subdistrict, with every building in its grid', async () => {
    const subs = await rows<{ id: number; code: string }>(
      database.db,
      sql`SELECT id, code FROM subdistricts ORDER BY code`,
    );
    expect(subs).toHaveLength(25);
    for (const s of subs) {
      const { violations, misplaced } = await tilingProblems(database, Number(s.id));
      expect(
        violations.map((v) => `${v.kind} ${v.areaM2.toFixed(1)} m²`),
        `violations in ${s.code}`,
      ).toEqual([]);
      expect(misplaced, `buildings misplaced in ${s.code}`).toEqual([]);
    }
  });

  it('has subdistricts that tile the district, measured the same way', async () => {
    const [r] = await rows<{ gap: number; outside: number; overlap: number }>(
      database.db,
      sql`SELECT
        (SELECT ST_Area(ST_Difference(d.boundary, ST_Union(s.boundary))::geography)
           FROM districts d JOIN subdistricts s ON s.district_id = d.id GROUP BY d.boundary) AS gap,
        (SELECT coalesce(sum(ST_Area(ST_Difference(s.boundary, d.boundary)::geography)), 0)
           FROM districts d JOIN subdistricts s ON s.district_id = d.id) AS outside,
        (SELECT coalesce(sum(ST_Area(ST_Intersection(a.boundary, b.boundary)::geography)), 0)
           FROM subdistricts a JOIN subdistricts b ON a.id < b.id AND a.boundary && b.boundary) AS overlap`,
    );
    expect(Number(r!.gap)).toBeLessThan(LIMITS.tilingToleranceM2);
    expect(Number(r!.outside)).toBeLessThan(LIMITS.tilingToleranceM2);
    expect(Number(r!.overlap)).toBeLessThan(LIMITS.tilingToleranceM2);
  });
});
