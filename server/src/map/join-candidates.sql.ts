import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { badInput, Reasons } from '../errors.ts';
import { degreesAround } from '../geo/index.ts';
import type { CoverageSource } from './coverage-source.sql.ts';

export interface JoinCandidate {
  id: number;
  name: string;
  unitCount: number;
  room: number;
  distanceM: number;
  sameIndustry: boolean;
}

/**
 * Joint party organizations an organization could join (seed 000 art. 6: "same or similar
 * industry, adjacent in space, convenient to meet", generally no more than the profile's limit):
 * those with a member unit or the seat within `withinMeters` (true metres) and room left under
 * the limit, same industry first, then nearest.
 */
export async function joinCandidates(
  database: Database,
  organizationId: number,
  withinMeters: number,
  source: CoverageSource,
): Promise<JoinCandidate[]> {
  if (!Number.isFinite(withinMeters) || withinMeters <= 0 || withinMeters > 20_000) {
    throw badInput('withinMeters', Reasons.OUT_OF_RANGE, 'must be in (0, 20000] metres');
  }
  // The bbox prefilter needs the organization's latitude (degrees of longitude shrink poleward).
  const [me] = await rows<{ lat: number }>(
    database.db,
    sql`SELECT ST_Y(location) AS lat FROM organizations WHERE id = ${organizationId}
          AND location IS NOT NULL`,
  );
  if (!me) return [];
  const deg = degreesAround(withinMeters, Number(me.lat));
  const found = await rows<Record<string, unknown>>(
    database.db,
    sql`
    WITH me AS (
      SELECT id, location, industry FROM organizations WHERE id = ${organizationId}
        AND location IS NOT NULL
    ),
    near AS (
      SELECT DISTINCT u.party_organization_id AS id
      FROM me, organizations m
      JOIN party_org_units u ON u.organization_id = m.id AND u.left_on IS NULL
      WHERE m.location && ST_Expand(me.location, ${deg}) AND m.id <> me.id
        AND ST_DWithin(m.location::geography, me.location::geography, ${withinMeters})
      UNION
      SELECT p.id FROM me, party_organizations p
      WHERE p.seat && ST_Expand(me.location, ${deg})
        AND ST_DWithin(p.seat::geography, me.location::geography, ${withinMeters})
    )
    SELECT p.id, p.name, count(*) AS units,
      min(ST_Distance(COALESCE(p.seat, m.location)::geography, me.location::geography)) AS d,
      bool_or(m.industry = me.industry) AS same
    FROM near
    JOIN party_organizations p ON p.id = near.id AND p.is_joint AND p.dissolved_on IS NULL
    JOIN party_org_units u ON u.party_organization_id = p.id AND u.left_on IS NULL
    JOIN organizations m ON m.id = u.organization_id
    CROSS JOIN me
    WHERE NOT EXISTS (SELECT 1 FROM party_org_units x
                      WHERE x.organization_id = me.id AND x.left_on IS NULL
                        AND x.party_organization_id = p.id)
    GROUP BY p.id, p.name
    HAVING count(*) < ${source.jointUnitLimit}
    ORDER BY bool_or(m.industry = me.industry) DESC, d, p.id
    LIMIT 5`,
  );
  return found.map((r) => ({
    id: Number(r.id),
    name: String(r.name),
    unitCount: Number(r.units),
    room: source.jointUnitLimit - Number(r.units),
    distanceM: Math.round(Number(r.d)),
    sameIndustry: r.same === true || r.same === 't',
  }));
}
