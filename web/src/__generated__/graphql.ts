/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * A proposal the planner accepts: its key and units as the plan listed them. Nothing was stored
 * by the plan; accepting goes through the ledger's party-organization edits (checks, scope,
 * audit, coverage refresh), so a unit that found a party organization since is refused there.
 */
export type AcceptJointBranchInput = {
  /** join: the version the plan read (a change since is a CONFLICT). */
  expectedVersion?: number | null | undefined;
  /** new:<seat organization id> (found a joint branch) or join:<party organization id>. */
  key: string;
  /** New branch: formal party members enrolled (default: the units' own; 3 at least). */
  memberCount?: number | null | undefined;
  /** New branch: its name (default: <seat>等N家单位联合党支部). */
  name?: string | null | undefined;
  secretary?: string | null | undefined;
  /** The units: for a new branch every member, the seat first; for join, the joining ones. */
  unitIds: Array<string | number>;
};

/** A bounding box in WGS84 degrees. */
export type BBox = {
  maxLat: number;
  maxLon: number;
  minLat: number;
  minLon: number;
};

/** 组织覆盖 / 工作覆盖 / 无覆盖 */
export type CoverageKind =
  /** No party organization, no instructor, no mass organizations. */
  | 'NONE'
  /** Own, joint or attached party organization. */
  | 'ORGANIZATIONAL'
  /** No party organization, but an instructor or trade union / youth league / women's federation. */
  | 'WORK';

export type CreateGridInput = {
  boundary: unknown;
  /** Defaults to a code derived from the subdistrict's. */
  code?: string | null | undefined;
  kind?: GridKind | null | undefined;
  managerName?: string | null | undefined;
  name: string;
  /** Nest the grid inside this grid (seed 003: area > unit > basic grids). */
  parentGridId?: string | number | null | undefined;
  subdistrictId: string | number;
};

export type CreateOrganizationInput = {
  /** name and subKind are required. */
  facts: OrganizationFactsInput;
  place: OrganizationPlaceInput;
  status?: OrgStatus | null | undefined;
};

export type CreateServiceCenterInput = {
  /** name and level are required; the radius defaults to 400 m (a 5-minute walk). */
  facts: ServiceCenterFactsInput;
  location: PointInput;
};

export type CreateWorkstationInput = {
  /** One workstation per building. */
  buildingId: string | number;
  /** name is required. */
  facts: WorkstationFactsInput;
};

/** An organization of an instructor's group as the plan read it. */
export type DeployedOrganizationInput = {
  /** Its version in the plan (DeployedOrganization.version); a change since is a CONFLICT. */
  expectedVersion: number;
  id: string | number;
};

export type GridBoundariesInput = {
  /** 1 to 50 grids of one subdistrict (siblings: same parent grid). */
  changes: Array<GridBoundaryChange>;
  crs?: InputCrs | null | undefined;
  /**
   * Versions of neighbours as the client saw them (e.g. from `previewGridEdit`); a neighbour the
   * save would adjust whose version differs fails the save with CONFLICT. Unlisted neighbours are
   * adjusted at their current version.
   */
  neighbourVersions?: Array<GridVersionInput> | null | undefined;
  neighbours?: NeighbourMode | null | undefined;
  /** Shown in the audit log with the change. */
  note?: string | null | undefined;
};

/** One grid's new boundary in a multi-grid save: every part of it (a MultiPolygon keeps all its parts). */
export type GridBoundaryChange = {
  /** Polygon or MultiPolygon (WGS84 unless `crs` says otherwise). */
  boundary: unknown;
  /** The version the edit started from; any stale one fails the whole save with CONFLICT. */
  expectedVersion: number;
  gridId: string | number;
};

/** 片区网格 > 单元网格 > 基础网格 (seed 003) */
export type GridKind =
  | 'AREA'
  | 'BASIC'
  | 'UNIT';

/** A version the client has seen of a grid it does not change explicitly (a neighbour the save may adjust). */
export type GridVersionInput = {
  expectedVersion: number;
  gridId: string | number;
};

/** The coordinate system a boundary was drawn in; GCJ-02 and BD-09 are converted to WGS84 on arrival. */
export type InputCrs =
  | 'BD09'
  | 'GCJ02'
  | 'WGS84';

/**
 * One instructor's proposed group (an InstructorDeploymentProposal): either an instructor in post
 * (`instructorId`) or, for a group that needs one more instructor, `newInstructor` (exactly one of
 * the two).
 */
export type InstructorGroupInput = {
  /** The instructor's load the plan read (loadBefore); a change since is a CONFLICT. */
  expectedLoad?: number | null | undefined;
  instructorId?: string | number | null | undefined;
  /** Creates the instructor in the group's subdistrict (its organizations must share one) and assigns them. */
  newInstructor?: NewInstructorInput | null | undefined;
  organizations: Array<DeployedOrganizationInput>;
};

/** Which organizations a point layer shows. */
export type MapOrgLayer =
  /** Blank spots (no coverage at all) and gaps (required organizational coverage missing). */
  | 'BLANK_SPOTS'
  /** Active organizations outside every service-center circle. */
  | 'OUTSIDE_CENTERS';

/** An organization's coverage as the map colours it. */
export type MapOrgStatus =
  /** 空白点: neither organizational nor work coverage */
  | 'BLANK_SPOT'
  /** 未达标: required organizational coverage missing (may have work coverage) */
  | 'GAP'
  /** Deregistered or zombie: counts for neither */
  | 'INACTIVE'
  /** 组织覆盖 */
  | 'ORGANIZATIONAL'
  /** 工作覆盖 */
  | 'WORK';

/** A circle on the ground: a WGS84 point and a radius in metres. */
export type Near = {
  lat: number;
  lon: number;
  meters: number;
};

/** What happens to neighbours that the changed boundaries do not list. */
export type NeighbourMode =
  /**
   * Land a changed grid releases goes to the sibling across the moved boundary (the one sharing the
   * longest border with that piece); land it takes is cut from the sibling that held it. The
   * adjusted neighbours get new versions and need the caller's write permission too.
   */
  | 'ADJUST'
  /** No neighbour changes: the listed boundaries must tile with the others by themselves, else BAD_USER_INPUT. */
  | 'EXACT';

/** An instructor created by accepting a deployment group (subdistrict administrators and above). */
export type NewInstructorInput = {
  /** Required, 1-40 characters (trimmed). */
  name: string;
};

/** 新经济组织 / 新社会组织 */
export type OrgCategory =
  | 'NEW_ECONOMIC'
  | 'NEW_SOCIAL';

export type OrgStatus =
  | 'DEREGISTERED'
  | 'OPERATING'
  | 'SUSPENDED'
  /** 僵尸型: to be deregistered from the ledger (seed 000 art. 7) */
  | 'ZOMBIE';

