import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { generateDistrict } from '../../server/src/demo/index.ts';
import { ensureCoverageFresh, ensureSeedProfiles } from '../../server/src/policy/index.ts';
import { coverageSource } from '../../server/src/map/index.ts';
import { jointBranchesInView, MAX_JOINT_BRANCHES } from '../../server/src/map/places.sql.ts';
import { cellSizeFor } from '../../server/src/map/viewport.ts';
import { testDatabase } from '../helpers/db.ts';
import { createTestApi } from '../helpers/graphql.ts';

// Zoomed out, joint branches come counted per square cell (issue 14: the district view sent a
// seat per branch, 400 kB), each grid's from joint_grid_units kept by triggers (migration 0012)
// at the grid's point: each cell must count exactly the live branches of the grids whose point
// lies in its square, with their units counted from party_org_units directly.

const JOINT = `query ($v: Viewport!) { mapJointBranches(viewport: $v) {
  aggregated cellSize total cells { lon lat branches units overLimit }
  branches { id unitCount members { id } } } }`;
const LIMIT = 15;

let database: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let bbox: { minLon: number; minLat: number; maxLon: number; maxLat: number };

beforeAll(async () => {
  database = await testDatabase();
  await generateDistrict(database, { orgs: 2000, seed: 3 });
  await ensureSeedProfiles(database);
  await ensureCoverageFresh(database);
  const [e] = await rows<Record<string, unknown>>(
    database.db,
    sql`SELECT ST_XMin(e) x0, ST_YMin(e) y0, ST_XMax(e) x1, ST_YMax(e) y1
        FROM (SELECT ST_Extent(boundary) e FROM districts) t`,
  );
  bbox = {
    minLon: Number(e!.x0),
    minLat: Number(e!.y0),
    maxLon: Number(e!.x1),
    maxLat: Number(e!.y1),
  };
  api = await createTestApi(database);
}, 180_000);
afterAll(async () => {
  await api?.stop();
  await database?.close();
});

/** Live joint branches with a seat and units per square of their grid's point, from the base tables. */
async function expectedCells(executor: Executor, zoom = 10) {
  const size = cellSizeFor(zoom);
  const found = await rows<Record<string, unknown>>(
    executor,
    sql`WITH b AS (
          SELECT p.id, p.grid_id, count(u.id)::int AS units FROM party_organizations p
          JOIN party_org_units u ON u.party_organization_id = p.id AND u.left_on IS NULL
          WHERE p.is_joint AND p.dissolved_on IS NULL AND p.seat IS NOT NULL
            AND p.grid_id IS NOT NULL
          GROUP BY p.id)
        SELECT floor(ST_X(ST_PointOnSurface(g.boundary)) / ${size}) AS x,
          floor(ST_Y(ST_PointOnSurface(g.boundary)) / ${size}) AS y,
          count(*) AS branches, sum(b.units) AS units,
          count(*) FILTER (WHERE b.units > ${LIMIT}) AS over
        FROM b JOIN grids g ON g.id = b.grid_id GROUP BY 1, 2`,
  );
  return found.map((r) => ({
    key: `${Number(r.x)},${Number(r.y)}`,
    branches: Number(r.branches),
    units: Number(r.units),
    overLimit: Number(r.over),
  }));
}

const keyed = (cells: { key: string; branches: number; units: number; overLimit: number }[]) =>
  Object.fromEntries(cells.map(({ key, ...c }) => [key, c]));

async function cellsAt(zoom: number) {
  const r = await api.exec(JOINT, { v: { bbox, zoom } });
  expect(r.errors).toBeUndefined();
  return r.data!.mapJointBranches;
}

/** Rows of joint_grid_units that differ from a direct count. */
async function staleRows(executor: Executor) {
  const [r] = await rows<{ n: unknown }>(
    executor,
    sql`SELECT count(*) AS n FROM (
          (SELECT grid_id, units, branches FROM joint_grid_units
           EXCEPT ALL
           SELECT p.grid_id, n.units, count(*)::int FROM party_organizations p
           JOIN (SELECT party_organization_id, count(*)::int AS units FROM party_org_units
                 WHERE left_on IS NULL GROUP BY 1) n ON n.party_organization_id = p.id
           WHERE p.is_joint AND p.dissolved_on IS NULL AND p.seat IS NOT NULL
             AND p.grid_id IS NOT NULL GROUP BY 1, 2)
          UNION ALL
          (SELECT p.grid_id, n.units, count(*)::int FROM party_organizations p
           JOIN (SELECT party_organization_id, count(*)::int AS units FROM party_org_units
                 WHERE left_on IS NULL GROUP BY 1) n ON n.party_organization_id = p.id
           WHERE p.is_joint AND p.dissolved_on IS NULL AND p.seat IS NOT NULL
             AND p.grid_id IS NOT NULL GROUP BY 1, 2
           EXCEPT ALL
           SELECT grid_id, units, branches FROM joint_grid_units)) d`,
  );
  return Number(r!.n);
}

