import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { anyOf } from '../db/int-array.ts';
import { rows } from '../db/rows.ts';
import { scopeSql, type Scope } from '../policy/index.ts';

// The statements behind `search` (schema/search.graphql), one per group. A match is a plain
// substring test, strpos on the (lowered) column as the organization filter's search does: no
// pattern characters to escape, linear in the text; one sequential pass over the 30k
// organizations' names and addresses. pg_trgm would need the extension loaded on both engines,
// and its trigrams do not help the two-character Chinese searches that are most of them.

/** The groups of SearchResults, in the order the web lists them. */
export const SEARCH_GROUPS = [
  'organizations',
  'grids',
  'subdistricts',
  'buildings',
  'centers',
] as const;
export type SearchGroupKey = (typeof SEARCH_GROUPS)[number];

export type SearchMatch = 'name' | 'code' | 'address';

/** One hit as its statement returns it; the resolver makes the global id. */
export interface SearchHitRow {
  id: number;
  name: string;
  matched: SearchMatch;
  detail: string | null;
  address: string | null;
  lon: number | null;
  lat: number | null;
  total: number;
}

/** The searched text in the forms the statements compare with. */
export interface SearchTerms {
  /** Lowered, for names and addresses. */
  lower: string;
  /**
   * Whether the text has letters with a case. Without (Chinese, digits: most searches), a
   * column need not be lowered to match it, which halves the cost of a pass over the names
   * and addresses.
   */
  cased: boolean;
  /** Upper-cased, for codes; null when the text cannot be a partial code (too short, not alphanumeric). */
  code: string | null;
}

/**
 * What a group searches: `source` is a FROM clause whose columns are aliased id, name, code,
 * address, detail, lon, lat (null where a group has none), and district_id, subdistrict_id,
 * grid_id, building_id for a scope (policy's scopeSql): a grid is in its own scope, a
 * subdistrict in its own and its district's.
 */
const SOURCES: Record<SearchGroupKey, SQL> = {
  organizations: sql`(SELECT o.id, o.name, o.uscc AS code, o.address, o.uscc AS detail,
      ST_X(o.location) AS lon, ST_Y(o.location) AS lat,
      o.district_id, o.subdistrict_id, o.grid_id, o.building_id FROM organizations o)`,
  grids: sql`(SELECT g.id, g.name, g.code, NULL::text AS address, s.name AS detail,
      NULL::float8 AS lon, NULL::float8 AS lat,
      s.district_id, g.subdistrict_id, g.id AS grid_id, NULL::int AS building_id
    FROM grids g JOIN subdistricts s ON s.id = g.subdistrict_id)`,
  subdistricts: sql`(SELECT s.id, s.name, s.code, NULL::text AS address, d.name AS detail,
      NULL::float8 AS lon, NULL::float8 AS lat,
      s.district_id, s.id AS subdistrict_id, NULL::int AS grid_id, NULL::int AS building_id
    FROM subdistricts s JOIN districts d ON d.id = s.district_id)`,
  buildings: sql`(SELECT b.id, b.name, b.code, b.address, COALESCE(g.name, s.name) AS detail,
      ST_X(b.location) AS lon, ST_Y(b.location) AS lat,
      s.district_id, b.subdistrict_id, b.grid_id, b.id AS building_id
    FROM buildings b JOIN subdistricts s ON s.id = b.subdistrict_id
    LEFT JOIN grids g ON g.id = b.grid_id)`,
  centers: sql`(SELECT c.id, c.name, NULL::text AS code, c.address, s.name AS detail,
      ST_X(c.location) AS lon, ST_Y(c.location) AS lat, c.location AS geom,
      c.district_id, c.subdistrict_id, NULL::int AS grid_id, NULL::int AS building_id
    FROM service_centers c LEFT JOIN subdistricts s ON s.id = c.subdistrict_id)`,
};

/**
 * Which rows of a group's source lie in the scope. A service center records no grid: it is in
 * a grid's scope when the grid (or one nested in it) covers its location.
 */
function inScope(group: SearchGroupKey, scope: Scope): SQL {
  if (group === 'centers' && scope.kind === 'grid') {
    return sql`EXISTS (SELECT 1 FROM grids sg WHERE ${anyOf(sql`sg.id`, scope.gridIds)}
      AND ST_Covers(sg.boundary, x.geom))`;
  }
  return scopeSql(scope, 'x');
}

/**
 * The first `limit` hits of a group, best first, each row carrying the group's match count
 * (a window count, taken before the LIMIT). Rank: a whole code or name equal to the text, then
 * one that starts with it, then one containing it (a code before a name), then an address;
 * ties by the shorter name, then id.
 */
export function searchGroupSql(
  group: SearchGroupKey,
  terms: SearchTerms,
  limit: number,
  scope: Scope = { kind: 'all' },
): SQL {
  const codePos = terms.code ? sql`COALESCE(strpos(x.code, ${terms.code}), 0)` : sql`0`;
  const fold = (column: SQL) => (terms.cased ? sql`lower(${column})` : column);
  return sql`
    SELECT id, name, matched, detail, address, lon, lat, total FROM (
      SELECT m.*,
        CASE WHEN m.cp > 0 THEN 'code' WHEN m.np > 0 THEN 'name' ELSE 'address' END AS matched,
        CASE
          WHEN m.cp > 0 THEN CASE WHEN m.cp = 1 AND length(m.code) = ${terms.code?.length ?? 0}
            THEN 0 WHEN m.cp = 1 THEN 1 ELSE 2 END
          WHEN m.np > 0 THEN CASE WHEN m.np = 1 AND length(m.name) = ${terms.lower.length}
            THEN 0 WHEN m.np = 1 THEN 1 ELSE 3 END
          ELSE 4 END AS rank,
        count(*) OVER ()::int AS total
      FROM (
        SELECT x.*, ${codePos} AS cp, strpos(${fold(sql`x.name`)}, ${terms.lower}) AS np,
          COALESCE(strpos(${fold(sql`x.address`)}, ${terms.lower}), 0) AS ap
        FROM ${SOURCES[group]} x
        WHERE ${inScope(group, scope)}
      ) m
      WHERE m.cp > 0 OR m.np > 0 OR m.ap > 0
    ) h
    ORDER BY rank, length(name), id
    LIMIT ${limit}`;
}

export async function searchGroup(
  executor: Executor,
  group: SearchGroupKey,
  terms: SearchTerms,
  limit: number,
  scope: Scope = { kind: 'all' },
): Promise<{ totalCount: number; hits: SearchHitRow[] }> {
  const found = await rows<SearchHitRow>(executor, searchGroupSql(group, terms, limit, scope));
  const hits = found.map((r) => ({
    ...r,
    id: Number(r.id),
    lon: r.lon == null ? null : Number(r.lon),
    lat: r.lat == null ? null : Number(r.lat),
  }));
  return { totalCount: Number(found[0]?.total ?? 0), hits };
}
