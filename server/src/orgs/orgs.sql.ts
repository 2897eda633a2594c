import { eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { OrganizationFilter } from '../__generated__/resolvers.ts';
import { badInput, Reasons } from '../errors.ts';
import { degreesAround } from '../geo/index.ts';
import { parseIdOf } from '../graphql/ids.ts';
import { limits } from '../limits.ts';
import { organizations as o, partyOrgUnits } from '../db/schema.ts';

/** Any field of the filter set (an empty list counts as unset). */
export const filterIsSet = (f: OrganizationFilter | null | undefined): f is OrganizationFilter =>
  !!f && Object.values(f).some((v) => v != null && !(Array.isArray(v) && v.length === 0));

/**
 * Translates an OrganizationFilter into SQL conditions, validating every field on the way: a bad
 * value is a BAD_USER_INPUT naming `filter.<field>`.
 */
export function orgFilterConditions(filter: OrganizationFilter | null | undefined): SQL[] {
  if (!filter) return [];
  checkFilterBounds(filter);
  const c: SQL[] = [];
  const f = 'filter';
  if (filter.category) c.push(eq(o.category, filter.category));
  if (filter.subKinds?.length) c.push(inArray(o.subKind, filter.subKinds));
  if (filter.industries?.length) c.push(inArray(o.industry, filter.industries));
  if (filter.statuses?.length) c.push(inArray(o.status, filter.statuses));
  const { employeesMin: min, employeesMax: max } = filter;
  if (min != null && min < 0)
    throw badInput(`${f}.employeesMin`, Reasons.OUT_OF_RANGE, 'must be 0 or more');
  if (max != null && max < 0)
    throw badInput(`${f}.employeesMax`, Reasons.OUT_OF_RANGE, 'must be 0 or more');
  if (min != null && max != null && min > max) {
    throw badInput(
      `${f}.employeesMin`,
      Reasons.OUT_OF_RANGE,
      `must not exceed employeesMax (${max})`,
    );
  }
  if (min != null) c.push(gte(o.employees, min));
  if (max != null) c.push(lte(o.employees, max));
  if (filter.hasPartyOrganization != null) {
    const member = sql`EXISTS (SELECT 1 FROM ${partyOrgUnits} u WHERE u.organization_id = ${o.id} AND u.left_on IS NULL)`;
    c.push(filter.hasPartyOrganization ? member : sql`NOT ${member}`);
  }
  if (filter.districtId != null)
    c.push(eq(o.districtId, parseIdOf('District', filter.districtId, `${f}.districtId`)));
  if (filter.subdistrictId != null) {
    c.push(
      eq(o.subdistrictId, parseIdOf('Subdistrict', filter.subdistrictId, `${f}.subdistrictId`)),
    );
  }
  if (filter.gridId != null) c.push(eq(o.gridId, parseIdOf('Grid', filter.gridId, `${f}.gridId`)));
  if (filter.buildingId != null)
    c.push(eq(o.buildingId, parseIdOf('Building', filter.buildingId, `${f}.buildingId`)));
  if (filter.bbox) {
    const b = filter.bbox;
    checkLonLat(b.minLon, b.minLat, `${f}.bbox`);
    checkLonLat(b.maxLon, b.maxLat, `${f}.bbox`);
    if (b.minLon > b.maxLon || b.minLat > b.maxLat) {
      throw badInput(`${f}.bbox`, Reasons.OUT_OF_RANGE, 'min must not exceed max');
    }
    c.push(
      sql`${o.location} && ST_MakeEnvelope(${b.minLon}, ${b.minLat}, ${b.maxLon}, ${b.maxLat}, 4326)`,
    );
  }
  if (filter.near) {
    const { lon, lat, meters } = filter.near;
    checkLonLat(lon, lat, `${f}.near`);
    if (!(meters > 0 && meters <= 100_000)) {
      throw badInput(`${f}.near.meters`, Reasons.OUT_OF_RANGE, 'must be in (0, 100000] metres');
    }
    c.push(withinMeters(lon, lat, meters));
  }
  if (filter.search?.trim()) {
    const q = filter.search.trim();
    // strpos on the lowered name: a plain substring test, linear in the name, where ILIKE
    // lowered and re-read the whole pattern for every row (and needed %/_ escaping).
    c.push(or(sql`strpos(lower(${o.name}), ${q.toLowerCase()}) > 0`, eq(o.uscc, q.toUpperCase()))!);
  }
  return c;
}

/**
 * Every string and list of a filter within its limit (limits.ts), checked before any SQL is
 * built: an overlong search is refused in microseconds instead of holding a backend.
 */
function checkFilterBounds(filter: OrganizationFilter) {
  const { maxFilterStringLength: maxLen, maxFilterListLength: maxItems } = limits();
  const strings: [string, string | null | undefined][] = [
    ['search', filter.search],
    ['districtId', filter.districtId],
    ['subdistrictId', filter.subdistrictId],
    ['gridId', filter.gridId],
    ['buildingId', filter.buildingId],
  ];
  for (const [name, v] of strings) {
    if (v != null && v.length > maxLen) {
      throw badInput(
        `filter.${name}`,
        Reasons.TOO_LONG,
        `${v.length} characters; at most ${maxLen} are allowed`,
      );
    }
  }
  const lists: [string, readonly string[] | null | undefined][] = [
    ['subKinds', filter.subKinds],
    ['industries', filter.industries],
    ['statuses', filter.statuses],
  ];
  for (const [name, list] of lists) {
    if (list && list.length > maxItems) {
      throw badInput(`filter.${name}`, Reasons.TOO_MANY, `at most ${maxItems} items are allowed`);
    }
    const long = list?.findIndex((v) => v.length > maxLen) ?? -1;
    if (long >= 0) {
      throw badInput(
        `filter.${name}`,
        Reasons.TOO_LONG,
        `item ${long} has ${list![long]!.length} characters; at most ${maxLen} are allowed`,
      );
    }
  }
}

/**
 * Within `meters` of a point, true distance on the spheroid. The geometry bbox prefilter (&&,
 * a box that never undercuts the circle: geo/degreesAround) lets the GiST index work;
 * ST_DWithin on geography alone would not use it (shared/STACK.md).
 */
export function withinMeters(lon: number, lat: number, meters: number): SQL {
  const deg = degreesAround(meters, lat);
  const pt = sql`ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)`;
  return sql`(${o.location} && ST_Expand(${pt}, ${deg}) AND ST_DWithin(${o.location}::geography, ${pt}::geography, ${meters}))`;
}

function checkLonLat(lon: number, lat: number, field: string) {
  if (!Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw badInput(field, Reasons.OUT_OF_RANGE, `longitude ${lon} is outside [-180, 180]`);
  }
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw badInput(field, Reasons.OUT_OF_RANGE, `latitude ${lat} is outside [-90, 90]`);
  }
}
