import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { intArray } from '../db/sql-arrays.ts';
import { scopeSql, type Scope } from '../policy/index.ts';
import {
  MAX_JOINT_PLANNING_ORGS,
  MAX_PLANNING_ORGS,
  STANDALONE_MIN_MEMBERS,
} from './planning.constants.ts';

export interface CandidateOrg {
  id: number;
  name: string;
  lon: number;
  lat: number;
  industry: string;
  subdistrictId: number;
  partyMembers: number;
  employees: number;
}

export interface ExistingJointBranch {
  id: number;
  name: string;
  lon: number;
  lat: number;
  subdistrictId: number;
  units: number;
  industry: string;
  version: number;
}

const num = (v: unknown) => Number(v);
const numOrNull = (v: unknown) => (v == null ? null : num(v));

/** The location of a row read with `lon, lat`. */
const lonLat = (r: Record<string, unknown>) => ({ lon: num(r.lon), lat: num(r.lat) });

/** The id, name and location of a row read as `id, name, lon, lat`. */
const placed = (r: Record<string, unknown>) => ({
  id: num(r.id),
  name: String(r.name),
  ...lonLat(r),
});

/** What a reader of scopeOrgs adds: columns, joins, a condition, its bound. */
interface OrgQuery {
  columns: SQL;
  joins?: SQL;
  where?: SQL;
  limit: number;
}

/**
 * The organizations (o) of the scope that policy's materialized coverage (org_coverage c) under
 * the profile counts (not excluded), that have a location and meet `where`: their id, name,
 * lon, lat and `columns`, in id order, at most `limit` + 1 (so a caller can tell there are more).
 */
function scopeOrgs(executor: Executor, profileId: number, scope: Scope, q: OrgQuery) {
  return rows<Record<string, unknown>>(
    executor,
    sql`SELECT o.id, o.name, ST_X(o.location) AS lon, ST_Y(o.location) AS lat, ${q.columns}
        FROM org_coverage c JOIN organizations o ON o.id = c.organization_id ${q.joins ?? sql``}
        WHERE c.profile_id = ${profileId} AND ${scopeSql(scope, 'c')} AND NOT c.is_excluded
          AND o.location IS NOT NULL AND ${q.where ?? sql`TRUE`}
        ORDER BY o.id LIMIT ${q.limit + 1}`,
  );
}

/**
 * A reader of the organizations of scopeOrgs with an unmet rule in `mask` (bits over the
 * profile's rules; none when the mask is empty), mapped by `map`.
 */
function unmetRuleReader<T>(q: OrgQuery, map: (r: Record<string, unknown>) => T) {
  return async (
    executor: Executor,
    profileId: number,
    mask: number,
    scope: Scope,
  ): Promise<T[]> => {
    if (mask === 0) return [];
    const where = sql`(c.unmet & ${mask}) <> 0 AND ${q.where ?? sql`TRUE`}`;
    return (await scopeOrgs(executor, profileId, scope, { ...q, where })).map(map);
  };
}

/**
 * Organizations of the scope that need organizational coverage and have no standalone prospect:
 * active, in no party organization, with an unmet rule in the mask (the profile's rules
 * that demand a party organization), fewer than 3 formal members, located in a subdistrict.
 * Reads policy's materialized coverage (org_coverage) through its columns, in id order.
 */
export const jointCandidates = unmetRuleReader<CandidateOrg>(
  {
    columns: sql`o.industry, o.subdistrict_id AS sub, o.party_members AS pm, o.employees AS emp`,
    where: sql`c.party_organization_id IS NULL AND o.party_members < ${STANDALONE_MIN_MEMBERS}
      AND o.subdistrict_id IS NOT NULL`,
    limit: MAX_JOINT_PLANNING_ORGS,
  },
  (r) => ({
    ...placed(r),
    industry: String(r.industry),
    subdistrictId: num(r.sub),
    partyMembers: num(r.pm),
    employees: num(r.emp),
  }),
);

/**
 * Joint party organizations (not dissolved, with a seat) of these subdistricts that still have
 * room under `unitLimit`, with their current unit count and most common member industry.
 */