export type OrgSubKind =
  /** 基金会 */
  | 'FOUNDATION'
  /** 个体工商户 */
  | 'INDIVIDUAL_BUSINESS'
  /** 非公有制企业 */
  | 'NON_PUBLIC_ENTERPRISE'
  /** 民办非企业单位 */
  | 'PRIVATE_NON_ENTERPRISE'
  /** 社会团体 */
  | 'SOCIAL_GROUP'
  /** 社会中介组织 */
  | 'SOCIAL_INTERMEDIARY';

/**
 * The facts of the one-enterprise-one-form sheet (一企一表). On update only the fields given change;
 * an explicit null clears an optional one. Validated like a ledger row: a credit code with its
 * check character (GB 32100-2015), counts in range, party members <= employees.
 */
export type OrganizationFactsInput = {
  activists?: number | null | undefined;
  address?: string | null | undefined;
  /** 隶属关系 */
  affiliation?: string | null | undefined;
  employees?: number | null | undefined;
  /** 组建方向 */
  establishmentDirection?: string | null | undefined;
  hasTradeUnion?: boolean | null | undefined;
  hasWomensFederation?: boolean | null | undefined;
  hasYouthLeague?: boolean | null | undefined;
  /** An industry code (ledger/industries.ts), e.g. `it`, `law`, `express_delivery`. */
  industry?: string | null | undefined;
  memberUnits?: number | null | undefined;
  name?: string | null | undefined;
  /** 出资人是否党员 */
  ownerIsMember?: boolean | null | undefined;
  partyMembers?: number | null | undefined;
  revenueYuan?: number | null | undefined;
  /** The category follows from it (enterprises and individual businesses are new economic ones). */
  subKind?: OrgSubKind | null | undefined;
  /** 统一社会信用代码 */
  uscc?: string | null | undefined;
};

/** Filters combine with AND. Ids are global ids of the matching type. */
export type OrganizationFilter = {
  bbox?: BBox | null | undefined;
  buildingId?: string | number | null | undefined;
  category?: OrgCategory | null | undefined;
  districtId?: string | number | null | undefined;
  /** Inclusive upper bound of employees. */
  employeesMax?: number | null | undefined;
  /** Inclusive lower bound of employees. */
  employeesMin?: number | null | undefined;
  gridId?: string | number | null | undefined;
  hasPartyOrganization?: boolean | null | undefined;
  industries?: Array<string> | null | undefined;
  near?: Near | null | undefined;
  /** Substring of the name, or a full credit code. */
  search?: string | null | undefined;
  statuses?: Array<OrgStatus> | null | undefined;
  subKinds?: Array<OrgSubKind> | null | undefined;
  subdistrictId?: string | number | null | undefined;
};

/**
 * Where an organization lies: a point, a building, a grid, or several of them, checked against each
 * other (a point given with a building or grid must lie in that grid; a building decides the grid).
 */
export type OrganizationPlaceInput = {
  buildingId?: string | number | null | undefined;
  /** The system the point was read in; GCJ-02 and BD-09 are converted to WGS84 on arrival. */
  crs?: InputCrs | null | undefined;
  gridId?: string | number | null | undefined;
  lat?: number | null | undefined;
  lon?: number | null | undefined;
};

/** 党委 / 党总支 / 党支部 */
export type PartyOrgKind =
  | 'BRANCH'
  | 'COMMITTEE'
  | 'GENERAL_BRANCH';

/** How a part of the plan was solved. */
export type PlanEngine =
  /** HiGHS (MILP) found the best answer it could within the time limit. */
  | 'EXACT'
  /** Greedy seeding plus local search. */
  | 'HEURISTIC';

/** What a plan run is doing (PlanRunProgress.phase). */
export type PlanRunPhase =
  /** Joint branches: HiGHS on the small parts farthest from their bound. */
  | 'EXACT'
  /** The answer is being sent (or was). */
  | 'FINISHED'
  /** Instructors: grouping subdistrict by subdistrict. */
  | 'GROUPING'
  /** Reading the scope's coverage from the database. */
  | 'LOADING'
  /** Joint branches: one quick heuristic run per part, so an answer exists early. */
  | 'QUICK'
  /** Joint branches: restarts and seat swaps on each part while time remains. */
  | 'THOROUGH';

/**
 * The planner's lists (issue 15): what a scope holds that needs action, as sorted pages of rows with
 * a count, the same rows as the map draws (policy's materialized coverage, the map's service
 * circles). The same rows as a file: GET /lists/export.xlsx (or .csv) with the same arguments.
 */
export type PlannerList =
  /** 空白点: active organizations with neither organizational nor work coverage. */
  | 'BLANK_SPOTS'
  /**
   * 未达标: active organizations missing required coverage (a blank spot may be one too; its
   * status then says BLANK_SPOT, the worse, as on the map).
   */
  | 'GAPS'
  /**
   * Active organizations without a party organization that have a joint party organization
   * (联合党支部) with room under the profile's limit within `withinMeters`: the best one per row
   * (same industry first, then nearest), as the organization's card suggests.
   */
  | 'JOIN_CANDIDATES'
  /** Active organizations outside every service-center circle (own radius or walking time). */
  | 'OUTSIDE_CENTERS'
  /** Buildings with a workstation (商务楼宇工作站), with the organizations they hold. */
  | 'WORKSTATIONS';

/** The arguments every list and its count share. */
export type PlannerListInput = {
  descending?: boolean | null | undefined;
  /** Narrows organization lists (not WORKSTATIONS) as it narrows the map's points. */
  filter?: OrganizationFilter | null | undefined;
  list: PlannerList;
  profileKey?: string | null | undefined;
  /** OUTSIDE_CENTERS: each center's own radius, or a walking time. */
  reach?: ReachInput | null | undefined;
  /** A District, Subdistrict or Grid id (a grid includes its nested grids). */
  scope: string | number;
  /** Default: DISTANCE for JOIN_CANDIDATES, BLANK_SPOTS (descending) for WORKSTATIONS, else GRID. */
  sort?: PlannerListSort | null | undefined;
  /** JOIN_CANDIDATES: how far a branch may be (metres, 1-5000). */
  withinMeters?: number | null | undefined;
};

/** How a list is ordered; ties by id. A key a list has no column for is a BAD_USER_INPUT. */
export type PlannerListSort =
  /** WORKSTATIONS only: blank spots in the building. */
  | 'BLANK_SPOTS'
  /** JOIN_CANDIDATES only: metres to the branch. */
  | 'DISTANCE'
  | 'EMPLOYEES'
  /** Subdistrict, then grid, then name. */
  | 'GRID'
  | 'NAME'
  /** WORKSTATIONS only: active organizations in the building. */
  | 'ORGANIZATIONS';

/** A point (WGS84 unless `crs` says otherwise). */
export type PointInput = {
  crs?: InputCrs | null | undefined;
  lat: number;
  lon: number;
};

/** How far a service center reaches: its own radius, or a walking time at ~80 m/min. */
export type ReachInput = {
  /** Walking minutes (1-60); absent means each center's own service radius. */
  walkMinutes?: number | null | undefined;
};

