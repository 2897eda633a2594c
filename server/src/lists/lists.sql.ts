import { and, sql, type SQL } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { degreesAround, metersPerDegreeSql } from '../geo/index.ts';
import { type CoverageSource } from '../map/index.ts';
import { outsideCentersJoin, type Reach } from '../places/index.ts';
import { orgFilterConditions } from '../orgs/orgs.sql.ts';
import {
  buildingCountsSql,
  coverageStatusJoin,
  scopedCoverageIdsSql,
  type Scope,
  type ScopedKind,
} from '../policy/index.ts';
import type { ListKind } from './list-kinds.ts';

// The rows of the planner's lists (issue 15) as one SELECT per list with the same column names,
// so paging, sorting, counting and the export wrap any of them alike. Organization lists read
// `organizations` unaliased, so the map's OrganizationFilter conditions apply as they are.

export interface ListQuery {
  kind: ListKind;
  scope: Scope;
  filter?: OrganizationFilter | null;
  /** OUTSIDE_CENTERS: a walking time in minutes, or null for each center's own radius. */
  reach: Reach;
  /** JOIN_CANDIDATES: metres to a branch. */
  withinMeters: number;
  source: CoverageSource & { profileId: number };
}

/** The columns every organization list starts with. */
const ORG_COLUMNS = sql`organizations.id, organizations.name,
  ST_X(organizations.location) AS lon, ST_Y(organizations.location) AS lat,
  s.name AS subdistrict_name, g.id AS grid_id, g.name AS grid_name, organizations.address,
  organizations.industry, organizations.employees, cov.status`;

const placeJoins = (alias: string) =>
  sql`LEFT JOIN grids g ON g.id = ${sql.raw(alias)}.grid_id
      LEFT JOIN subdistricts s ON s.id = ${sql.raw(alias)}.subdistrict_id`;

/** Organizations of one coverage kind in the scope, narrowed by the filter. */
function orgList(q: ListQuery, kind: ScopedKind, extra: { withs?: SQL; join?: SQL; where?: SQL }) {
  const conds = [...orgFilterConditions(q.filter), ...(extra.where ? [extra.where] : [])];
  return sql`${extra.withs ?? sql``}
    SELECT ${ORG_COLUMNS}
    FROM (${scopedCoverageIdsSql(q.source.profileId, q.scope, kind)}) ids
    JOIN organizations ON organizations.id = ids.id
    ${coverageStatusJoin(q.source.profileId)}
    ${extra.join ?? sql``}
    ${placeJoins('organizations')}
    ${conds.length ? sql`WHERE ${and(...conds)}` : sql``}`;
}

/** Active organizations of the scope that no service center reaches (the map's rule, kept per organization). */
function outsideList(q: ListQuery): SQL {
  return orgList(q, 'active', { join: outsideCentersJoin(q.reach) });
}

/**
 * Organizations of the scope in no party organization, each with the best joint branch it could
 * join, for the whole scope in one statement (the card's `joinCandidates` asks per organization
 * and this agrees with its first answer): branches in force with room under the limit; a branch
 * is in reach when its seat or a member unit lies within `withinMeters`; its distance is to the
 * seat (or the nearest member when it has none); same industry first, then nearest, then id.
 * Pairs are found from the branches' side (a few thousand places, each an index range over
 * organization locations), with distances in the local frame the map's circles use.
 */