export async function jointBranchesWithRoom(
  executor: Executor,
  subdistrictIds: number[],
  unitLimit: number,
): Promise<ExistingJointBranch[]> {
  if (!subdistrictIds.length) return [];
  const found = await rows<Record<string, unknown>>(
    executor,
    sql`SELECT p.id, p.name, ST_X(p.seat) AS lon, ST_Y(p.seat) AS lat, p.subdistrict_id AS sub,
          p.version,
          count(u.id) AS units, mode() WITHIN GROUP (ORDER BY o.industry) AS industry
        FROM party_organizations p
        LEFT JOIN party_org_units u ON u.party_organization_id = p.id AND u.left_on IS NULL
        LEFT JOIN organizations o ON o.id = u.organization_id
        WHERE p.is_joint AND p.dissolved_on IS NULL AND p.seat IS NOT NULL
          AND p.subdistrict_id = ANY(${intArray(subdistrictIds)})
        GROUP BY p.id HAVING count(u.id) < ${unitLimit}
        ORDER BY p.id`,
  );
  return found.map((r) => ({
    ...placed(r),
    subdistrictId: num(r.sub),
    units: num(r.units),
    industry: r.industry == null ? 'other' : String(r.industry),
    version: num(r.version),
  }));
}

export interface DemandOrg {
  id: number;
  lon: number;
  lat: number;
  buildingId: number | null;
  employees: number;
  partyMembers: number;
}

export interface CenterCircle {
  lon: number;
  lat: number;
  radiusM: number;
}

export interface CandidateBuilding {
  id: number;
  name: string;
  lon: number;
  lat: number;
}

/** Active organizations of the scope with a location (policy's evaluation says who is active). */
export async function activeOrgs(
  executor: Executor,
  profileId: number,
  scope: Scope,
): Promise<DemandOrg[]> {
  const found = await scopeOrgs(executor, profileId, scope, {
    columns: sql`o.building_id AS b, o.employees AS emp, o.party_members AS pm`,
    limit: MAX_PLANNING_ORGS,
  });
  return found.map((r) => ({
    id: num(r.id),
    ...lonLat(r),
    buildingId: numOrNull(r.b),
    employees: num(r.emp),
    partyMembers: num(r.pm),
  }));
}

/** Every service center's circle (circles reach across subdistrict borders). */
export async function centerCircles(executor: Executor): Promise<CenterCircle[]> {
  const found = await rows<Record<string, unknown>>(
    executor,
    sql`SELECT ST_X(location) AS lon, ST_Y(location) AS lat, service_radius_m AS r
        FROM service_centers ORDER BY id`,
  );
  return found.map((r) => ({ ...lonLat(r), radiusM: num(r.r) }));
}

/** Buildings of the scope: the candidate sites of a new center. */
export async function scopeBuildings(
  executor: Executor,
  scope: Scope,
): Promise<CandidateBuilding[]> {
  const where =
    scope.kind === 'district'
      ? sql`b.subdistrict_id IN (SELECT id FROM subdistricts WHERE district_id = ${scope.id})`
      : scope.kind === 'subdistrict'
        ? sql`b.subdistrict_id = ${scope.id}`
        : scope.kind === 'grid'
          ? sql`b.grid_id = ANY(${intArray(scope.gridIds)})`
          : scope.kind === 'building'
            ? sql`b.id = ${scope.id}`
            : sql`TRUE`;
  const found = await rows<Record<string, unknown>>(
    executor,
    sql`SELECT b.id, b.name, ST_X(b.location) AS lon, ST_Y(b.location) AS lat
        FROM buildings b WHERE ${where} ORDER BY b.id`,
  );
  return found.map(placed);
}