/** Roles (issue 7). Planners and analysts read everything and write nothing. */
export type Role =
  /** 分析人员: reads everything through GraphQL */
  | 'ANALYST'
  /** 区级管理员: everything in their district */
  | 'DISTRICT_ADMIN'
  /** 网格长 / 网格员: the grids they manage (and grids nested in them) */
  | 'GRID_MANAGER'
  /** 规划人员: reads everything */
  | 'PLANNER'
  /** 街道管理员: everything inside their subdistrict */
  | 'SUBDISTRICT_ADMIN';

export type ScopeKind =
  | 'DISTRICT'
  | 'GRID'
  | 'SUBDISTRICT';

/** Where the text was found. */
export type SearchField =
  | 'ADDRESS'
  /** A credit code (organizations, 4+ characters) or an administrative / building code. */
  | 'CODE'
  | 'NAME';

/** A center's facts; on update only the fields given change (an explicit null clears an optional one). */
export type ServiceCenterFactsInput = {
  address?: string | null | undefined;
  /** Square metres, > 0. */
  floorAreaM2?: number | null | undefined;
  level?: ServiceCenterLevel | null | undefined;
  name?: string | null | undefined;
  /** 1..50000 metres on the ground. */
  serviceRadiusM?: number | null | undefined;
};

/** 党群服务中心 levels (seed 000 art. 25: district >= 1500 m², town >= 1200 m², street >= 800 m²). */
export type ServiceCenterLevel =
  | 'COMMUNITY'
  | 'DISTRICT'
  | 'STREET'
  | 'TOWN';

export type ServiceCenterSitingOptions = {
  /** New sites to propose (default 3, at most 50). */
  count?: number | null | undefined;
  /** Service radius of the new centers in metres (default 400, a 5-minute walk; at most 5000). */
  radiusM?: number | null | undefined;
  timeLimitMs?: number | null | undefined;
  weight?: SitingWeight | null | undefined;
};

/** What a new service center's coverage is counted in. */
export type SitingWeight =
  | 'EMPLOYEES'
  | 'ORGANIZATIONS'
  | 'PARTY_MEMBERS';

/**
 * What the map draws for one viewport. The client sends the visible bounding box and zoom; the
 * server returns only what lies in it, aggregated into cells at low zoom.
 */
export type Viewport = {
  bbox: BBox;
  /** Web-mercator zoom of the map (0-22); decides between cells and single points. */
  zoom: number;
};

export type WorkstationFactsInput = {
  name?: string | null | undefined;
  openedOn?: string | null | undefined;
  staff?: number | null | undefined;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, canEdit: boolean, scopes: Array<{ kind: ScopeKind, id: string, name: string | null }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: string } };

export type OrgCardQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgCardQuery = { organization: { id: string, canEdit: boolean, name: string, uscc: string | null, category: OrgCategory, subKind: OrgSubKind, industry: string, status: OrgStatus, employees: number, partyMembers: number, address: string | null, hasTradeUnion: boolean, hasYouthLeague: boolean, hasWomensFederation: boolean, building: { id: string, name: string } | null, grid: { id: string, name: string } | null, partyOrganization: { id: string, name: string, isJoint: boolean } | null, instructors: Array<{ id: string, name: string }>, coverage: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, requirements: Array<{ rule: string, article: string, met: boolean, reason: { zh: string, en: string } }>, summary: { zh: string, en: string } } } | null };

export type BuildingCardQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildingCardQuery = { building: { id: string, name: string, address: string | null, floors: number | null, workstation: { id: string, name: string, staff: number | null } | null, organizations: { totalCount: number, nodes: Array<{ id: string, name: string, employees: number, coverage: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean } }> } } | null };

export type NodeCardQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeCardQuery = { node:
    | { __typename: 'Building', id: string }
    | { __typename: 'BuildingWorkstation', id: string }
    | { __typename: 'District', id: string }
    | { __typename: 'Grid', name: string, code: string, managerName: string | null, id: string, managers: Array<{ id: string, username: string, displayName: string }> | null, coverageSummary: { total: number, organizational: number, blankSpots: number, gaps: number, organizationalRate: number | null } }
    | { __typename: 'Instructor', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'PartyOrganization', name: string, secretary: string | null, memberCount: number, unitCount: number, isJoint: boolean, id: string, units: Array<{ id: string, name: string, industry: string, employees: number }> }
    | { __typename: 'PolicyProfile', id: string }
    | { __typename: 'ServiceCenter', name: string, level: ServiceCenterLevel, floorAreaM2: number | null, serviceRadiusM: number, address: string | null, id: string }
    | { __typename: 'Subdistrict', id: string }
   | null };

export type ProfileLimitQueryVariables = Exact<{
  key: string;
}>;


export type ProfileLimitQuery = { policyProfile: { key: string, name: string, nameEn: string, jointUnitLimit: number | null } | null };

export type JoinCandidatesQueryVariables = Exact<{
  id: string | number;
}>;


export type JoinCandidatesQuery = { mapJoinCandidates: Array<{ id: string, name: string, unitCount: number, room: number, distanceM: number, sameIndustry: boolean }> };

export type GridEditResultFieldsFragment = { movedOrganizationIds: Array<string>, grids: Array<{ id: string, name: string, version: number }>, moves: Array<{ organizationIds: Array<string>, building: { id: string, name: string }, from: { name: string } | null, to: { name: string } | null }> };

export type EditGridQueryVariables = Exact<{
  id: string | number;
}>;


export type EditGridQuery = { grid: { id: string, name: string, version: number, canEdit: boolean, boundary: unknown, managerName: string | null, updatedBy: string | null, updatedAt: string, parent: { id: string } | null, subdistrict: { id: string, name: string, grids: Array<{ id: string, name: string, version: number, canEdit: boolean, boundary: unknown, parent: { id: string } | null }> } } | null };

export type UpdateGridBoundaryMutationVariables = Exact<{
  gridId: string | number;
  boundary: unknown;
  expectedVersion: number;
}>;


export type UpdateGridBoundaryMutation = { updateGridBoundary: { movedOrganizationIds: Array<string>, grids: Array<{ id: string, name: string, version: number }>, moves: Array<{ organizationIds: Array<string>, building: { id: string, name: string }, from: { name: string } | null, to: { name: string } | null }> } };

export type CreateGridMutationVariables = Exact<{
  input: CreateGridInput;
}>;


export type CreateGridMutation = { createGrid: { movedOrganizationIds: Array<string>, grids: Array<{ id: string, name: string, version: number }>, moves: Array<{ organizationIds: Array<string>, building: { id: string, name: string }, from: { name: string } | null, to: { name: string } | null }> } };

export type SplitGridMutationVariables = Exact<{
  gridId: string | number;
  line: unknown;
  expectedVersion: number;
  newName?: string | null | undefined;
}>;


export type SplitGridMutation = { splitGrid: { movedOrganizationIds: Array<string>, grids: Array<{ id: string, name: string, version: number }>, moves: Array<{ organizationIds: Array<string>, building: { id: string, name: string }, from: { name: string } | null, to: { name: string } | null }> } };

