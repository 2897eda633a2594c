import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { refreshCoverage } from './refresh.sql.ts';
import { rows } from '../db/rows.ts';

/**
 * On start: recomputes the coverage of every profile whose materialized evaluation is missing,
 * was computed from an older profile version, or does not hold one row per organization (e.g.
 * the demo was loaded, or organizations were inserted without a refresh). Cheap when fresh: one
 * statement over coverage_state and two counts. Returns the ids of the profiles it refreshed.
 */
export async function ensureCoverageFresh(database: Pick<Database, 'db'>): Promise<number[]> {
  const { db } = database;
  const stale = await rows<{ id: number }>(
    db,
    sql`SELECT p.id FROM policy_profiles p
        LEFT JOIN coverage_state s ON s.profile_id = p.id
        WHERE s.profile_id IS NULL OR s.profile_version <> p.version
           OR (SELECT count(*) FROM org_coverage c WHERE c.profile_id = p.id)
              <> (SELECT count(*) FROM organizations)`,
  );
  const ids = stale.map((r) => Number(r.id));
  if (ids.length === 0) return [];
  await db.transaction((tx) => refreshCoverage(tx, { all: true, profileIds: ids }));
  return ids;
}
