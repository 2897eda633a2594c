import { and, sql, type SQL } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { metersPerDegreeSql } from '../geo/index.ts';
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
 * join, for the whole scope in one statement that agrees with the card's first answer
 * (map/join-candidates.sql.ts): branches in force with room under the limit; a branch is in
 * reach when its seat or a member unit lies within `withinMeters` (true metres); its distance is
 * to the seat (or the nearest member when it has none); same industry first, then nearest, then id.
 *
 * Driven from the candidates, each probing the indexes around itself (issue 15: from the
 * branches' side a district meant 27M index rows, 135 s on PGlite): first the seats within reach
 * (a few dozen), then the member units only when they could change the answer (no seat in reach,
 * none of the same industry, or branches without a seat). A branch reached only through a member
 * has its seat beyond reach, so it never beats a branch whose seat is in reach at the same
 * industry rank. Eligibility and industries are looked up in hashed sets built once.
 */
function joinList(q: ListQuery): SQL {
  const { lim, margin, seatInReach, memberInReach, localDistance, within, withinDl } = joinParts(q);
  // The card lists at most 5 branches, so "others" is at most 4, as there; seats come first and
  // the members (branches whose seat is beyond reach) are looked at only when fewer than 5.
  const others = sql`(SELECT count(*) - 1 FROM (
      (SELECT 1 FROM party_organizations p WHERE ${seatInReach(sql`c`)} LIMIT 5)
      UNION ALL
      (SELECT DISTINCT u.party_organization_id FROM organizations mo
       JOIN party_org_units u ON u.organization_id = mo.id AND u.left_on IS NULL
       JOIN party_organizations p ON p.id = u.party_organization_id
       WHERE ${memberInReach(sql`c`)}
         AND NOT COALESCE(${within(sql`c`, sql`p.seat`)}, false))
      LIMIT 5) r)`;
  return sql`
    WITH ${joinWiths(q)},
    best AS (
      SELECT c.*, w.bid, w.d, w.same
      FROM cand c
      LEFT JOIN LATERAL (
        SELECT x.bid, ST_Distance(x.seat::geography, c.loc::geography) AS d, x.same
        FROM (
          SELECT p.id AS bid, p.seat, y.same, y.dl, min(y.dl) OVER (PARTITION BY y.same) AS mdl,
            bool_or(y.same) OVER () AS anysame
          FROM party_organizations p
          CROSS JOIN LATERAL (SELECT
            COALESCE((p.id, c.industry) IN (SELECT bid, industry FROM bind), false) AS same,
            ${localDistance(sql`c`, sql`p.seat`)} AS dl) y
          WHERE p.seat && c.box AND COALESCE(p.id IN (SELECT id FROM elig), false)
            AND ${withinDl(sql`c`, sql`p.seat`, sql`y.dl`)}
        ) x
        -- The exact distance only for the few the local frame cannot tell apart from the nearest.
        WHERE x.same = x.anysame AND x.dl <= x.mdl + ${2 * margin}
        ORDER BY 2, 1 LIMIT 1
      ) s ON true
      LEFT JOIN LATERAL (
        SELECT m.bid, COALESCE(ST_Distance(p.seat::geography, c.loc::geography), m.dm) AS d,
          COALESCE((m.bid, c.industry) IN (SELECT bid, industry FROM bind), false) AS same
        FROM (
          SELECT u.party_organization_id AS bid,
            min(ST_Distance(mo.location::geography, c.loc::geography)) AS dm
          FROM organizations mo
          JOIN party_org_units u ON u.organization_id = mo.id AND u.left_on IS NULL
          WHERE (s.bid IS NULL OR NOT s.same OR (SELECT n FROM seatless) > 0)
            AND ${memberInReach(sql`c`)}
          GROUP BY u.party_organization_id
        ) m JOIN party_organizations p ON p.id = m.bid
        ORDER BY 3 DESC, 2, 1 LIMIT 1
      ) mm ON true
      CROSS JOIN LATERAL (
        SELECT * FROM (SELECT s.bid, s.d, s.same UNION ALL SELECT mm.bid, mm.d, mm.same) z
        WHERE z.bid IS NOT NULL ORDER BY z.same DESC, z.d, z.bid LIMIT 1
      ) w
    )
    SELECT ${ORG_COLUMNS}, p.id AS branch_id, p.name AS branch_name,
      pu.units AS branch_units, ${lim} - pu.units AS branch_room,
      round(c.d) AS distance_m, c.same AS same_industry, ${others} AS other_branches
    FROM best c
    JOIN organizations ON organizations.id = c.id
    JOIN party_organizations p ON p.id = c.bid
    CROSS JOIN LATERAL (SELECT count(*) AS units FROM party_org_units u
      WHERE u.party_organization_id = p.id AND u.left_on IS NULL) pu
    ${coverageStatusJoin(q.source.profileId)}
    ${placeJoins('organizations')}
    ${whereFilter(q)}`;
}

/** How many rows joinList has: the candidates with any branch in reach (no best needed). */
function joinCount(q: ListQuery): SQL {
  const { anyInReach } = joinParts(q);
  return sql`
    WITH ${joinWiths(q)}
    SELECT c.id FROM cand c JOIN organizations ON organizations.id = c.id
    WHERE ${anyInReach(sql`c`)} ${(() => {
      const conds = orgFilterConditions(q.filter);
      return conds.length ? sql`AND ${and(...conds)}` : sql``;
    })()}`;
}

const whereFilter = (q: ListQuery) => {
  const conds = orgFilterConditions(q.filter);
  return conds.length ? sql`WHERE ${and(...conds)}` : sql``;
};

/** The CTEs both join queries share: eligible branches, their industries, the candidates. */
function joinWiths(q: ListQuery): SQL {
  const { lim } = joinParts(q);
  const { margin } = joinParts(q);
  const m = metersPerDegreeSql(sql`ST_Y(o.location)`);
  // A box a little larger than the circle in the local frame.
  const pad = q.withinMeters + 2 * margin;
  return sql`elig AS MATERIALIZED (
      SELECT u.party_organization_id AS id FROM party_org_units u
      JOIN party_organizations p ON p.id = u.party_organization_id
      WHERE u.left_on IS NULL AND p.is_joint AND p.dissolved_on IS NULL
      GROUP BY u.party_organization_id HAVING count(*) < ${lim}
    ),
    bind AS MATERIALIZED (
      SELECT u.party_organization_id AS bid, mo.industry
      FROM party_org_units u JOIN organizations mo ON mo.id = u.organization_id
      WHERE u.left_on IS NULL
    ),
    seatless AS MATERIALIZED (
      SELECT count(*) AS n FROM party_organizations p
      WHERE p.seat IS NULL AND p.id IN (SELECT id FROM elig)
    ),
    cand AS MATERIALIZED (
      SELECT o.id, o.location AS loc, o.industry, ST_X(o.location) AS x, ST_Y(o.location) AS y,
        ${m.lon} AS mlon, ${m.lat} AS mlat,
        ST_Expand(o.location, ${pad}::float8 / ${m.lon}, ${pad}::float8 / ${m.lat}) AS box
      FROM (${scopedCoverageIdsSql(q.source.profileId, q.scope, 'unorganized')}) ids
      JOIN organizations o ON o.id = ids.id
      WHERE o.location IS NOT NULL
    )`;
}

function joinParts(q: ListQuery) {
  const R = q.withinMeters;
  // Metres in the candidate's local frame differ from the spheroid's by well under this (about
  // 1e-3 of the distance at 40° within 5 km); nearer than R - margin is in reach for certain,
  // farther than R + margin out of it, and only in between ST_DWithin decides.
  const margin = R * 0.005 + 2;
  const localDistance = (c: SQL, g: SQL) =>
    sql`sqrt(power((ST_X(${g}) - ${c}.x) * ${c}.mlon, 2) + power((ST_Y(${g}) - ${c}.y) * ${c}.mlat, 2))`;
  /** `g` is within R of `c`, given `dl`, its local distance (computed once by the caller). */
  const withinDl = (c: SQL, g: SQL, dl: SQL) => sql`(${dl} <= ${R - margin}
      OR (${dl} <= ${R + margin} AND ST_DWithin(${g}::geography, ${c}.loc::geography, ${R})))`;
  const within = (c: SQL, g: SQL) =>
    sql`(SELECT ${withinDl(c, g, sql`l.dl`)} FROM (SELECT ${localDistance(c, g)} AS dl) l)`;
  /** `p` (party_organizations) is an eligible branch with its seat in reach of candidate `c`. */
  const seatInReach = (c: SQL) => sql`p.seat && ${c}.box
      AND COALESCE(p.id IN (SELECT id FROM elig), false) AND ${within(c, sql`p.seat`)}`;
  /** `mo` (organizations) is a member unit `u` of an eligible branch in reach of `c`. */
  const memberInReach = (c: SQL) => sql`mo.location && ${c}.box AND mo.id <> ${c}.id
      AND COALESCE(u.party_organization_id IN (SELECT id FROM elig), false)
      AND ${within(c, sql`mo.location`)}`;
  return {
    lim: q.source.jointUnitLimit,
    margin,
    localDistance,
    withinDl,
    within,
    seatInReach,
    memberInReach,
    /** Whether any eligible branch is in reach of `c` (most candidates stop at the first seat). */
    anyInReach: (c: SQL) =>
      sql`(EXISTS (SELECT 1 FROM party_organizations p WHERE ${seatInReach(c)})
        OR EXISTS (SELECT 1 FROM organizations mo
          JOIN party_org_units u ON u.organization_id = mo.id AND u.left_on IS NULL
          WHERE ${memberInReach(c)}))`,
  };
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

/** The SELECT whose rows count the list (cheaper than the list where that matters). */
export function listCountSql(q: ListQuery, list: SQL): SQL {
  return q.kind === 'join_candidates' ? joinCount(q) : list;
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