export type MergeGridsMutationVariables = Exact<{
  gridId: string | number;
  expectedVersion: number;
  otherGridId: string | number;
  otherExpectedVersion: number;
}>;


export type MergeGridsMutation = { mergeGrids: { removedGridIds: Array<string>, movedOrganizationIds: Array<string>, grids: Array<{ id: string, name: string, version: number }>, moves: Array<{ organizationIds: Array<string>, building: { id: string, name: string }, from: { name: string } | null, to: { name: string } | null }> } };

export type GridVersionQueryVariables = Exact<{
  id: string | number;
}>;


export type GridVersionQuery = { grid: { id: string, name: string, version: number } | null };

export type GridVersionConflictFieldsFragment = { gridId: string, expectedVersion: number, currentVersion: number, currentBoundary: unknown, updatedBy: string | null, updatedAt: string };

export type UpdateGridBoundariesMutationVariables = Exact<{
  input: GridBoundariesInput;
}>;


export type UpdateGridBoundariesMutation = { updateGridBoundaries: { changeId: string | null, movedOrganizationIds: Array<string>, grids: Array<{ id: string, name: string, version: number }>, moves: Array<{ organizationIds: Array<string>, building: { id: string, name: string }, from: { name: string } | null, to: { name: string } | null }> } };

export type PreviewGridEditQueryVariables = Exact<{
  input: GridBoundariesInput;
}>;


export type PreviewGridEditQuery = { previewGridEdit: { ok: boolean, neighbourGridIds: Array<string>, buildingCount: number, organizationCount: number, refusal: { code: string, reason: string | null, message: string, where: unknown, gridIds: Array<string> | null, whoCan: { administrators: Array<string>, managers: Array<{ gridId: string, gridName: string, names: Array<string> }> } | null } | null, grids: Array<{ explicit: boolean, versionBefore: number, grid: { id: string, name: string, version: number } }>, buildingMoves: Array<{ buildingId: string, name: string, fromGridId: string | null, toGridId: string | null, organizationCount: number }>, organizationMoves: Array<{ organizationId: string, name: string, fromGridId: string | null, toGridId: string | null }> } };

export type CoverageVerdictFragment = { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean };

export type CoverageSummaryFragment = { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } };

export type CardHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CardHistoryQuery = { node:
    | { __typename: 'Building' }
    | { __typename: 'BuildingWorkstation', history: Array<{ id: string, at: string, actor: string, action: string, note: string | null, before: unknown, after: unknown, revertible: boolean }> }
    | { __typename: 'District' }
    | { __typename: 'Grid', history: Array<{ id: string, at: string, actor: string, action: string, note: string | null, before: unknown, after: unknown, revertible: boolean }> }
    | { __typename: 'Instructor' }
    | { __typename: 'Organization', version: number, canRevert: boolean, history: Array<{ id: string, at: string, actor: string, action: string, note: string | null, before: unknown, after: unknown, revertible: boolean }> }
    | { __typename: 'PartyOrganization', history: Array<{ id: string, at: string, actor: string, action: string, note: string | null, before: unknown, after: unknown, revertible: boolean }> }
    | { __typename: 'PolicyProfile' }
    | { __typename: 'ServiceCenter', history: Array<{ id: string, at: string, actor: string, action: string, note: string | null, before: unknown, after: unknown, revertible: boolean }> }
    | { __typename: 'Subdistrict' }
   | null };

export type HistoryEntryFragment = { id: string, at: string, actor: string, action: string, note: string | null, before: unknown, after: unknown, revertible: boolean };

export type RevertOrganizationChangeMutationVariables = Exact<{
  auditId: string | number;
  expectedVersion: number;
}>;


export type RevertOrganizationChangeMutation = { revertOrganizationChange: { version: number } };

export type LedgerCheckQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type LedgerCheckQuery = { node:
    | { id: string, ledgerCheck: { organizations: number, checked: number, since: { id: string, takenOn: string } | null, pending: Array<{ id: string, name: string, version: number, canEdit: boolean }> } }
    | Record<PropertyKey, never>
   | null };

export type ConfirmOrganizationMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type ConfirmOrganizationMutation = { confirmOrganization: { organization: { id: string, checkedAt: string | null }, check: { organizations: number, checked: number } | null } };

export type OrgEditQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgEditQuery = { organization: { id: string, version: number, updatedBy: string | null, updatedAt: string, canEdit: boolean, name: string, uscc: string | null, subKind: OrgSubKind, industry: string, status: OrgStatus, employees: number, partyMembers: number, revenueYuan: number | null, memberUnits: number | null, ownerIsMember: boolean, hasTradeUnion: boolean, hasYouthLeague: boolean, hasWomensFederation: boolean, activists: number, affiliation: string | null, establishmentDirection: string | null, address: string | null } | null };

export type EditResultFieldsFragment = { version: number, dryRun: boolean, changes: Array<{ field: string, before: unknown, after: unknown }>, coverageBefore: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } } | null, coverageAfter: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } } | null };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  facts: OrganizationFactsInput;
  dryRun?: boolean | null | undefined;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { version: number, dryRun: boolean, changes: Array<{ field: string, before: unknown, after: unknown }>, coverageBefore: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } } | null, coverageAfter: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } } | null } };

export type SetOrganizationStatusMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  status: OrgStatus;
  dryRun?: boolean | null | undefined;
}>;


export type SetOrganizationStatusMutation = { setOrganizationStatus: { version: number, dryRun: boolean, changes: Array<{ field: string, before: unknown, after: unknown }>, coverageBefore: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } } | null, coverageAfter: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } } | null } };

export type PlaceAtQueryVariables = Exact<{
  lon: number;
  lat: number;
}>;


export type PlaceAtQuery = { placeAt: { lon: number, lat: number, snapped: boolean, buildingDistanceM: number | null, canPlaceOrganization: boolean, building: { id: string, name: string, address: string | null } | null, grid: { id: string, name: string } | null, subdistrict: { id: string, name: string } | null, district: { id: string } | null } };

export type UsccHolderQueryVariables = Exact<{
  code: string;
}>;


export type UsccHolderQuery = { organizations: { nodes: Array<{ id: string, name: string, uscc: string | null }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { organization: { id: string, name: string } | null } };

export type OrgPlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgPlaceQuery = { organization: { id: string, name: string, version: number, canEdit: boolean, location: unknown, building: { id: string, name: string } | null, grid: { id: string, name: string } | null } | null };

export type MoveOrganizationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  place: OrganizationPlaceInput;
  dryRun?: boolean | null | undefined;
}>;


export type MoveOrganizationMutation = { moveOrganization: { version: number, dryRun: boolean, changes: Array<{ field: string, before: unknown, after: unknown }>, coverageBefore: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } } | null, coverageAfter: { coverage: CoverageKind, excluded: boolean, blankSpot: boolean, gap: boolean, summary: { zh: string, en: string } } | null } };

