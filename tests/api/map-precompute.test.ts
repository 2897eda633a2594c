import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../server/src/db/rows.ts';
import { metersPerDegree } from '../../server/src/geo/index.ts';
import { refreshCoverage } from '../../server/src/policy/index.ts';
import { count, precomputeMismatches } from '../helpers/invariants.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

// What the map and the summary read instead of computing per request (issue 14), kept by the
// triggers of migration 0010_center_reach.sql: each table must equal a direct computation
// after every kind of write, inside the writing transaction.

const env = useSmallDemoApi({ evaluate: true });
const DISTRICT = { minLon: 116.55, minLat: 40.05, maxLon: 116.7, maxLat: 40.15 };
const OUTSIDE = `query ($v: Viewport!, $reach: ReachInput) {
  mapOrganizations(viewport: $v, layer: OUTSIDE_CENTERS, reach: $reach) { total } }`;

const envelope = sql`ST_MakeEnvelope(${DISTRICT.minLon}, ${DISTRICT.minLat}, ${DISTRICT.maxLon}, ${DISTRICT.maxLat}, 4326)`;

async function outsideTotals() {
  const totals: number[] = [];
  for (const zoom of [10, 15]) {
    for (const reach of [null, { walkMinutes: 5 }, { walkMinutes: 15 }]) {
      const r = await env.api.exec(OUTSIDE, { v: { bbox: DISTRICT, zoom }, reach });
      totals.push(r.data!.mapOrganizations.total);
    }
  }
  return totals;
}

describe('kept reach, unit counts and instructor areas', () => {
  it('measures like the TypeScript metres per degree at the center', async () => {
    for (const [lat, dx, dy] of [
      [40.1, 0.004, 0.003],
      [0, -0.01, 0.002],
      [-62.5, 0.001, -0.02],
    ] as const) {
      const m = metersPerDegree(lat);
      const [r] = await rows<{ d: unknown }>(
        env.database.db,
        sql`SELECT sqrt(center_d2(ST_SetSRID(ST_MakePoint(${116 + dx}, ${lat + dy}), 4326),
              ST_SetSRID(ST_MakePoint(116, ${lat}), 4326))) AS d`,
      );
      expect(Number(r!.d)).toBeCloseTo(Math.hypot(dx * m.lon, dy * m.lat), 6);
    }
  });

  it('follows moved centers and organizations, status changes, units and assignments', async () => {
    const db = env.database.db;
    expect(await precomputeMismatches(db)).toBe(0);
    expect(await outsideTotals()).toEqual([59, 59, 0, 59, 59, 0]);

    // A center moved onto a building: its organizations are reached by its own radius.
    await db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE service_centers SET location = (
          SELECT location FROM buildings ORDER BY id LIMIT 1)
        WHERE id = (SELECT min(id) FROM service_centers)`);
      expect(await precomputeMismatches(tx)).toBe(0); // inside the writing transaction
    });
    const moved = await outsideTotals();
    expect(moved[0]).toBeLessThan(59);
    expect(moved[0]).toBe(moved[3]);

    // An organization moved, one turned zombie, one left its joint branch, an instructor
    // assigned, an organization moved to another grid, one deleted.
    const ids = env.orgIds;
    await db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE organizations SET location = ST_SetSRID(ST_MakePoint(116.8, 40.3), 4326)
        WHERE id = ${ids[5]!}`);
      await tx.execute(sql`UPDATE organizations SET status = 'zombie' WHERE id = ${ids[6]!}`);
      await tx.execute(sql`UPDATE party_org_units SET left_on = current_date
        WHERE id = (SELECT min(id) FROM party_org_units WHERE left_on IS NULL)`);
      await tx.execute(sql`INSERT INTO instructor_assignments (instructor_id, organization_id)
        SELECT min(id), ${ids[7]!}::int FROM instructors`);
      await tx.execute(sql`UPDATE organizations SET grid_id = (
          SELECT id FROM grids WHERE id <> organizations.grid_id ORDER BY id LIMIT 1)
        WHERE id IN (SELECT organization_id FROM instructor_assignments LIMIT 1)`);
      const [gone] = await rows<{ id: number }>(
        tx,
        sql`DELETE FROM organizations WHERE id = (
            SELECT max(o.id) FROM organizations o
            WHERE NOT EXISTS (SELECT 1 FROM party_org_units u WHERE u.organization_id = o.id)
              AND NOT EXISTS (SELECT 1 FROM instructor_assignments a WHERE a.organization_id = o.id))
          RETURNING id`,
      );
      expect(await precomputeMismatches(tx)).toBe(0);
      await refreshCoverage(tx, { organizationIds: [...ids.slice(5, 8), Number(gone!.id)] });
    });
    expect(await precomputeMismatches(db)).toBe(0);
    const direct = await count(
      db,
      sql`SELECT count(*) AS n FROM org_center_reach r JOIN organizations o ON o.id = r.organization_id
          WHERE r.active AND r.outside_own AND o.location && ${envelope}`,
    );
    expect((await outsideTotals())[3]).toBe(direct);

    // A deleted center, then every center gone: nothing is reached.
    await db.execute(
      sql`DELETE FROM service_centers WHERE id = (SELECT max(id) FROM service_centers)`,
    );
    expect(await precomputeMismatches(db)).toBe(0);
    await db.execute(sql`DELETE FROM service_centers`);
    expect(await precomputeMismatches(db)).toBe(0);
    const active = sql`status::text NOT IN ('zombie', 'deregistered')`;
    const inGrids = await count(
      db,
      sql`SELECT count(*) AS n FROM organizations WHERE ${active} AND grid_id IS NOT NULL`,
    );
    const inView = await count(
      db,
      sql`SELECT count(*) AS n FROM organizations WHERE ${active} AND location && ${envelope}`,
    );
    expect(await outsideTotals()).toEqual([inGrids, inGrids, inGrids, inView, inView, inView]);
  });

  it('reports joint branches over the limit and instructors from the kept tables', async () => {
    const r = await env.api.exec(
      `{ district(code: "110113") { coverageSummary { instructorsAssigned
          jointOverLimit { units limit } } } }`,
    );
    const direct = await count(
      env.database.db,
      sql`SELECT count(DISTINCT instructor_id) AS n FROM instructor_assignments
          WHERE ended_on IS NULL`,
    );
    expect(r.data!.district.coverageSummary.instructorsAssigned).toBe(direct);
    expect(r.data!.district.coverageSummary.jointOverLimit).toEqual([]);
  });
});
