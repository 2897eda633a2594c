import type { MapOrgStatus, PlannerListInput } from '../__generated__/resolvers.ts';
import type { Database } from '../db/client.ts';
import { badInput, Reasons } from '../errors.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { coverageSource, reachMinutes } from '../map/index.ts';
import { parseScope } from '../policy/index.ts';
import { checkWithinMeters, LIST_REASONS, orderFor, type ListKind } from './list-kinds.ts';
import { countList, listCountSql, listSql, pageOfList, type ListQuery } from './lists.sql.ts';

/** One row of a list as the API returns it (schema/lists.graphql PlannerListRow). */
export interface PlannerRow {
  id: string;
  name: string;
  lon: number | null;
  lat: number | null;
  subdistrictName: string | null;
  gridId: string | null;
  gridName: string | null;
  address: string | null;
  industry: string | null;
  employees: number | null;
  status: MapOrgStatus | null;
  branchId: string | null;
  branchName: string | null;
  branchUnits: number | null;
  branchRoom: number | null;
  distanceM: number | null;
  sameIndustry: boolean | null;
  otherBranches: number | null;
  workstationName: string | null;
  organizations: number | null;
  blankSpots: number | null;
}

const num = (v: unknown) => (v == null ? null : Number(v));
const str = (v: unknown) => (v == null ? null : String(v));

function toRow(kind: ListKind, r: Record<string, unknown>): PlannerRow {
  return {
    id: toGlobalId(kind === 'workstations' ? 'Building' : 'Organization', Number(r.id)),
    name: String(r.name),
    lon: num(r.lon),
    lat: num(r.lat),
    subdistrictName: str(r.subdistrict_name),
    gridId: r.grid_id == null ? null : toGlobalId('Grid', Number(r.grid_id)),
    gridName: str(r.grid_name),
    address: str(r.address),
    industry: str(r.industry),
    employees: num(r.employees),
    status: r.status == null ? null : (String(r.status) as MapOrgStatus),
    branchId: r.branch_id == null ? null : toGlobalId('PartyOrganization', Number(r.branch_id)),
    branchName: str(r.branch_name),
    branchUnits: num(r.branch_units),
    branchRoom: num(r.branch_room),
    distanceM: num(r.distance_m),
    sameIndustry:
      r.same_industry == null ? null : r.same_industry === true || r.same_industry === 't',
    otherBranches: num(r.other_branches),
    workstationName: str(r.workstation_name),
    organizations: num(r.organizations),
    blankSpots: num(r.blank_spots),
  };
}

/** Checks the shared arguments and resolves scope, profile and reach for one list. */
export async function listQuery(
  database: Database,
  input: PlannerListInput,
  kind: ListKind = input.list,
): Promise<ListQuery> {
  if (!input.scope) throw badInput('input.scope', Reasons.MISSING_ARGUMENT, 'a scope is required');
  const scope = await parseScope(database.db, input.scope, 'input.scope');
  if (scope.kind === 'building') {
    throw badInput(
      'input.scope',
      Reasons.WRONG_ID_TYPE,
      'lists take a District, Subdistrict or Grid',
    );
  }
  const source = await coverageSource(database, input.profileKey);
  if (source.profileId == null) {
    throw badInput(
      'input.profileKey',
      LIST_REASONS.NOT_EVALUATED,
      'no policy profile has been evaluated yet; the lists read its coverage',
    );
  }
  return {
    kind,
    scope,
    filter: input.filter,
    reach: { walkMinutes: reachMinutes(input.reach) },
    withinMeters: checkWithinMeters(input.withinMeters),
    source: { ...source, profileId: source.profileId },
  };
}

/** Rows `offset..offset+limit` of a list in its order, and whether more follow. */
export async function plannerRows(
  database: Database,
  input: PlannerListInput,
  offset: number,
  limit: number,
): Promise<{ rows: PlannerRow[]; more: boolean }> {
  const q = await listQuery(database, input);
  const order = orderFor(q.kind, input.sort, input.descending);
  const found = await pageOfList(database, await listSql(database, q), order, offset, limit + 1);
  return { rows: found.slice(0, limit).map((r) => toRow(q.kind, r)), more: found.length > limit };
}

/** The number of rows of a list. */
export async function plannerCount(database: Database, input: PlannerListInput, kind: ListKind) {
  const q = await listQuery(database, input, kind);
  return countList(database, listCountSql(q, await listSql(database, q)));
}
