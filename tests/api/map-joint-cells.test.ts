import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { generateDistrict } from '../../server/src/demo/index.ts';
import { ensureCoverageFresh, ensureSeedProfiles } from '../../server/src/policy/index.ts';
import { testDatabase } from '../helpers/db.ts';
import { createTestApi } from '../helpers/graphql.ts';

// Zoomed out, joint branches come counted per square cell (issue 14: the district view sent a
// seat per branch, 400 kB). Each cell must count exactly the branches whose seat lies in its
// square, with their current units counted from party_org_units directly.

const JOINT = `query ($v: Viewport!) { mapJointBranches(viewport: $v) {
  aggregated cellSize total cells { lon lat branches units overLimit }
  branches { id unitCount members { id } } } }`;

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
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await database?.close();
});

/** Live joint branches with a seat in `b` and their current units, from the base tables. */
async function branchesIn(b: typeof bbox) {
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`SELECT p.id, ST_X(p.seat) AS x, ST_Y(p.seat) AS y, count(u.id) AS units
        FROM party_organizations p
        JOIN party_org_units u ON u.party_organization_id = p.id AND u.left_on IS NULL
        WHERE p.is_joint AND p.dissolved_on IS NULL
          AND p.seat && ST_MakeEnvelope(${b.minLon}, ${b.minLat}, ${b.maxLon}, ${b.maxLat}, 4326)
        GROUP BY p.id`,
  );
  return found.map((r) => ({ x: Number(r.x), y: Number(r.y), units: Number(r.units) }));
}

describe('joint branches zoomed out', () => {
  it.each([10, 12, 13])('counts each cell as the sum of its branches at zoom %i', async (zoom) => {
    const r = await api.exec(JOINT, { v: { bbox, zoom } });
    expect(r.errors).toBeUndefined();
    const res = r.data!.mapJointBranches;
    expect(res.aggregated).toBe(true);
    expect(res.branches).toEqual([]);
    const size = res.cellSize as number;
    const branches = await branchesIn(bbox);
    expect(branches.length).toBeGreaterThan(20);
    // Expected cells keyed by their square, from the base tables.
    const want = new Map<string, { branches: number; units: number; overLimit: number }>();
    for (const b of branches) {
      const k = `${Math.floor(b.x / size)},${Math.floor(b.y / size)}`;
      const c = want.get(k) ?? { branches: 0, units: 0, overLimit: 0 };
      c.branches += 1;
      c.units += b.units;
      c.overLimit += b.units > 15 ? 1 : 0;
      want.set(k, c);
    }
    const got = new Map<string, object>();
    for (const c of res.cells) {
      // A cell's point (the mean of its seats) lies in its square, to the answer's rounding.
      const k = `${Math.floor(c.lon / size)},${Math.floor(c.lat / size)}`;
      expect(got.has(k)).toBe(false);
      got.set(k, { branches: c.branches, units: c.units, overLimit: c.overLimit });
    }
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(want));
    expect(res.total).toBe(branches.length);
    expect(res.cells.reduce((n: number, c: any) => n + c.units, 0)).toBe(
      branches.reduce((n, b) => n + b.units, 0),
    );
    // Fewer cells than branches: that is the point of them.
    expect(res.cells.length).toBeLessThan(branches.length);
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
    expect(res).toMatchObject({ aggregated: false, cellSize: null, cells: [] });
    expect(res.total).toBe(res.branches.length);
    expect(res.branches.length).toBeGreaterThan(0);
    for (const b of res.branches) expect(b.members).toHaveLength(b.unitCount);
  });
});