export type CenterPlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type CenterPlaceQuery = { node:
    | { id: string, name: string, version: number, canEdit: boolean, location: unknown }
    | Record<PropertyKey, never>
   | null };

export type MoveCenterMutationVariables = Exact<{
  id: string | number;
  v: number;
  location: PointInput;
  dryRun?: boolean | null | undefined;
}>;


export type MoveCenterMutation = { moveServiceCenter: { version: number, outsideBefore: number, outsideAfter: number, changes: Array<{ field: string, before: unknown, after: unknown }> } };

export type BuildingWorkstationOpenQueryVariables = Exact<{
  id: string | number;
}>;


export type BuildingWorkstationOpenQuery = { building: { id: string, name: string, canOpenWorkstation: boolean, workstation: { id: string } | null } | null };

export type CreateWorkstationMutationVariables = Exact<{
  input: CreateWorkstationInput;
}>;


export type CreateWorkstationMutation = { createWorkstation: { workstation: { id: string, name: string } | null } };

export type WorkstationPlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkstationPlaceQuery = { building: { id: string, name: string, location: unknown, workstation: { id: string, name: string, version: number, canEdit: boolean } | null } | null };

export type MoveWorkstationMutationVariables = Exact<{
  id: string | number;
  v: number;
  buildingId: string | number;
  dryRun?: boolean | null | undefined;
}>;


export type MoveWorkstationMutation = { moveWorkstation: { version: number } };

export type CenterEditQueryVariables = Exact<{
  id: string | number;
}>;


export type CenterEditQuery = { node:
    | { id: string, version: number, canEdit: boolean, name: string, level: ServiceCenterLevel, serviceRadiusM: number, floorAreaM2: number | null, address: string | null }
    | Record<PropertyKey, never>
   | null };

export type WorkstationEditQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkstationEditQuery = { building: { id: string, workstation: { id: string, version: number, canEdit: boolean, name: string, staff: number | null, openedOn: string | null } | null } | null };

export type UpdateCenterMutationVariables = Exact<{
  id: string | number;
  v: number;
  facts: ServiceCenterFactsInput;
}>;


export type UpdateCenterMutation = { updateServiceCenter: { version: number, outsideBefore: number, outsideAfter: number } };

export type CloseCenterMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type CloseCenterMutation = { closeServiceCenter: { version: number } };

export type UpdateWorkstationMutationVariables = Exact<{
  id: string | number;
  v: number;
  facts: WorkstationFactsInput;
}>;


export type UpdateWorkstationMutation = { updateWorkstation: { version: number } };

export type CloseWorkstationMutationVariables = Exact<{
  id: string | number;
  v: number;
}>;


export type CloseWorkstationMutation = { closeWorkstation: { version: number } };

export type PlannerListQueryVariables = Exact<{
  input: PlannerListInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PlannerListQuery = { plannerList: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, rows: Array<{ id: string, name: string, lon: number | null, lat: number | null, subdistrictName: string | null, gridName: string | null, address: string | null, industry: string | null, employees: number | null, status: MapOrgStatus | null, branchId: string | null, branchName: string | null, branchUnits: number | null, branchRoom: number | null, distanceM: number | null, sameIndustry: boolean | null, otherBranches: number | null, workstationName: string | null, organizations: number | null, blankSpots: number | null }> } };

export type PlannerListCountsQueryVariables = Exact<{
  input: PlannerListInput;
}>;


export type PlannerListCountsQuery = { plannerListCounts: { blankSpots: number, gaps: number, workstations: number, outsideCenters: number } };

export type MapGridsQueryVariables = Exact<{
  viewport: Viewport;
  filter?: OrganizationFilter | null | undefined;
}>;


export type MapGridsQuery = { mapGrids: Array<{ id: string, code: string, name: string, subdistrictId: string, boundary: unknown, organizations: number, organizational: number, work: number, blankSpots: number, gaps: number, rate: number | null }> };

export type MapOrganizationsQueryVariables = Exact<{
  viewport: Viewport;
  layer: MapOrgLayer;
  filter?: OrganizationFilter | null | undefined;
  reach?: ReachInput | null | undefined;
}>;


export type MapOrganizationsQuery = { mapOrganizations: { aggregated: boolean, total: number, cells: Array<{ lon: number, lat: number, count: number, blankSpots: number, gaps: number }>, points: Array<{ id: string, name: string, lon: number, lat: number, status: MapOrgStatus }> } };

export type MapJointBranchesQueryVariables = Exact<{
  viewport: Viewport;
}>;


export type MapJointBranchesQuery = { mapJointBranches: { aggregated: boolean, total: number, cells: Array<{ lon: number, lat: number, branches: number, units: number, overLimit: number }>, branches: Array<{ id: string, name: string, seatLon: number, seatLat: number, unitCount: number, overLimit: boolean, hull: unknown, members: Array<{ id: string, name: string, lon: number, lat: number, status: MapOrgStatus }> }> } };

export type MapWorkstationsQueryVariables = Exact<{
  viewport: Viewport;
}>;


export type MapWorkstationsQuery = { mapWorkstations: Array<{ id: string, name: string, buildingId: string, buildingName: string, lon: number, lat: number, organizations: number, blankSpots: number }> };

export type MapServiceCentersQueryVariables = Exact<{
  viewport: Viewport;
}>;


export type MapServiceCentersQuery = { mapServiceCenters: Array<{ id: string, name: string, level: ServiceCenterLevel, serviceRadiusM: number, lon: number, lat: number }> };

export type MapInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type MapInfoQuery = { mapInfo: { profileKey: string | null, jointUnitLimit: number, walkMetersPerMinute: number, basemapUrl: string | null } };

export type HierarchyQueryVariables = Exact<{ [key: string]: never; }>;


export type HierarchyQuery = { districts: Array<{ id: string, code: string, name: string, boundary: unknown, subdistricts: Array<{ id: string, code: string, name: string, boundary: unknown, grids: Array<{ id: string, code: string, name: string }> }> }> };

export type GridBoundaryQueryVariables = Exact<{
  id: string | number;
}>;


export type GridBoundaryQuery = { grid: { id: string, boundary: unknown } | null };

export type MapGridRatesQueryVariables = Exact<{
  viewport: Viewport;
  filter?: OrganizationFilter | null | undefined;
}>;


export type MapGridRatesQuery = { mapGrids: Array<{ id: string, rate: number | null }> };

