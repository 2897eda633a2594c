import { sql } from 'drizzle-orm';
import type { Executor } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';

/**
 * Generated organizations for the SQL-vs-reference agreement test and bench/policy-summary.ts,
 * in a few set-based statements (INSERT ... SELECT generate_series). Facts are drawn from the
 * threshold edges of the seed profiles (29/30, 49/50, 79/80, 99/100 employees, 2/3 members,
 * revenue 4,999,999 / 5,000,000, 79/80 member units) and links cover every coverage path: own,
 * joint, attached and dissolved party organizations, memberships left, instructors current and
 * ended, mass organizations.
 */
export interface SyntheticOptions {
  count: number;
  districtId: number;
  /** Organizations are spread over these grids (round robin); null grid when empty. */
  gridIds: number[];
}

export async function insertSyntheticOrgs(tx: Executor, o: SyntheticOptions): Promise<number> {
  const grids = o.gridIds.length ? o.gridIds.join(',') : '';
  const [first] = await rows<{ id: number | null }>(
    tx,
    sql`SELECT COALESCE(max(id), 0) AS id FROM organizations`,
  );
  const base = Number(first?.id ?? 0);
  // h(k) is a stable pseudo-random non-negative integer per organization and draw.
  await tx.execute(sql`
    WITH g AS (
      SELECT row_number() OVER (ORDER BY gr.id) - 1 AS gi, gr.id, gr.subdistrict_id
      FROM grids gr WHERE gr.id = ANY(string_to_array(NULLIF(${grids}, ''), ',')::int[])
    ), n AS (SELECT count(*) AS n FROM g),
    s AS (
      SELECT i,
        abs(hashint4(i * 7 + 1)) AS h1, abs(hashint4(i * 7 + 2)) AS h2,
        abs(hashint4(i * 7 + 3)) AS h3, abs(hashint4(i * 7 + 4)) AS h4,
        abs(hashint4(i * 7 + 5)) AS h5, abs(hashint4(i * 7 + 6)) AS h6
      FROM generate_series(${base + 1}::int, ${base + o.count}::int) i
    ), f AS (
      SELECT s.*,
        (ARRAY[0,1,2,5,29,30,31,49,50,51,79,80,81,99,100,101,150,400])[1 + h1 % 18] AS emp,
        (ARRAY['non_public_enterprise','non_public_enterprise','non_public_enterprise',
               'individual_business','social_group','private_non_enterprise','foundation',
               'social_intermediary'])[1 + h2 % 8] AS kind,
        (ARRAY[0,0,0,1,2,3,4,12])[1 + h3 % 8] AS members
      FROM s
    )
    INSERT INTO organizations (name, category, sub_kind, industry, status, employees,
      party_members, revenue_yuan, member_units, activists, owner_is_member, has_trade_union,
      has_youth_league, has_womens_federation, grid_id, subdistrict_id, district_id)
    SELECT '生成组织' || f.i,
      (CASE WHEN kind IN ('non_public_enterprise', 'individual_business') THEN 'new_economic'
            ELSE 'new_social' END)::org_category,
      kind::org_sub_kind,
      (ARRAY['it','logistics','catering','law','accounting','education','healthcare',
             'social_work','express_delivery'])[1 + h4 % 9],
      (ARRAY['operating','operating','operating','operating','operating','suspended',
             'zombie','deregistered'])[1 + h5 % 8]::org_status,
      emp, LEAST(members, GREATEST(emp, 1)),
      (ARRAY[NULL, 100000, 4999999, 5000000, 5000001, 80000000]::bigint[])[1 + h6 % 6],
      (ARRAY[NULL, 10, 79, 80, 81]::int[])[1 + (h1 / 18) % 5],
      (h2 / 8) % 7, (h3 / 8) % 5 = 0, (h4 / 9) % 4 = 0, (h5 / 8) % 9 = 0, (h6 / 6) % 11 = 0,
      g.id, g.subdistrict_id, ${o.districtId}::int
    FROM f CROSS JOIN n LEFT JOIN g ON n.n > 0 AND g.gi = f.i % n.n`);
  await linkSynthetic(tx, o.districtId, base);
  return base;
}

/** Party organizations, memberships and instructors for the organizations above `base`. */
async function linkSynthetic(tx: Executor, districtId: number, base: number) {
  // Own branches for i % 9 = 0; a joint branch per 72 ids (about 16 units), an attached one per
  // 60 ids, a dissolved joint one per 90 ids; memberships left for i % 17 = 3.
  await tx.execute(sql`
    INSERT INTO party_organizations (name, kind, founding_mode, is_joint, is_attached,
      member_count, district_id, dissolved_on)
    SELECT 'gen|' || k || '|' || o.id, 'branch',
      (CASE k WHEN 'own' THEN 'standalone' WHEN 'joint' THEN 'park_joint'
        WHEN 'attached' THEN 'village_enterprise' ELSE 'regional' END)::founding_mode,
      k IN ('joint', 'dissolved'), k = 'attached', 3, ${districtId}::int,
      CASE WHEN k = 'dissolved' THEN DATE '2020-01-01' END
    FROM organizations o, LATERAL unnest(ARRAY[
        CASE WHEN o.id % 9 = 0 THEN 'own' END,
        CASE WHEN o.id % 72 = 1 THEN 'joint' END,
        CASE WHEN o.id % 60 = 2 THEN 'attached' END,
        CASE WHEN o.id % 90 = 4 THEN 'dissolved' END]) AS k
    WHERE o.id > ${base} AND k IS NOT NULL`);
  await tx.execute(sql`
    WITH want AS (
      SELECT o.id, CASE
          WHEN o.id % 9 = 0 THEN 'gen|own|' || o.id
          WHEN o.id % 4 = 1 THEN 'gen|joint|' || (o.id - (o.id - 1) % 72)
          WHEN o.id % 4 = 2 THEN 'gen|attached|' || (o.id - (o.id - 2) % 60)
          ELSE 'gen|dissolved|' || (o.id - (o.id - 4) % 90) END AS po_name
      FROM organizations o WHERE o.id > ${base}
    )
    INSERT INTO party_org_units (party_organization_id, organization_id, left_on)
    SELECT po.id, want.id, CASE WHEN want.id % 17 = 3 THEN DATE '2022-01-01' END
    FROM want JOIN party_organizations po ON po.name = want.po_name`);
  await tx.execute(sql`
    INSERT INTO instructors (name, district_id) VALUES ('生成指导员', ${districtId}::int)`);
  await tx.execute(sql`
    INSERT INTO instructor_assignments (instructor_id, organization_id, ended_on)
    SELECT (SELECT max(id) FROM instructors), o.id,
      CASE WHEN o.id % 10 = 5 THEN DATE '2023-01-01' END
    FROM organizations o WHERE o.id > ${base} AND (o.id % 6 = 0 OR o.id % 10 = 5)`);
}