function joinList(q: ListQuery): SQL {
  const lim = q.source.jointUnitLimit;
  const deg = degreesAround(q.withinMeters, 60); // generous in longitude up to 60° latitude
  const m = metersPerDegreeSql(sql`ST_Y(a.loc)`);
  const dist = (p: SQL) =>
    sql`sqrt(power((ST_X(organizations.location) - ST_X(${p})) * ${m.lon}, 2)
          + power((ST_Y(organizations.location) - ST_Y(${p})) * ${m.lat}, 2))`;
  return sql`
    WITH cand AS (${scopedCoverageIdsSql(q.source.profileId, q.scope, 'unorganized')}),
    branches AS (
      SELECT p.id, p.name, p.seat, count(*) AS units
      FROM party_organizations p
      JOIN party_org_units u ON u.party_organization_id = p.id AND u.left_on IS NULL
      WHERE p.is_joint AND p.dissolved_on IS NULL
      GROUP BY p.id, p.name, p.seat HAVING count(*) < ${lim}
    ),
    anchors AS (
      SELECT b.id AS bid, b.seat AS loc FROM branches b WHERE b.seat IS NOT NULL
      UNION ALL
      SELECT b.id, mo.location FROM branches b
      JOIN party_org_units u ON u.party_organization_id = b.id AND u.left_on IS NULL
      JOIN organizations mo ON mo.id = u.organization_id
      WHERE mo.location IS NOT NULL
    ),
    pairs AS (
      SELECT DISTINCT organizations.id AS oid, a.bid FROM anchors a
      JOIN organizations ON organizations.location && ST_Expand(a.loc, ${deg}::float8)
      JOIN cand ON cand.id = organizations.id
      WHERE ${dist(sql`a.loc`)} <= ${q.withinMeters}
    ),
    scored AS (
      SELECT pairs.oid, b.id AS bid, b.name AS bname, b.units,
        COALESCE(CASE WHEN b.seat IS NOT NULL THEN ST_Distance(b.seat::geography,
          organizations.location::geography) END,
          (SELECT min(ST_Distance(mo.location::geography, organizations.location::geography))
           FROM party_org_units u JOIN organizations mo ON mo.id = u.organization_id
           WHERE u.party_organization_id = b.id AND u.left_on IS NULL)) AS d,
        EXISTS (SELECT 1 FROM party_org_units u JOIN organizations mo ON mo.id = u.organization_id
                WHERE u.party_organization_id = b.id AND u.left_on IS NULL
                  AND mo.industry = organizations.industry) AS same
      FROM pairs JOIN branches b ON b.id = pairs.bid
      JOIN organizations ON organizations.id = pairs.oid
    ),
    best AS (
      SELECT DISTINCT ON (oid) oid, bid, bname, units, d, same,
        count(*) OVER (PARTITION BY oid) - 1 AS others
      FROM scored ORDER BY oid, same DESC, d, bid
    )
    SELECT ${ORG_COLUMNS}, best.bid AS branch_id, best.bname AS branch_name,
      best.units AS branch_units, ${lim} - best.units AS branch_room,
      round(best.d) AS distance_m, best.same AS same_industry, best.others AS other_branches
    FROM best JOIN organizations ON organizations.id = best.oid
    ${coverageStatusJoin(q.source.profileId)}
    ${placeJoins('organizations')}
    ${(() => {
      const conds = orgFilterConditions(q.filter);
      return conds.length ? sql`WHERE ${and(...conds)}` : sql``;
    })()}`;
}

/** Buildings with a workstation in the scope, with their organizations and blank spots. */
function workstationList(q: ListQuery): SQL {
  const s = q.scope;
  const where =
    s.kind === 'all'
      ? sql`TRUE`
      : s.kind === 'district'
        ? sql`s.district_id = ${s.id}`
        : s.kind === 'subdistrict'
          ? sql`b.subdistrict_id = ${s.id}`
          : s.kind === 'grid'
            ? sql`b.grid_id = ANY(string_to_array(${s.gridIds.join(',')}, ',')::int[])`
            : sql`b.id = ${s.id}`;
  return sql`
    SELECT b.id, b.name, ST_X(b.location) AS lon, ST_Y(b.location) AS lat,
      s.name AS subdistrict_name, g.id AS grid_id, g.name AS grid_name, b.address,
      w.name AS workstation_name, COALESCE(cnt.n, 0) AS organizations,
      COALESCE(cnt.blank, 0) AS blank_spots
    FROM building_workstations w
    JOIN buildings b ON b.id = w.building_id
    ${placeJoins('b')}
    LEFT JOIN LATERAL (${buildingCountsSql(q.source.profileId, sql`b.id`)}) cnt ON true
    WHERE ${where}`;
}

/** The SELECT of one list (unordered); every list has `id`, `name`, `lon`, `lat`. */
export async function listSql(database: Database, q: ListQuery): Promise<SQL> {
  switch (q.kind) {
    case 'blank_spots':
      return orgList(q, 'blank_spot', {});
    case 'gaps':
      return orgList(q, 'gap', {});
    case 'join_candidates':
      return joinList(q);
    case 'workstations':
      return workstationList(q);
    case 'outside_centers':
      return outsideList(q);
  }
}

/** How many rows the list holds. */
export async function countList(database: Database, list: SQL): Promise<number> {
  const [r] = await rows<{ n: unknown }>(database.db, sql`SELECT count(*) AS n FROM (${list}) x`);
  return Number(r?.n ?? 0);
}

/** One page of the list in the given order (ties by id). */
export async function pageOfList(
  database: Database,
  list: SQL,
  order: SQL,
  offset: number,
  limit: number,
): Promise<Record<string, unknown>[]> {
  return rows<Record<string, unknown>>(
    database.db,
    sql`SELECT * FROM (${list}) x ORDER BY ${order}, x.id LIMIT ${limit} OFFSET ${offset}`,
  );
}