export type ScopeSummaryQueryVariables = Exact<{
  scope?: string | number | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type ScopeSummaryQuery = { policyProfiles: Array<{ key: string, name: string, nameEn: string }>, coverageSummary: { profile: string, filtered: boolean, total: number, organizational: number, work: number, blankSpots: number, gaps: number, organizationalRate: number | null, targets: Array<{ id: string, article: string, min: number, value: number | null, met: boolean, needed: number, label: { zh: string, en: string }, message: { zh: string, en: string } }> } };

export type GroupedSearchQueryVariables = Exact<{
  text: string;
  scope?: string | number | null | undefined;
}>;


export type GroupedSearchQuery = { search: { text: string, organizations: { totalCount: number, hits: Array<{ id: string, name: string, matched: SearchField, detail: string | null, address: string | null, lon: number | null, lat: number | null }> }, grids: { totalCount: number, hits: Array<{ id: string, name: string, matched: SearchField, detail: string | null, address: string | null, lon: number | null, lat: number | null }> }, subdistricts: { totalCount: number, hits: Array<{ id: string, name: string, matched: SearchField, detail: string | null, address: string | null, lon: number | null, lat: number | null }> }, buildings: { totalCount: number, hits: Array<{ id: string, name: string, matched: SearchField, detail: string | null, address: string | null, lon: number | null, lat: number | null }> }, centers: { totalCount: number, hits: Array<{ id: string, name: string, matched: SearchField, detail: string | null, address: string | null, lon: number | null, lat: number | null }> } } };

export type SearchGroupFieldsFragment = { totalCount: number, hits: Array<{ id: string, name: string, matched: SearchField, detail: string | null, address: string | null, lon: number | null, lat: number | null }> };

export type PlannedPointFragment = { id: string, lon: number, lat: number };

export type PlanExplanationFragment = { zh: string, en: string };

export type JointBranchPlanQueryVariables = Exact<{
  scope: string | number;
  runId?: string | null | undefined;
}>;


export type JointBranchPlanQuery = { jointBranchPlan: { unitLimit: number, radiusM: number, candidates: number, complete: boolean, elapsedMs: number, costYears: number | null, costs: Array<{ subdistrictId: string, newOrganizations: number, joiningUnits: number, startupYuan: number, activityYuanPerYear: number, totalYuan: number }>, proposals: Array<{ key: string, subdistrictId: string, unitCount: number, farthestMemberM: number, formalMembers: number, engine: PlanEngine, cost: { kind: PartyOrgKind | null, totalYuan: number } | null, explanation: { zh: string, en: string }, seat: { name: string, id: string, lon: number, lat: number }, members: Array<{ id: string, lon: number, lat: number }> }>, attachments: Array<{ key: string, version: number, name: string, lon: number, lat: number, cost: { totalYuan: number } | null, members: Array<{ id: string, lon: number, lat: number }>, explanation: { zh: string, en: string } }>, ungrouped: Array<{ organization: { id: string, lon: number, lat: number } }>, quality: { gap: number, provenOptimal: number, components: number, totalDistanceM: number } } };

export type AcceptJointBranchMutationVariables = Exact<{
  input: AcceptJointBranchInput;
}>;


export type AcceptJointBranchMutation = { acceptJointBranchProposal: { version: number, partyOrganization: { id: string, name: string, unitCount: number } | null } };

export type InstructorDeploymentQueryVariables = Exact<{
  scope: string | number;
  runId?: string | null | undefined;
}>;


export type InstructorDeploymentQuery = { instructorDeploymentPlan: { loadLimit: number, candidates: number, instructorsWithRoom: number, instructorsNeeded: number, complete: boolean, proposals: Array<{ key: string, instructorId: string | null, instructorName: string | null, loadBefore: number, loadAfter: number, centreLon: number, centreLat: number, farthestMemberM: number, explanation: { zh: string, en: string }, organizations: Array<{ id: string, name: string, lon: number, lat: number, version: number }> }> } };

export type AcceptInstructorDeploymentMutationVariables = Exact<{
  groups: Array<InstructorGroupInput> | InstructorGroupInput;
}>;


export type AcceptInstructorDeploymentMutation = { acceptInstructorDeployment: { assignments: Array<{ load: number, loadLimit: number | null }> } };

export type PlanRunProgressQueryVariables = Exact<{
  runId: string;
}>;


export type PlanRunProgressQuery = { planRunProgress: { phase: PlanRunPhase, done: number, total: number, partsDone: number | null, parts: number | null } | null };

export type ServiceCenterSitingQueryVariables = Exact<{
  scope: string | number;
  options?: ServiceCenterSitingOptions | null | undefined;
}>;


export type ServiceCenterSitingQuery = { serviceCenterSiting: { radiusM: number, uncoveredOrganizations: number, uncoveredBuildings: number, coveredWeight: number, upperBound: number, optimal: boolean, complete: boolean, sites: Array<{ buildingId: string, name: string, lon: number, lat: number, gain: number, gainOrganizations: number, cumulative: number, explanation: { zh: string, en: string } }> } };

export type CreateCenterAtSiteMutationVariables = Exact<{
  input: CreateServiceCenterInput;
  dryRun: boolean;
}>;


export type CreateCenterAtSiteMutation = { createServiceCenter: { dryRun: boolean, outsideBefore: number, outsideAfter: number, serviceCenter: { id: string, name: string } | null } };

export const GridEditResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridEditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedOrganizationIds"}}]}}]} as unknown as DocumentNode<GridEditResultFieldsFragment, unknown>;
export const GridVersionConflictFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridVersionConflictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridVersionConflict"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"expectedVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentVersion"}},{"kind":"Field","name":{"kind":"Name","value":"currentBoundary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<GridVersionConflictFieldsFragment, unknown>;
export const HistoryEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"revertible"}}]}}]} as unknown as DocumentNode<HistoryEntryFragment, unknown>;
export const CoverageVerdictFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageVerdict"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpot"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<CoverageVerdictFragment, unknown>;
export const CoverageSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageVerdict"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpot"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<CoverageSummaryFragment, unknown>;
export const EditResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageVerdict"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpot"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<EditResultFieldsFragment, unknown>;
export const SearchGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]} as unknown as DocumentNode<SearchGroupFieldsFragment, unknown>;
export const PlannedPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]} as unknown as DocumentNode<PlannedPointFragment, unknown>;
export const PlanExplanationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<PlanExplanationFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const OrgCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subKind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"partyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"hasTradeUnion"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthLeague"}},{"kind":"Field","name":{"kind":"Name","value":"hasWomensFederation"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isJoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageVerdict"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpot"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<OrgCardQuery, OrgCardQueryVariables>;
export const BuildingCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildingCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"floors"}},{"kind":"Field","name":{"kind":"Name","value":"workstation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageVerdict"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageVerdict"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpot"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<BuildingCardQuery, BuildingCardQueryVariables>;
export const NodeCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartyOrganization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"secretary"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"isJoint"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCenter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"organizational"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"organizationalRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NodeCardQuery, NodeCardQueryVariables>;
export const ProfileLimitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileLimit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"jointUnitLimit"}}]}}]}}]} as unknown as DocumentNode<ProfileLimitQuery, ProfileLimitQueryVariables>;
export const JoinCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JoinCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapJoinCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"withinMeters"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"room"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"sameIndustry"}}]}}]}}]} as unknown as DocumentNode<JoinCandidatesQuery, JoinCandidatesQueryVariables>;
export const EditGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"managerName"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subdistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditGridQuery, EditGridQueryVariables>;
export const UpdateGridBoundaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGridBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"boundary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoJSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGridBoundary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}}},{"kind":"Argument","name":{"kind":"Name","value":"boundary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"boundary"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridEditResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridEditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedOrganizationIds"}}]}}]} as unknown as DocumentNode<UpdateGridBoundaryMutation, UpdateGridBoundaryMutationVariables>;
export const CreateGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGridInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridEditResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridEditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedOrganizationIds"}}]}}]} as unknown as DocumentNode<CreateGridMutation, CreateGridMutationVariables>;
export const SplitGridDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitGrid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoJSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"splitGrid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"newName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridEditResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridEditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedOrganizationIds"}}]}}]} as unknown as DocumentNode<SplitGridMutation, SplitGridMutationVariables>;
export const MergeGridsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeGrids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otherGridId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otherExpectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeGrids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"otherGridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otherGridId"}}},{"kind":"Argument","name":{"kind":"Name","value":"otherExpectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otherExpectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridEditResultFields"}},{"kind":"Field","name":{"kind":"Name","value":"removedGridIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridEditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedOrganizationIds"}}]}}]} as unknown as DocumentNode<MergeGridsMutation, MergeGridsMutationVariables>;
export const GridVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<GridVersionQuery, GridVersionQueryVariables>;
export const UpdateGridBoundariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGridBoundaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridBoundariesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGridBoundaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridEditResultFields"}},{"kind":"Field","name":{"kind":"Name","value":"changeId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridEditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movedOrganizationIds"}}]}}]} as unknown as DocumentNode<UpdateGridBoundariesMutation, UpdateGridBoundariesMutationVariables>;
export const PreviewGridEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewGridEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridBoundariesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewGridEdit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"where"}},{"kind":"Field","name":{"kind":"Name","value":"gridIds"}},{"kind":"Field","name":{"kind":"Name","value":"whoCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"names"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrators"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explicit"}},{"kind":"Field","name":{"kind":"Name","value":"versionBefore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"neighbourGridIds"}},{"kind":"Field","name":{"kind":"Name","value":"buildingMoves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromGridId"}},{"kind":"Field","name":{"kind":"Name","value":"toGridId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationMoves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fromGridId"}},{"kind":"Field","name":{"kind":"Name","value":"toGridId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildingCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}}]}}]}}]} as unknown as DocumentNode<PreviewGridEditQuery, PreviewGridEditQueryVariables>;
export const CardHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CardHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canRevert"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Audited"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"revertible"}}]}}]} as unknown as DocumentNode<CardHistoryQuery, CardHistoryQueryVariables>;
export const RevertOrganizationChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevertOrganizationChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revertOrganizationChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"auditId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"auditId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RevertOrganizationChangeMutation, RevertOrganizationChangeMutationVariables>;
export const LedgerCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grid"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"pending"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerCheckQuery, LedgerCheckQueryVariables>;
export const ConfirmOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmOrganizationMutation, ConfirmOrganizationMutationVariables>;
export const OrgEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}},{"kind":"Field","name":{"kind":"Name","value":"subKind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"partyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"revenueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnits"}},{"kind":"Field","name":{"kind":"Name","value":"ownerIsMember"}},{"kind":"Field","name":{"kind":"Name","value":"hasTradeUnion"}},{"kind":"Field","name":{"kind":"Name","value":"hasYouthLeague"}},{"kind":"Field","name":{"kind":"Name","value":"hasWomensFederation"}},{"kind":"Field","name":{"kind":"Name","value":"activists"}},{"kind":"Field","name":{"kind":"Name","value":"affiliation"}},{"kind":"Field","name":{"kind":"Name","value":"establishmentDirection"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<OrgEditQuery, OrgEditQueryVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFactsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageVerdict"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpot"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const SetOrganizationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageVerdict"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpot"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}}]}}]}}]} as unknown as DocumentNode<SetOrganizationStatusMutation, SetOrganizationStatusMutationVariables>;
export const PlaceAtDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlaceAt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lon"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lat"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeAt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lon"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lon"}}},{"kind":"Argument","name":{"kind":"Name","value":"lat"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lat"}}},{"kind":"Argument","name":{"kind":"Name","value":"snapMeters"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"snapped"}},{"kind":"Field","name":{"kind":"Name","value":"buildingDistanceM"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subdistrict"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"canPlaceOrganization"}}]}}]}}]} as unknown as DocumentNode<PlaceAtQuery, PlaceAtQueryVariables>;
export const UsccHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsccHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"uscc"}}]}}]}}]}}]} as unknown as DocumentNode<UsccHolderQuery, UsccHolderQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const OrgPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPlaceQuery, OrgPlaceQueryVariables>;
export const MoveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"place"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationPlaceInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"place"},"value":{"kind":"Variable","name":{"kind":"Name","value":"place"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageVerdict"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpot"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CoverageSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCoverage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationEditResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CoverageSummary"}}]}}]}}]} as unknown as DocumentNode<MoveOrganizationMutation, MoveOrganizationMutationVariables>;
export const CenterPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCenter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]} as unknown as DocumentNode<CenterPlaceQuery, CenterPlaceQueryVariables>;
export const MoveCenterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveCenter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveServiceCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outsideBefore"}},{"kind":"Field","name":{"kind":"Name","value":"outsideAfter"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<MoveCenterMutation, MoveCenterMutationVariables>;
export const BuildingWorkstationOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BuildingWorkstationOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canOpenWorkstation"}},{"kind":"Field","name":{"kind":"Name","value":"workstation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<BuildingWorkstationOpenQuery, BuildingWorkstationOpenQueryVariables>;
export const CreateWorkstationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkstation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkstationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkstation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workstation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWorkstationMutation, CreateWorkstationMutationVariables>;
export const WorkstationPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkstationPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"workstation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}}]}}]}}]}}]} as unknown as DocumentNode<WorkstationPlaceQuery, WorkstationPlaceQueryVariables>;
export const MoveWorkstationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveWorkstation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveWorkstation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"buildingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"buildingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveWorkstationMutation, MoveWorkstationMutationVariables>;
export const CenterEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CenterEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCenter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"floorAreaM2"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<CenterEditQuery, CenterEditQueryVariables>;
export const WorkstationEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkstationEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"building"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workstation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}}]}}]}}]} as unknown as DocumentNode<WorkstationEditQuery, WorkstationEditQueryVariables>;
export const UpdateCenterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCenter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCenterFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outsideBefore"}},{"kind":"Field","name":{"kind":"Name","value":"outsideAfter"}}]}}]}}]} as unknown as DocumentNode<UpdateCenterMutation, UpdateCenterMutationVariables>;
export const CloseCenterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCenter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeServiceCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseCenterMutation, CloseCenterMutationVariables>;
export const UpdateWorkstationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkstation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"facts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkstationFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkstation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}},{"kind":"Argument","name":{"kind":"Name","value":"facts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"facts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkstationMutation, UpdateWorkstationMutationVariables>;
export const CloseWorkstationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseWorkstation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeWorkstation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseWorkstationMutation, CloseWorkstationMutationVariables>;
export const PlannerListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlannerListInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannerList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"subdistrictName"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"employees"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"branchId"}},{"kind":"Field","name":{"kind":"Name","value":"branchName"}},{"kind":"Field","name":{"kind":"Name","value":"branchUnits"}},{"kind":"Field","name":{"kind":"Name","value":"branchRoom"}},{"kind":"Field","name":{"kind":"Name","value":"distanceM"}},{"kind":"Field","name":{"kind":"Name","value":"sameIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"otherBranches"}},{"kind":"Field","name":{"kind":"Name","value":"workstationName"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}}]}}]}}]}}]} as unknown as DocumentNode<PlannerListQuery, PlannerListQueryVariables>;
export const PlannerListCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannerListCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlannerListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannerListCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"workstations"}},{"kind":"Field","name":{"kind":"Name","value":"outsideCenters"}}]}}]}}]} as unknown as DocumentNode<PlannerListCountsQuery, PlannerListCountsQueryVariables>;
export const MapGridsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapGrids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapGrids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subdistrictId"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizational"}},{"kind":"Field","name":{"kind":"Name","value":"work"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<MapGridsQuery, MapGridsQueryVariables>;
export const MapOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MapOrgLayer"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reach"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReachInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}},{"kind":"Argument","name":{"kind":"Name","value":"layer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layer"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"reach"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reach"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MapOrganizationsQuery, MapOrganizationsQueryVariables>;
export const MapJointBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapJointBranches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapJointBranches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"branches"}},{"kind":"Field","name":{"kind":"Name","value":"units"}},{"kind":"Field","name":{"kind":"Name","value":"overLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"branches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seatLon"}},{"kind":"Field","name":{"kind":"Name","value":"seatLat"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"overLimit"}},{"kind":"Field","name":{"kind":"Name","value":"hull"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MapJointBranchesQuery, MapJointBranchesQueryVariables>;
export const MapWorkstationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapWorkstations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapWorkstations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingName"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}}]}}]}}]} as unknown as DocumentNode<MapWorkstationsQuery, MapWorkstationsQueryVariables>;
export const MapServiceCentersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapServiceCenters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapServiceCenters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]} as unknown as DocumentNode<MapServiceCentersQuery, MapServiceCentersQueryVariables>;
export const MapInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileKey"}},{"kind":"Field","name":{"kind":"Name","value":"jointUnitLimit"}},{"kind":"Field","name":{"kind":"Name","value":"walkMetersPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"basemapUrl"}}]}}]}}]} as unknown as DocumentNode<MapInfoQuery, MapInfoQueryVariables>;
export const HierarchyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hierarchy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"subdistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HierarchyQuery, HierarchyQueryVariables>;
export const GridBoundaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridBoundary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]}}]} as unknown as DocumentNode<GridBoundaryQuery, GridBoundaryQueryVariables>;
export const MapGridRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapGridRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapGrids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<MapGridRatesQuery, MapGridRatesQueryVariables>;
export const ScopeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyProfiles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverageSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"filtered"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"organizational"}},{"kind":"Field","name":{"kind":"Name","value":"work"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"organizationalRate"}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScopeSummaryQuery, ScopeSummaryQueryVariables>;
export const GroupedSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subdistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"centers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]} as unknown as DocumentNode<GroupedSearchQuery, GroupedSearchQueryVariables>;
export const JointBranchPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointBranchPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointBranchPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitLimit"}},{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMs"}},{"kind":"Field","name":{"kind":"Name","value":"costYears"}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subdistrictId"}},{"kind":"Field","name":{"kind":"Name","value":"newOrganizations"}},{"kind":"Field","name":{"kind":"Name","value":"joiningUnits"}},{"kind":"Field","name":{"kind":"Name","value":"startupYuan"}},{"kind":"Field","name":{"kind":"Name","value":"activityYuanPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"totalYuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"subdistrictId"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalYuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"farthestMemberM"}},{"kind":"Field","name":{"kind":"Name","value":"formalMembers"}},{"kind":"Field","name":{"kind":"Name","value":"engine"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanExplanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedPoint"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedPoint"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"cost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalYuan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanExplanation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ungrouped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlannedPoint"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"provenOptimal"}},{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"totalDistanceM"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlannedPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlannedMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]} as unknown as DocumentNode<JointBranchPlanQuery, JointBranchPlanQueryVariables>;
export const AcceptJointBranchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptJointBranch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptJointBranchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptJointBranchProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptJointBranchMutation, AcceptJointBranchMutationVariables>;
export const InstructorDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstructorDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instructorDeploymentPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loadLimit"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"}},{"kind":"Field","name":{"kind":"Name","value":"instructorsWithRoom"}},{"kind":"Field","name":{"kind":"Name","value":"instructorsNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"instructorId"}},{"kind":"Field","name":{"kind":"Name","value":"instructorName"}},{"kind":"Field","name":{"kind":"Name","value":"loadBefore"}},{"kind":"Field","name":{"kind":"Name","value":"loadAfter"}},{"kind":"Field","name":{"kind":"Name","value":"centreLon"}},{"kind":"Field","name":{"kind":"Name","value":"centreLat"}},{"kind":"Field","name":{"kind":"Name","value":"farthestMemberM"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanExplanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<InstructorDeploymentQuery, InstructorDeploymentQueryVariables>;
export const AcceptInstructorDeploymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInstructorDeployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groups"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InstructorGroupInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInstructorDeployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groups"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"loadLimit"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInstructorDeploymentMutation, AcceptInstructorDeploymentMutationVariables>;
export const PlanRunProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanRunProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRunProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"partsDone"}},{"kind":"Field","name":{"kind":"Name","value":"parts"}}]}}]}}]} as unknown as DocumentNode<PlanRunProgressQuery, PlanRunProgressQueryVariables>;
export const ServiceCenterSitingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceCenterSiting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceCenterSitingOptions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceCenterSiting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"radiusM"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredOrganizations"}},{"kind":"Field","name":{"kind":"Name","value":"uncoveredBuildings"}},{"kind":"Field","name":{"kind":"Name","value":"coveredWeight"}},{"kind":"Field","name":{"kind":"Name","value":"upperBound"}},{"kind":"Field","name":{"kind":"Name","value":"optimal"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"gain"}},{"kind":"Field","name":{"kind":"Name","value":"gainOrganizations"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanExplanation"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanExplanation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanText"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ServiceCenterSitingQuery, ServiceCenterSitingQueryVariables>;
export const CreateCenterAtSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCenterAtSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceCenterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceCenter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"outsideBefore"}},{"kind":"Field","name":{"kind":"Name","value":"outsideAfter"}},{"kind":"Field","name":{"kind":"Name","value":"serviceCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCenterAtSiteMutation, CreateCenterAtSiteMutationVariables>;