import { sql } from 'drizzle-orm';
import type { Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { subdistrictViolations } from '../../server/src/editing/tiling.sql.ts';

/** A position in a fixture's own units: 1 unit = 0.01° (~850 m x 1,110 m near 40.3° N). */
export type P = [number, number];
export const UNIT = 0.01;

let made = 0;

export interface Layout {
  /** Grid name -> polygons (each a list of rings, each ring of P, closed automatically). */
  grids: Record<string, P[][][]>;
  /** The subdistrict's outline (one ring). */
  outline: P[];
  /** Buildings: name -> position, each with `orgs` organizations. */
  buildings?: Record<string, P>;
  orgsPerBuilding?: number;
}

export interface Fixture {
  subdistrictId: number;
  grid: Record<string, number>;
  building: Record<string, number>;
  /** Fixture units -> WGS84 [lon, lat]. */
  at: (p: P) => [number, number];
  polygon: (polys: P[][][]) => { type: 'MultiPolygon'; coordinates: number[][][][] };
}

/**
 * Inserts a subdistrict of its own (placed apart from every other fixture) with the given grids
 * and buildings; buildings and organizations get the grid containing them.
 */
export async function makeSubdistrict(database: Database, layout: Layout): Promise<Fixture> {
  const n = ++made;
  const ox = 117.2 + (n % 20) * 0.08;
  const oy = 40.3 + Math.floor(n / 20) * 0.08;
  const at = (p: P): [number, number] => [
    +(ox + p[0] * UNIT).toFixed(9),
    +(oy + p[1] * UNIT).toFixed(9),
  ];
  const close = (r: P[]) => [...r.map(at), at(r[0]!)];
  const polygon = (polys: P[][][]) => ({
    type: 'MultiPolygon' as const,
    coordinates: polys.map((rings) => rings.map(close)),
  });
  const geo = (g: unknown) =>
    sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(g)}), 4326))`;
  const [d] = await rows<{ id: number }>(
    database.db,
    sql`SELECT id FROM districts ORDER BY id LIMIT 1`,
  );
  const code = `9${String(Date.now() % 1e5).padStart(5, '0')}${String(n).padStart(3, '0')}`;
  const [s] = await rows<{ id: number }>(
    database.db,
    sql`INSERT INTO subdistricts (district_id, code, name, kind, boundary)
        VALUES (${d!.id}, ${code}, ${`测试街道${n}`}, 'street', ${geo(polygon([[layout.outline]]))}) RETURNING id`,
  );
  const subdistrictId = Number(s!.id);
  const grid: Record<string, number> = {};
  for (const [name, polys] of Object.entries(layout.grids)) {
    const [g] = await rows<{ id: number }>(
      database.db,
      sql`INSERT INTO grids (subdistrict_id, code, name, kind, boundary)
          VALUES (${subdistrictId}, ${`${code}${name}`}, ${name}, 'basic', ${geo(polygon(polys))}) RETURNING id`,
    );
    grid[name] = Number(g!.id);
  }
  const building: Record<string, number> = {};
  for (const [name, p] of Object.entries(layout.buildings ?? {})) {
    const [lon, lat] = at(p);
    const [b] = await rows<{ id: number }>(
      database.db,
      sql`INSERT INTO buildings (subdistrict_id, grid_id, name, location)
          SELECT ${subdistrictId}, (SELECT id FROM grids WHERE subdistrict_id = ${subdistrictId}
                   AND ST_Covers(boundary, ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)) ORDER BY id LIMIT 1),
            ${name}, ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326) RETURNING id`,
    );
    building[name] = Number(b!.id);
    for (let i = 0; i < (layout.orgsPerBuilding ?? 0); i++) {
      await rows(
        database.db,
        sql`INSERT INTO organizations (name, category, sub_kind, district_id, subdistrict_id, building_id, grid_id, location)
            SELECT ${`${name}公司${i + 1}`}, 'new_economic', 'non_public_enterprise', ${d!.id}, ${subdistrictId},
              b.id, b.grid_id, b.location FROM buildings b WHERE b.id = ${building[name]!}`,
      );
    }
  }
  return { subdistrictId, grid, building, at, polygon };
}

/** Rectangle ring with optional extra vertices on its sides (listed counter-clockwise). */
export const rect = (x0: number, y0: number, x1: number, y1: number): P[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

/** Buildings in no grid, in two grids, or in a grid other than their grid_id. */
export async function misplacedBuildings(database: Database, subdistrictId: number) {
  return rows<{ id: number; n: number; grid_id: number | null; containing: number | null }>(
    database.db,
    sql`SELECT b.id, b.grid_id,
          (SELECT count(*) FROM grids g WHERE g.subdistrict_id = b.subdistrict_id AND ST_Covers(g.boundary, b.location)) AS n,
          (SELECT min(g.id) FROM grids g WHERE g.subdistrict_id = b.subdistrict_id AND ST_Covers(g.boundary, b.location)) AS containing
        FROM buildings b WHERE b.subdistrict_id = ${subdistrictId}
        AND ((SELECT count(*) FROM grids g WHERE g.subdistrict_id = b.subdistrict_id AND ST_Covers(g.boundary, b.location)) <> 1
          OR b.grid_id IS DISTINCT FROM (SELECT min(g.id) FROM grids g WHERE g.subdistrict_id = b.subdistrict_id AND ST_Covers(g.boundary, b.location)))`,
  );
}

/** The whole invariant of issue 13 for one subdistrict: no gap, no overlap, buildings placed. */
export async function tilingProblems(database: Database, subdistrictId: number) {
  const violations = await subdistrictViolations(database.db, subdistrictId);
  const misplaced = await misplacedBuildings(database, subdistrictId);
  return { violations, misplaced };
}

export async function versions(database: Database, ids: number[]) {
  const r = await rows<{ id: number; version: number }>(
    database.db,
    sql`SELECT id, version FROM grids WHERE id IN (${sql.join(
      ids.map((i) => sql`${i}`),
      sql`, `,
    )}) ORDER BY id`,
  );
  return Object.fromEntries(r.map((x) => [Number(x.id), Number(x.version)]));
}
