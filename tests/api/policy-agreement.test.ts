import { rollupMismatches } from '../helpers/invariants.ts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';
import {
  ensureSeedProfiles,
  evaluateOrganization,
  loadOrgFacts,
  loadProfiles,
  refreshCoverage,
} from '../../server/src/policy/index.ts';
import { rows } from '../../server/src/db/rows.ts';
import { insertSyntheticOrgs } from '../helpers/synthetic-orgs.sql.ts';
import { testDatabase } from '../helpers/db.ts';

let database: Database;

beforeAll(async () => {
  database = await testDatabase();
  const { districtId } = await loadSmallDemo(database);
  await ensureSeedProfiles(database);
  const grids = await rows<{ id: number }>(database.db, sql`SELECT id FROM grids ORDER BY id`);
  await database.db.transaction(async (tx) => {
    await insertSyntheticOrgs(tx, {
      count: 3000,
      districtId,
      gridIds: grids.map((g) => Number(g.id)),
    });
    await refreshCoverage(tx, { all: true });
  });
});
afterAll(() => database.close());

interface CovRow {
  profile_id: number;
  organization_id: number;
  coverage: string;
  standalone: boolean;
  applicable: number;
  unmet: number;
  size_class: string | null;
  is_excluded: boolean;
  is_blank_spot: boolean;
  is_gap: boolean;
}

describe('SQL evaluation agrees with the reference evaluator', () => {
  it('on every generated organization under every seed profile', async () => {
    const profiles = await loadProfiles(database.db);
    expect(profiles.map((p) => p.key)).toEqual(['shunyi-2017', 'changle-2011', 'county-plan']);
    const facts = await loadOrgFacts(database.db, null);
    expect(facts.size).toBeGreaterThan(3000);
    const found = await rows<CovRow>(database.db, sql`SELECT * FROM org_coverage`);
    expect(found).toHaveLength(facts.size * profiles.length);
    const byId = new Map(profiles.map((p) => [p.id, p]));
    let mismatches = 0;
    const seen = { organizational: 0, work: 0, none: 0, gap: 0, excluded: 0, rules: 0 };
    for (const r of found) {
      const p = byId.get(Number(r.profile_id))!;
      const f = facts.get(Number(r.organization_id))!;
      const e = evaluateOrganization(p.document, f);
      const got = {
        coverage: r.coverage,
        standalone: r.standalone,
        applicable: Number(r.applicable),
        unmet: Number(r.unmet),
        sizeClass: r.size_class,
        isExcluded: r.is_excluded,
        isBlankSpot: r.is_blank_spot,
        isGap: r.is_gap,
      };
      const want = {
        coverage: e.coverage,
        standalone: e.standalone,
        applicable: e.applicable,
        unmet: e.unmet,
        sizeClass: e.sizeClass,
        isExcluded: e.isExcluded,
        isBlankSpot: e.isBlankSpot,
        isGap: e.isGap,
      };
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        if (mismatches++ < 3)
          expect({ id: r.organization_id, ...got }).toEqual({ id: r.organization_id, ...want });
      }
      seen[e.coverage]++;
      if (e.isGap) seen.gap++;
      if (e.isExcluded) seen.excluded++;
      if (e.applicable) seen.rules++;
    }
    expect(mismatches).toBe(0);
    // the generated set exercises every path
    for (const v of Object.values(seen)) expect(v).toBeGreaterThan(50);
  });

  it('the subdistrict roll-up equals the grid roll-up summed per subdistrict', async () => {
    const diff = await rows(
      database.db,
      sql`
      SELECT * FROM (
        SELECT profile_id, subdistrict_id, category, sub_kind, size_class, sum(total)::int AS t,
          sum(gaps)::int AS g, sum(members)::int AS m
        FROM coverage_rollup GROUP BY 1, 2, 3, 4, 5
        EXCEPT SELECT profile_id, subdistrict_id, category, sub_kind, size_class, total, gaps, members
        FROM coverage_rollup_subdistrict) x`,
    );
    expect(diff).toEqual([]);
    const [n] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM coverage_rollup_subdistrict`,
    );
    expect(n!.n).toBeGreaterThan(0);
  });

  it('roll-ups equal counts over the materialized rows', async () => {
    const [a] = await rows<Record<string, string | number>>(
      database.db,
      sql`
      SELECT sum(total) AS total, sum(organizational) AS org, sum(work) AS work,
        sum(blank_spots) AS blank, sum(gaps) AS gaps, sum(excluded) AS excluded
      FROM coverage_rollup WHERE profile_id = (SELECT min(id) FROM policy_profiles)`,
    );
    const [b] = await rows<Record<string, string | number>>(
      database.db,
      sql`
      SELECT count(*) FILTER (WHERE NOT is_excluded) AS total,
        count(*) FILTER (WHERE NOT is_excluded AND coverage = 'organizational') AS org,
        count(*) FILTER (WHERE NOT is_excluded AND coverage = 'work') AS work,
        count(*) FILTER (WHERE is_blank_spot) AS blank, count(*) FILTER (WHERE is_gap) AS gaps,
        count(*) FILTER (WHERE is_excluded) AS excluded
      FROM org_coverage WHERE profile_id = (SELECT min(id) FROM policy_profiles)`,
    );
    expect(Object.fromEntries(Object.entries(a!).map(([k, v]) => [k, Number(v)]))).toEqual(
      Object.fromEntries(Object.entries(b!).map(([k, v]) => [k, Number(v)])),
    );
  });

  it('incremental refreshes keep the roll-ups equal to a recount (moves, status, members, deletes)', async () => {
    await database.db.transaction(async (tx) => {
      const ids = (
        await rows<{ id: number }>(tx, sql`SELECT id FROM organizations WHERE id % 37 = 0`)
      ).map((r) => Number(r.id));
      await tx.execute(sql`
        UPDATE organizations SET
          grid_id = (SELECT id FROM grids ORDER BY id LIMIT 1 OFFSET (organizations.id % 3)),
          status = CASE WHEN id % 2 = 0 THEN 'zombie'::org_status ELSE 'operating'::org_status END,
          party_members = LEAST(employees, 3)
        WHERE id % 37 = 0`);
      await tx.execute(sql`
        UPDATE organizations SET subdistrict_id = g.subdistrict_id FROM grids g
        WHERE g.id = organizations.grid_id AND organizations.id % 37 = 0`);
      const gone = ids.filter((id) => id % 2 === 1 && id > 200).slice(0, 5);
      const list = sql`string_to_array(${gone.join(',')}, ',')::int[]`;
      for (const t of ['party_org_units', 'instructor_assignments']) {
        await tx.execute(
          sql`DELETE FROM ${sql.identifier(t)} WHERE organization_id = ANY(${list})`,
        );
      }
      await tx.execute(sql`DELETE FROM organizations WHERE id = ANY(${list})`);
      await refreshCoverage(tx, { organizationIds: ids.slice(0, 40) });
      await refreshCoverage(tx, { organizationIds: ids.slice(40) });
    });
    expect(await rollupMismatches(database.db)).toBe(0);
    const [n] = await rows<{ a: number; b: number }>(
      database.db,
      sql`SELECT (SELECT count(*) FROM org_coverage)::int AS a,
                 (SELECT count(*) * 3 FROM organizations)::int AS b`,
    );
    expect(n!.a).toBe(n!.b);
  });
});