/** What accepting a proposal checks about its units: name, subdistrict, formal members. */
export async function unitPlaces(
  executor: Executor,
  orgIds: readonly number[],
): Promise<Map<number, { name: string; subdistrictId: number | null; partyMembers: number }>> {
  if (!orgIds.length) return new Map();
  const found = await rows<Record<string, unknown>>(
    executor,
    sql`SELECT id, name, subdistrict_id AS sub, party_members AS pm FROM organizations
        WHERE id = ANY(${intArray(orgIds)})`,
  );
  return new Map(
    found.map((r) => [
      num(r.id),
      {
        name: String(r.name),
        subdistrictId: numOrNull(r.sub),
        partyMembers: num(r.pm),
      },
    ]),
  );
}

/** The subdistrict of a party organization (null: none or no such organization). */
export async function partyOrgSubdistrict(executor: Executor, id: number): Promise<number | null> {
  const [r] = await rows<{ sub: unknown }>(
    executor,
    sql`SELECT subdistrict_id AS sub FROM party_organizations WHERE id = ${id}`,
  );
  return numOrNull(r?.sub);
}

/** An organization that needs work coverage (no members, no instructor, no mass organizations). */
export interface WorkCandidate {
  id: number;
  name: string;
  lon: number;
  lat: number;
  subdistrictId: number;
  districtId: number;
  /** The organization's version (expectedVersion of assignInstructor). */
  version: number;
}

/**
 * Organizations of the scope with an unmet rule in the mask (the profile's work-coverage rules):
 * active, not excluded, located in a subdistrict, in id order.
 */
export const workCandidates = unmetRuleReader<WorkCandidate>(
  {
    columns: sql`o.subdistrict_id AS sub, s.district_id AS dist, o.version`,
    joins: sql`JOIN subdistricts s ON s.id = o.subdistrict_id`,
    limit: MAX_PLANNING_ORGS,
  },
  (r) => ({
    ...placed(r),
    subdistrictId: num(r.sub),
    districtId: num(r.dist),
    version: num(r.version),
  }),
);

/** An instructor of the districts planned, with the organizations looked after now. */
export interface InstructorLoad {
  id: number;
  name: string;
  districtId: number;
  /** Its own subdistrict, else where most of its organizations lie; null: district-wide. */
  subdistrictId: number | null;
  load: number;
  /** Centroid of its located organizations (null: none yet). */
  lon: number | null;
  lat: number | null;
}

export async function instructorLoads(
  executor: Executor,
  districtIds: number[],
): Promise<InstructorLoad[]> {
  if (!districtIds.length) return [];
  const found = await rows<Record<string, unknown>>(
    executor,
    sql`SELECT i.id, i.name, i.district_id AS dist,
          coalesce(i.subdistrict_id, mode() WITHIN GROUP (ORDER BY o.subdistrict_id)) AS sub,
          count(a.id) AS load, avg(ST_X(o.location)) AS lon, avg(ST_Y(o.location)) AS lat
        FROM instructors i
        LEFT JOIN instructor_assignments a ON a.instructor_id = i.id AND a.ended_on IS NULL
        LEFT JOIN organizations o ON o.id = a.organization_id
        WHERE i.district_id = ANY(${intArray(districtIds)})
        GROUP BY i.id ORDER BY i.id`,
  );
  return found.map((r) => ({
    id: num(r.id),
    name: String(r.name),
    districtId: num(r.dist),
    subdistrictId: numOrNull(r.sub),
    load: num(r.load),
    lon: numOrNull(r.lon),
    lat: numOrNull(r.lat),
  }));
}

/** Subdistrict names by id (the export names places, not ids). */
export async function subdistrictNames(
  executor: Executor,
  ids: number[],
): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const found = await rows<{ id: unknown; name: unknown }>(
    executor,
    sql`SELECT id, name FROM subdistricts WHERE id = ANY(${intArray(ids)})`,
  );
  return new Map(found.map((r) => [num(r.id), String(r.name)]));
}

/**
 * Locks the organizations (FOR UPDATE) in id order, so that two accepts sharing organizations
 * queue instead of deadlocking; the ledger edit then locks each again (a no-op) and checks it.
 */
export async function lockOrganizationsInOrder(tx: Executor, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await rows(
    tx,
    sql`SELECT id FROM organizations WHERE id = ANY(${intArray(ids)}) ORDER BY id FOR UPDATE`,
  );
}