describe('joint branches zoomed out', () => {
  it.each([10, 12, 13])(
    'counts each cell as the sum of the branches of the grids in its square at zoom %i',
    async (zoom) => {
      const res = await cellsAt(zoom);
      expect(res.aggregated).toBe(true);
      expect(res.branches).toEqual([]);
      const want = await expectedCells(database.db, zoom);
      expect(want.reduce((n, c) => n + c.branches, 0)).toBeGreaterThan(20);
      // A cell's point (a mean of points in its square) lies in the square.
      const size = res.cellSize as number;
      expect(size).toBe(cellSizeFor(zoom));
      const got = res.cells.map((c: any) => ({
        key: `${Math.floor(c.lon / size)},${Math.floor(c.lat / size)}`,
        branches: c.branches,
        units: c.units,
        overLimit: c.overLimit,
      }));
      expect(got).toHaveLength(want.length);
      expect(keyed(got)).toEqual(keyed(want));
      expect(res.total).toBe(want.reduce((n, c) => n + c.branches, 0));
      // Fewer cells than branches: that is the point of them.
      expect(res.cells.length).toBeLessThan(res.total);
    },
  );

  it('keeps the counts in the writing transaction, and counts branches without a grid live', async () => {
    const db = database.db;
    expect(await staleRows(db)).toBe(0);
    const before = await cellsAt(10);
    // One branch dissolved, one moved to another grid, a unit left a third, one loses its grid.
    const joint = await rows<{ id: number }>(
      db,
      sql`SELECT p.id FROM party_organizations p JOIN party_unit_counts n
            ON n.party_organization_id = p.id AND n.units > 1
          WHERE p.is_joint AND p.dissolved_on IS NULL ORDER BY p.id LIMIT 4`,
    );
    const [a, b, c, d] = joint.map((r) => Number(r.id));
    await db.transaction(async (tx) => {
      await tx.execute(
        sql`UPDATE party_organizations SET dissolved_on = current_date WHERE id = ${a!}`,
      );
      await tx.execute(sql`UPDATE party_organizations SET grid_id = (
          SELECT id FROM grids WHERE id <> party_organizations.grid_id ORDER BY id LIMIT 1)
        WHERE id = ${b!}`);
      await tx.execute(sql`UPDATE party_org_units SET left_on = current_date
        WHERE id = (SELECT min(id) FROM party_org_units
                    WHERE party_organization_id = ${c!} AND left_on IS NULL)`);
      await tx.execute(sql`UPDATE party_organizations SET grid_id = NULL WHERE id = ${d!}`);
      expect(await staleRows(tx)).toBe(0);
    });
    const after = await cellsAt(10);
    // One dissolved branch and one unit fewer; the gridless branch still counted (by its seat).
    expect(after.total).toBe(before.total - 1);
    const units = (r: any) => r.cells.reduce((n: number, x: any) => n + x.units, 0);
    const [dUnits] = await rows<{ n: unknown }>(
      db,
      sql`SELECT units AS n FROM party_unit_counts WHERE party_organization_id = ${a!}`,
    );
    expect(units(after)).toBe(units(before) - Number(dUnits!.n) - 1);
    // The gridless branch is counted in the square of its seat.
    const [seat] = await rows<Record<string, unknown>>(
      db,
      sql`SELECT ST_X(seat) AS x, ST_Y(seat) AS y FROM party_organizations WHERE id = ${d!}`,
    );
    const square = (x: number, y: number) =>
      `${Math.floor(x / after.cellSize)},${Math.floor(y / after.cellSize)}`;
    const want = keyed(await expectedCells(db));
    const k = square(Number(seat!.x), Number(seat!.y));
    const [dCount] = await rows<{ n: unknown }>(
      db,
      sql`SELECT units AS n FROM party_unit_counts WHERE party_organization_id = ${d!}`,
    );
    const withD = {
      branches: 1,
      units: Number(dCount!.n),
      overLimit: Number(dCount!.n) > LIMIT ? 1 : 0,
    };
    want[k] = want[k]
      ? {
          branches: want[k].branches + 1,
          units: want[k].units + withD.units,
          overLimit: want[k].overLimit + withD.overLimit,
        }
      : withD;
    const got = Object.fromEntries(
      after.cells.map((c: any) => [
        square(c.lon, c.lat),
        { branches: c.branches, units: c.units, overLimit: c.overLimit },
      ]),
    );
    expect(got).toEqual(want);
  });

  it('sends each branch with its members from zoom 14, the total counting them', async () => {
    const [seat] = await rows<Record<string, unknown>>(
      database.db,
      sql`SELECT ST_X(seat) x, ST_Y(seat) y FROM party_organizations
          WHERE is_joint AND dissolved_on IS NULL AND seat IS NOT NULL ORDER BY id LIMIT 1`,
    );
    const x = Number(seat!.x);
    const y = Number(seat!.y);
    const v = {
      bbox: { minLon: x - 0.004, minLat: y - 0.003, maxLon: x + 0.004, maxLat: y + 0.003 },
      zoom: 16,
    };
    const r = await api.exec(JOINT, { v });
    expect(r.errors).toBeUndefined();
    const res = r.data!.mapJointBranches;
    expect(res).toMatchObject({ aggregated: false, cells: [] });
    expect(res.total).toBe(res.branches.length);
    expect(res.branches.length).toBeGreaterThan(0);
    for (const b of res.branches) expect(b.members).toHaveLength(b.unitCount);
  });

  it('caps the branches drawn per view, nearest seat first, while the total counts them all', async () => {
    // Every live joint branch with a located member or its seat in the view, from the base tables.
    const env = sql`ST_MakeEnvelope(${bbox.minLon}, ${bbox.minLat}, ${bbox.maxLon}, ${bbox.maxLat}, 4326)`;
    const all = await rows<{ id: unknown; d: unknown }>(
      database.db,
      sql`SELECT p.id, p.seat <-> ST_SetSRID(ST_MakePoint(${(bbox.minLon + bbox.maxLon) / 2},
            ${(bbox.minLat + bbox.maxLat) / 2}), 4326) AS d
          FROM party_organizations p
          WHERE p.is_joint AND p.dissolved_on IS NULL
            AND EXISTS (SELECT 1 FROM party_org_units u JOIN organizations o ON o.id = u.organization_id
                        WHERE u.party_organization_id = p.id AND u.left_on IS NULL
                          AND o.location IS NOT NULL)
            AND (p.seat && ${env} OR EXISTS (
              SELECT 1 FROM party_org_units u JOIN organizations o ON o.id = u.organization_id
              WHERE u.party_organization_id = p.id AND u.left_on IS NULL AND o.location && ${env}))
          ORDER BY d NULLS LAST, p.id`,
    );
    expect(all.length).toBeGreaterThan(MAX_JOINT_BRANCHES);
    const r = await api.exec(JOINT, { v: { bbox, zoom: 16 } });
    expect(r.errors).toBeUndefined();
    const res = r.data!.mapJointBranches;
    expect(res.aggregated).toBe(false);
    expect(res.total).toBe(all.length);
    expect(res.branches).toHaveLength(MAX_JOINT_BRANCHES);
    // The ones sent are those whose seat lies nearest the view's centre, each with all its members.
    const nearest = all
      .slice(0, MAX_JOINT_BRANCHES)
      .map((x) => `PartyOrganization:${Number(x.id)}`);
    expect(res.branches.map((b: any) => b.id).sort()).toEqual(nearest.sort());
    for (const b of res.branches) expect(b.members).toHaveLength(b.unitCount);
    // A smaller cap keeps the same order and the same total.
    const source = await coverageSource(database);
    const five = await jointBranchesInView(database, bbox, source, 16, 5);
    expect(five.total).toBe(all.length);
    expect(five.branches.map((b) => b.id).sort((a, b) => a - b)).toEqual(
      all
        .slice(0, 5)
        .map((x) => Number(x.id))
        .sort((a, b) => a - b),
    );
  });
});
