import type { Geometry } from '../db/geojson.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DistrictRow, SubdistrictRow, GridRow, BuildingRow } from '../geography/geography.tables.ts';
import type { OrganizationRow } from '../orgs/orgs.tables.ts';
import type { PartyOrganizationRow, InstructorRow } from '../party/party.tables.ts';
import type { CoverageChange } from '../party/party-edit.ts';
import type { LedgerCheckModel } from '../orgs/ledger-check.sql.ts';
import type { ServiceCenterRow, BuildingWorkstationRow } from '../places/places.tables.ts';
import type { PlaceOutcome } from '../places/place-edit.ts';
import type { StoredProfile } from '../policy/profiles.store.ts';
import type { CoverageModel } from '../policy/coverage.model.ts';
import type { SummaryModel } from '../policy/summary.model.ts';
import type { SnapshotRow, SnapshotChangeRow } from '../snapshots/snapshots.sql.ts';
import type { ComparisonModel } from '../snapshots/snapshots.resolvers.ts';
import type { UserModel } from '../auth/auth.resolvers.ts';
import type { BuildingMoveModel } from '../editing/editing.resolvers.ts';
import type { TilingViolationModel } from '../editing/tiling.resolvers.ts';
import type { ListCountsModel } from '../lists/lists.resolvers.ts';
import type { SearchModel } from '../search/search.resolvers.ts';
import type { Context } from '../graphql/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 calendar date (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** An ISO 8601 date-time with time zone. */
  DateTime: { input: Date | string; output: Date | string; }
  /**
   * A GeoJSON geometry (RFC 7946) in WGS84 (EPSG:4326). Input is validated: a known type, finite
   * coordinates with longitude in [-180, 180] and latitude in [-90, 90], closed polygon rings, and
   * no `crs` other than EPSG:4326.
   */
  GeoJSON: { input: Geometry; output: Geometry; }
  /** Arbitrary JSON (policy documents, audit before/after). */
  JSON: { input: unknown; output: unknown; }
};

/**
 * A proposal the planner accepts: its key and units as the plan listed them. Nothing was stored
 * by the plan; accepting goes through the ledger's party-organization edits (checks, scope,
 * audit, coverage refresh), so a unit that found a party organization since is refused there.
 */
export type AcceptJointBranchInput = {
  /** join: the version the plan read (a change since is a CONFLICT). */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** new:<seat organization id> (found a joint branch) or join:<party organization id>. */
  key: Scalars['String']['input'];
  /** New branch: formal party members enrolled (default: the units' own; 3 at least). */
  memberCount?: InputMaybe<Scalars['Int']['input']>;
  /** New branch: its name (default: <seat>等N家单位联合党支部). */
  name?: InputMaybe<Scalars['String']['input']>;
  secretary?: InputMaybe<Scalars['String']['input']>;
  /** The units: for a new branch every member, the seat first; for join, the joining ones. */
  unitIds: Array<Scalars['ID']['input']>;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  nodes: Array<AuditEntry>;
  totalCount: Scalars['Int']['output'];
};

/** One recorded change: who, when, what, before and after (issue 7). */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** e.g. grid.boundary.update, grid.split, grid.merge, building.grid.reassign, profile.update */
  action: Scalars['String']['output'];
  actor: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['DateTime']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  /** The audit group: every entry written by one save (one edit of several grids) shares it (issue 13). */
  changeId?: Maybe<Scalars['ID']['output']>;
  entityId: Scalars['String']['output'];
  /** The GraphQL typename of what changed: Grid, Building, Organization, PolicyProfile, CoverageSnapshot, User or LedgerFile. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** Can `revertOrganizationChange` undo it (a change of facts, status or place of an organization)? */
  revertible: Scalars['Boolean']['output'];
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actor?: InputMaybe<Scalars['String']['input']>;
  /** The entries of one save (AuditEntry.changeId). */
  changeId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** A typename as in AuditEntry.entityType (any case: `organization` finds Organization); unknown ones are refused. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Anything whose changes are recorded: its history, newest first, as its card shows it. */
export type Audited = {
  history: Array<AuditEntry>;
};


/** Anything whose changes are recorded: its history, newest first, as its card shows it. */
export type AuditedHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A bounding box in WGS84 degrees. */
export type BBox = {
  maxLat: Scalars['Float']['input'];
  maxLon: Scalars['Float']['input'];
  minLat: Scalars['Float']['input'];
  minLon: Scalars['Float']['input'];
};

export type Building = Node & {
  __typename?: 'Building';
  address?: Maybe<Scalars['String']['output']>;
  /** May the signed-in user open a workstation in this building (whoever may write its grid)? */
  canOpenWorkstation: Scalars['Boolean']['output'];
  code?: Maybe<Scalars['String']['output']>;
  coverageSummary: CoverageSummary;
  floors?: Maybe<Scalars['Int']['output']>;
  footprint?: Maybe<Scalars['GeoJSON']['output']>;
  /** The grid containing the building; null in unmanaged area. */
  grid?: Maybe<Grid>;
  id: Scalars['ID']['output'];
  kind: BuildingKind;
  location: Scalars['GeoJSON']['output'];
  name: Scalars['String']['output'];
  organizations: OrganizationConnection;
  subdistrict: Subdistrict;
  workstation?: Maybe<BuildingWorkstation>;
};


export type BuildingCoverageSummaryArgs = {
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type BuildingOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type BuildingKind =
  /** 商务楼宇 */
  | 'commercial_office'
  | 'factory'
  | 'industrial_park'
  | 'mixed'
  | 'other'
  | 'residential'
  | 'shop';

/** A building that changed grid because of an edit, with its organizations. */
export type BuildingMove = {
  __typename?: 'BuildingMove';
  building: Building;
  from?: Maybe<Grid>;
  /** Global id of the grid it left (null: it was in no grid; the grid may have been merged away). */
  fromGridId?: Maybe<Scalars['ID']['output']>;
  organizationIds: Array<Scalars['ID']['output']>;
  to?: Maybe<Grid>;
  toGridId?: Maybe<Scalars['ID']['output']>;
};

export type BuildingMovePreview = {
  __typename?: 'BuildingMovePreview';
  buildingId: Scalars['ID']['output'];
  fromGridId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  organizationCount: Scalars['Int']['output'];
  toGridId?: Maybe<Scalars['ID']['output']>;
};

/** 商务楼宇工作站 */
export type BuildingWorkstation = Audited & Node & {
  __typename?: 'BuildingWorkstation';
  building: Building;
  /** May the signed-in user change this workstation? */
  canEdit: Scalars['Boolean']['output'];
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  openedOn?: Maybe<Scalars['Date']['output']>;
  staff?: Maybe<Scalars['Int']['output']>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** Optimistic lock (issue 16). */
  version: Scalars['Int']['output'];
};


/** 商务楼宇工作站 */
export type BuildingWorkstationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ConfirmOrganizationResult = {
  __typename?: 'ConfirmOrganizationResult';
  /** The check of its grid after the confirmation (null for an organization without a grid). */
  check?: Maybe<LedgerCheck>;
  organization: Organization;
};

/** The coordinate system a ledger file's 经度/纬度 are given in (declared per file). */
export type CoordinateSystem =
  /** Baidu maps. */
  | 'bd09'
  /** The national offset system of AMap / Tencent maps. */
  | 'gcj02'
  /** GPS; what the atlas stores. */
  | 'wgs84';

/** Counts for one category / sub-kind. */
export type CoverageBreakdown = {
  __typename?: 'CoverageBreakdown';
  blankSpots: Scalars['Int']['output'];
  category: OrgCategory;
  excluded: Scalars['Int']['output'];
  gaps: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  organizational: Scalars['Int']['output'];
  organizationalRate?: Maybe<Scalars['Float']['output']>;
  /** Null on a category total. */
  subKind?: Maybe<OrgSubKind>;
  total: Scalars['Int']['output'];
  work: Scalars['Int']['output'];
};

export type CoverageConnection = {
  __typename?: 'CoverageConnection';
  edges: Array<CoverageEdge>;
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CoverageEdge = {
  __typename?: 'CoverageEdge';
  coverage: OrganizationCoverage;
  cursor: Scalars['String']['output'];
  node: Organization;
};

/** 组织覆盖 / 工作覆盖 / 无覆盖 */
export type CoverageKind =
  /** No party organization, no instructor, no mass organizations. */
  | 'none'
  /** Own, joint or attached party organization. */
  | 'organizational'
  /** No party organization, but an instructor or trade union / youth league / women's federation. */
  | 'work';

/** Which list `blankSpots` returns. */
export type CoverageListKind =
  /** 空白点: active, neither organizational nor work coverage. */
  | 'blank_spot'
  /** Blank spots and gaps. */
  | 'blank_spot_or_gap'
  /** Zombie and deregistered organizations, to clean up (seed 000 art. 7). */
  | 'excluded'
  /** 未达标: active, a required member / party organization missing (may have work coverage). */
  | 'gap';

/** One rule that applies to an organization, and whether it is met. */
export type CoverageRequirement = {
  __typename?: 'CoverageRequirement';
  article: Scalars['String']['output'];
  count?: Maybe<Scalars['Int']['output']>;
  /** An unmet requirement of this kind makes the organization a gap. */
  gapKind: Scalars['Boolean']['output'];
  kind: RequirementKind;
  met: Scalars['Boolean']['output'];
  /** e.g. 从业人员112人, 从业人员100人以上的非公企业须建立党组织 (000 第六条); 尚未建立 */
  reason: LocalizedText;
  rule: Scalars['String']['output'];
};

/** A ledger snapshot: coverage of every organization under one profile at a date. */
export type CoverageSnapshot = {
  __typename?: 'CoverageSnapshot';
  blankSpots: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  gaps: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
  organizational: Scalars['Int']['output'];
  /** Active organizations (zombie and deregistered ones are not counted). */
  organizations: Scalars['Int']['output'];
  profile: Scalars['String']['output'];
  /** Counts per district, subdistrict or grid (all three when `kind` is omitted). */
  scopes: Array<SnapshotScopeCounts>;
  takenOn: Scalars['Date']['output'];
  work: Scalars['Int']['output'];
};


/** A ledger snapshot: coverage of every organization under one profile at a date. */
export type CoverageSnapshotScopesArgs = {
  kind?: InputMaybe<Scalars['String']['input']>;
};

/** Coverage of the active organizations in an area under one profile. */
export type CoverageSummary = {
  __typename?: 'CoverageSummary';
  /** Holds active organizations and none of them is covered. */
  blankArea: Scalars['Boolean']['output'];
  blankSpots: Scalars['Int']['output'];
  byCategory: Array<CoverageBreakdown>;
  bySubKind: Array<CoverageBreakdown>;
  excluded: Scalars['Int']['output'];
  /** Computed over the organizations an OrganizationFilter keeps (not the whole area). */
  filtered: Scalars['Boolean']['output'];
  gaps: Scalars['Int']['output'];
  /** Distinct instructors assigned now to organizations in the area. */
  instructorsAssigned: Scalars['Int']['output'];
  /** Instructors the profile's ratio asks for, for the organizations without a party organization. */
  instructorsNeeded?: Maybe<Scalars['Int']['output']>;
  jointOverLimit: Array<JointOverLimit>;
  /** Formal party members in active organizations. */
  members: Scalars['Int']['output'];
  organizational: Scalars['Int']['output'];
  organizationalRate?: Maybe<Scalars['Float']['output']>;
  profile: Scalars['String']['output'];
  /** Active organizations some member / party-organization rule applies to. */
  required: Scalars['Int']['output'];
  sizeClasses: Array<SizeClassCount>;
  standalone: Scalars['Int']['output'];
  targets: Array<TargetStatus>;
  /** Active organizations (zombie and deregistered excluded). */
  total: Scalars['Int']['output'];
  withInstructor: Scalars['Int']['output'];
  work: Scalars['Int']['output'];
  /** Work coverage / active organizations without a party organization. */
  workRate?: Maybe<Scalars['Float']['output']>;
};

export type CreateGridInput = {
  boundary: Scalars['GeoJSON']['input'];
  /** Defaults to a code derived from the subdistrict's. */
  code?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<GridKind>;
  managerName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Nest the grid inside this grid (seed 003: area > unit > basic grids). */
  parentGridId?: InputMaybe<Scalars['ID']['input']>;
  subdistrictId: Scalars['ID']['input'];
};

export type CreateOrganizationInput = {
  /** name and subKind are required. */
  facts: OrganizationFactsInput;
  place: OrganizationPlaceInput;
  status?: InputMaybe<OrgStatus>;
};

export type CreateServiceCenterInput = {
  /** name and level are required; the radius defaults to 400 m (a 5-minute walk). */
  facts: ServiceCenterFactsInput;
  location: PointInput;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
  scopes: Array<ScopeInput>;
  username: Scalars['String']['input'];
};

export type CreateWorkstationInput = {
  /** One workstation per building. */
  buildingId: Scalars['ID']['input'];
  /** name is required. */
  facts: WorkstationFactsInput;
};

export type DeletedOrganization = {
  __typename?: 'DeletedOrganization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** An organization an instructor would look after. */
export type DeployedOrganization = {
  __typename?: 'DeployedOrganization';
  /** Metres to the group's centre. */
  distanceM: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Its version (expectedVersion of assignInstructor when accepting). */
  version: Scalars['Int']['output'];
};

/** An organization of an instructor's group as the plan read it. */
export type DeployedOrganizationInput = {
  /** Its version in the plan (DeployedOrganization.version); a change since is a CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};

/** 区 / 县 */
export type District = Node & {
  __typename?: 'District';
  boundary?: Maybe<Scalars['GeoJSON']['output']>;
  /** 6-digit administrative division code, e.g. 110113. */
  code: Scalars['String']['output'];
  coverageSummary: CoverageSummary;
  id: Scalars['ID']['output'];
  instructors: Array<Instructor>;
  name: Scalars['String']['output'];
  organizations: OrganizationConnection;
  /** Ordered by id; `first` (0-1000, omitted: all) and `after` (id of the last one seen) page them. */
  partyOrganizations: Array<PartyOrganization>;
  /** Ordered by id; paged like `District.partyOrganizations`. */
  serviceCenters: Array<ServiceCenter>;
  /** Ordered by id; `first` (0-1000, omitted: all) and `after` (the id of the last one seen) page them. */
  subdistricts: Array<Subdistrict>;
  workstations: Array<BuildingWorkstation>;
};


/** 区 / 县 */
export type DistrictCoverageSummaryArgs = {
  profile?: InputMaybe<Scalars['String']['input']>;
};


/** 区 / 县 */
export type DistrictInstructorsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 区 / 县 */
export type DistrictOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 区 / 县 */
export type DistrictPartyOrganizationsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jointOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** 区 / 县 */
export type DistrictServiceCentersArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 区 / 县 */
export type DistrictSubdistrictsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EditOptions = {
  /** Clip overlapping sibling grids instead of refusing; the result lists them. */
  clipNeighbours?: InputMaybe<Scalars['Boolean']['input']>;
  crs?: InputMaybe<InputCrs>;
  /** Tolerance in metres for 'inside the parent' and 'no overlap with siblings' (default 1 m, server setting ATLAS_EDIT_TOLERANCE_M; at most 50). */
  toleranceMeters?: InputMaybe<Scalars['Float']['input']>;
};

/** An error a save would get, as in the GraphQL error's `extensions`. */
export type EditRefusal = {
  __typename?: 'EditRefusal';
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  /** For a FORBIDDEN save, the grids it would change that the caller may not. */
  gridIds?: Maybe<Array<Scalars['ID']['output']>>;
  message: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** For a tiling refusal, every violation found. */
  violations?: Maybe<Array<TilingViolation>>;
  /** Where (a Point or the offending (Multi)Polygon) if the refusal has a place. */
  where?: Maybe<Scalars['GeoJSON']['output']>;
  /** For a save refused as out of scope: who could make it. */
  whoCan?: Maybe<WhoCan>;
};

/** The `extensions.code` every GraphQL error of this API carries. */
export type ErrorCode =
  /** The HTTP request is malformed: not JSON, too large, no query (HTTP 400 or 413). */
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  /**
   * Someone changed the object since the request read it. A stale grid save carries a
   * `GridVersionConflict` in `extensions`; a stale profile save carries `currentVersion`.
   */
  | 'CONFLICT'
  | 'FORBIDDEN'
  /** The document is not GraphQL, or has more tokens or characters than the server accepts. */
  | 'GRAPHQL_PARSE_FAILED'
  /** The document does not match the schema or exceeds a depth, alias, directive or cost limit. */
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NOT_FOUND'
  /** `operationName` names no operation of the document. */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** Automatic persisted queries: the hash is unknown; send the query with it. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Automatic persisted queries are turned off on this server. */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** A statement ran longer than the server's statement timeout; nothing was changed. Narrow the request. */
  | 'QUERY_TIMEOUT'
  /** Too many attempts (sign-in throttling); `extensions.retryAfterSeconds` says when to retry. */
  | 'RATE_LIMITED'
  /**
   * The database is unreachable or restarting (the server engine); nothing of the request was saved
   * unless a reload shows it. Retry after `extensions.retryAfterSeconds` (HTTP 503 with Retry-After).
   */
  | 'SERVICE_UNAVAILABLE'
  | 'UNAUTHENTICATED';

/** One field a write changes, with its value before and after. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  field: Scalars['String']['output'];
};

export type FoundPartyOrganizationInput = {
  foundedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Defaults: STANDALONE -> STANDALONE, JOINT -> REGIONAL, ATTACHED -> VILLAGE_ENTERPRISE. */
  foundingMode?: InputMaybe<FoundingMode>;
  /** Formal members enrolled; decides the kind (committee / general branch / branch). */
  memberCount: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  secretary?: InputMaybe<Scalars['String']['input']>;
  setup: PartyOrgSetup;
  /** The member units (a standalone one: exactly one). None may belong to another party organization now. */
  unitIds: Array<Scalars['ID']['input']>;
};

/** Founding modes (seed 001). */
export type FoundingMode =
  /** 派员帮建 */
  | 'dispatched'
  /** 行业统建 */
  | 'industry_wide'
  /** 龙头领建 */
  | 'leading_enterprise'
  /** 园区联建 */
  | 'park_joint'
  /** 区域合建 */
  | 'regional'
  /** 单独组建 */
  | 'standalone'
  /** 村企联建 */
  | 'village_enterprise';

export type Grid = Audited & Node & {
  __typename?: 'Grid';
  boundary?: Maybe<Scalars['GeoJSON']['output']>;
  /** The boundary as it was at `at` (null if the grid did not exist then). */
  boundaryAsOf?: Maybe<Scalars['GeoJSON']['output']>;
  /**
   * Ordered by id. `first` (0-1000; omitted: all) keeps that many per grid, also when many grids
   * are asked at once; `after` is the id of the last building seen (keyset paging).
   */
  buildings: Array<Building>;
  /** May the signed-in user edit this grid (the map shows edit tools only then)? */
  canEdit: Scalars['Boolean']['output'];
  children: Array<Grid>;
  code: Scalars['String']['output'];
  /** Includes the grids nested in it. */
  coverageSummary: CoverageSummary;
  /** This grid's changes, newest first. */
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  kind: GridKind;
  ledgerCheck: LedgerCheck;
  managerName?: Maybe<Scalars['String']['output']>;
  /**
   * The users whose scope is this grid (its 网格长 and 网格员), ordered by id, disabled users left
   * out. Null when the caller may not see them: planners see every grid's; district and subdistrict
   * administrators and grid managers those of the grids in their scope; analysts none.
   */
  managers?: Maybe<Array<User>>;
  name: Scalars['String']['output'];
  organizations: OrganizationConnection;
  parent?: Maybe<Grid>;
  subdistrict: Subdistrict;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** Optimistic-lock version; a boundary save names the version it started from. */
  version: Scalars['Int']['output'];
};


export type GridBoundaryAsOfArgs = {
  at: Scalars['DateTime']['input'];
};


export type GridBuildingsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GridChildrenArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GridCoverageSummaryArgs = {
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type GridHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type GridOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type GridBoundariesInput = {
  /** 1 to 50 grids of one subdistrict (siblings: same parent grid). */
  changes: Array<GridBoundaryChange>;
  crs?: InputMaybe<InputCrs>;
  /**
   * Versions of neighbours as the client saw them (e.g. from `previewGridEdit`); a neighbour the
   * save would adjust whose version differs fails the save with CONFLICT. Unlisted neighbours are
   * adjusted at their current version.
   */
  neighbourVersions?: InputMaybe<Array<GridVersionInput>>;
  neighbours?: InputMaybe<NeighbourMode>;
  /** Shown in the audit log with the change. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** One grid's new boundary in a multi-grid save: every part of it (a MultiPolygon keeps all its parts). */
export type GridBoundaryChange = {
  /** Polygon or MultiPolygon (WGS84 unless `crs` says otherwise). */
  boundary: Scalars['GeoJSON']['input'];
  /** The version the edit started from; any stale one fails the whole save with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  gridId: Scalars['ID']['input'];
};

/** How one grid would change in a previewed save. */
export type GridChangePreview = {
  __typename?: 'GridChangePreview';
  areaAfterM2: Scalars['Float']['output'];
  areaBeforeM2: Scalars['Float']['output'];
  boundaryAfter: Scalars['GeoJSON']['output'];
  /** True for a grid listed in `changes`, false for a neighbour the save adjusts. */
  explicit: Scalars['Boolean']['output'];
  grid: Grid;
  versionBefore: Scalars['Int']['output'];
};

/**
 * What a save would do, computed in a transaction that is rolled back (nothing written, no audit).
 * `refusal` is the error the save would get (code, reason, message, where) or null if it would pass.
 */
export type GridEditPreview = {
  __typename?: 'GridEditPreview';
  buildingCount: Scalars['Int']['output'];
  buildingMoves: Array<BuildingMovePreview>;
  grids: Array<GridChangePreview>;
  /** The neighbours the save adjusts (not listed in `changes`). */
  neighbourGridIds: Array<Scalars['ID']['output']>;
  ok: Scalars['Boolean']['output'];
  organizationCount: Scalars['Int']['output'];
  organizationMoves: Array<OrganizationMovePreview>;
  refusal?: Maybe<EditRefusal>;
};

/** What an edit changed: the grids written (new versions), neighbours clipped, grids removed, what moved. */
export type GridEditResult = {
  __typename?: 'GridEditResult';
  /** Neighbours the save adjusted (NeighbourMode.ADJUST), also listed in `grids`. */
  adjusted: Array<Grid>;
  /** The audit group of this save: every entry it wrote carries it; `revertChange` of any of them reverts all. */
  changeId?: Maybe<Scalars['ID']['output']>;
  clipped: Array<Grid>;
  grids: Array<Grid>;
  /** Every organization whose grid changed; their coverage is already recomputed. */
  movedOrganizationIds: Array<Scalars['ID']['output']>;
  moves: Array<BuildingMove>;
  removedGridIds: Array<Scalars['ID']['output']>;
};

/** 片区网格 > 单元网格 > 基础网格 (seed 003) */
export type GridKind =
  | 'area'
  | 'basic'
  | 'unit';

/** The managers of one grid, by display name. */
export type GridManagerNames = {
  __typename?: 'GridManagerNames';
  gridId: Scalars['ID']['output'];
  gridName: Scalars['String']['output'];
  names: Array<Scalars['String']['output']>;
};

/**
 * What `extensions` of a CONFLICT error carries, beside `code`, when a grid save (update, split,
 * merge, revert) started from a version someone else has since replaced: enough to show who changed
 * the grid and when, and to reload and reapply the edit. No field returns it; it is declared so the
 * server and the web share one shape (server: editing/grids.sql.ts `staleVersion`).
 */
export type GridVersionConflict = {
  __typename?: 'GridVersionConflict';
  /** The grid's boundary now. */
  currentBoundary?: Maybe<Scalars['GeoJSON']['output']>;
  /** The grid's version now. */
  currentVersion: Scalars['Int']['output'];
  /** The version the save started from. */
  expectedVersion: Scalars['Int']['output'];
  gridId: Scalars['ID']['output'];
  /** When the current version was saved. */
  updatedAt: Scalars['DateTime']['output'];
  /** Who saved the current version (username), if known. */
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** A version the client has seen of a grid it does not change explicitly (a neighbour the save may adjust). */
export type GridVersionInput = {
  expectedVersion: Scalars['Int']['input'];
  gridId: Scalars['ID']['input'];
};

/** What an import does when some rows are rejected. */
export type ImportMode =
  /** Nothing is written unless every row is valid (the default). */
  | 'all_or_nothing'
  /** The valid rows are written; the rejected ones are reported. */
  | 'valid_only';

export type IndustryCount = {
  __typename?: 'IndustryCount';
  count: Scalars['Int']['output'];
  industry: Scalars['String']['output'];
};

/** The coordinate system a boundary was drawn in; GCJ-02 and BD-09 are converted to WGS84 on arrival. */
export type InputCrs =
  | 'bd09'
  | 'gcj02'
  | 'wgs84';

/** 党建工作指导员 */
export type Instructor = Node & {
  __typename?: 'Instructor';
  id: Scalars['ID']['output'];
  isPartTime: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Organizations assigned now. */
  organizations: Array<Organization>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type InstructorDeploymentOptions = {
  /** An instructor's organizations lie within this many metres of its centre (default 3000, at most 5000). */
  radiusM?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Names this run so Query.planRunProgress can report on it while it computes (1-64 letters,
   * digits or dashes, chosen by the client; per user).
   */
  runId?: InputMaybe<Scalars['String']['input']>;
  /** Wall-clock limit in milliseconds (default 10000, at most 30000). */
  timeLimitMs?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Instructor deployment (党建工作指导员, issue 18): organizations that need work coverage grouped per
 * subdistrict into loads of at most the profile's orgsPerInstructor, kept close together, given to
 * instructors with room (nearest first, then idle ones), and the instructors still needed.
 * Accepting a proposal (acceptInstructorDeployment) is assignInstructor for each organization,
 * all in one transaction (audited there).
 */
export type InstructorDeploymentPlan = {
  __typename?: 'InstructorDeploymentPlan';
  /** Organizations of the scope that need work coverage. */
  candidates: Scalars['Int']['output'];
  complete: Scalars['Boolean']['output'];
  elapsedMs: Scalars['Int']['output'];
  /** More instructors the scope needs. */
  instructorsNeeded: Scalars['Int']['output'];
  /** Instructors of the scope's districts below the load limit. */
  instructorsWithRoom: Scalars['Int']['output'];
  /** The profile's orgsPerInstructor. */
  loadLimit: Scalars['Int']['output'];
  profileKey: Scalars['String']['output'];
  proposals: Array<InstructorDeploymentProposal>;
  radiusM: Scalars['Int']['output'];
};

/** Organizations proposed for one instructor: one already in post, or one more that is needed. */
export type InstructorDeploymentProposal = {
  __typename?: 'InstructorDeploymentProposal';
  centreLat: Scalars['Float']['output'];
  centreLon: Scalars['Float']['output'];
  explanation: PlanText;
  farthestMemberM: Scalars['Float']['output'];
  /** Null: no instructor of the district has room; one more is needed. */
  instructorId?: Maybe<Scalars['ID']['output']>;
  instructorName?: Maybe<Scalars['String']['output']>;
  /** assign:<instructor id>, or new:<seat organization id> when no instructor is free. */
  key: Scalars['String']['output'];
  loadAfter: Scalars['Int']['output'];
  loadBefore: Scalars['Int']['output'];
  organizations: Array<DeployedOrganization>;
  subdistrictId: Scalars['ID']['output'];
};

/** Every assignment an accepted deployment made (or, with dryRun, would make). */
export type InstructorDeploymentResult = {
  __typename?: 'InstructorDeploymentResult';
  assignments: Array<InstructorEditResult>;
  dryRun: Scalars['Boolean']['output'];
};

export type InstructorEditResult = {
  __typename?: 'InstructorEditResult';
  coverageAfter?: Maybe<OrganizationCoverage>;
  coverageBefore?: Maybe<OrganizationCoverage>;
  dryRun: Scalars['Boolean']['output'];
  instructor: Instructor;
  /** Organizations the instructor looks after now, against the profile's load (orgsPerInstructor). */
  load: Scalars['Int']['output'];
  loadLimit?: Maybe<Scalars['Int']['output']>;
  organization: Organization;
  /** The organization's version after the write. */
  version: Scalars['Int']['output'];
  /** Set when the load is over the profile's ratio (a warning, the assignment still happens). */
  warning?: Maybe<LocalizedText>;
};

/**
 * One instructor's proposed group (an InstructorDeploymentProposal): either an instructor in post
 * (`instructorId`) or, for a group that needs one more instructor, `newInstructor` (exactly one of
 * the two).
 */
export type InstructorGroupInput = {
  /** The instructor's load the plan read (loadBefore); a change since is a CONFLICT. */
  expectedLoad?: InputMaybe<Scalars['Int']['input']>;
  instructorId?: InputMaybe<Scalars['ID']['input']>;
  /** Creates the instructor in the group's subdistrict (its organizations must share one) and assigns them. */
  newInstructor?: InputMaybe<NewInstructorInput>;
  organizations: Array<DeployedOrganizationInput>;
};

/** Organizations proposed to join an existing joint branch that has room nearby. */
export type JointBranchAttachment = {
  __typename?: 'JointBranchAttachment';
  /** The joining units' activity funds (null: the profile sets no amounts). */
  cost?: Maybe<PlanCost>;
  engine: PlanEngine;
  explanation: PlanText;
  farthestMemberM: Scalars['Float']['output'];
  key: Scalars['String']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  members: Array<PlannedMember>;
  name: Scalars['String']['output'];
  partyOrganizationId: Scalars['ID']['output'];
  room: Scalars['Int']['output'];
  subdistrictId: Scalars['ID']['output'];
  unitsBefore: Scalars['Int']['output'];
  /** The party organization's version the plan read (expectedVersion when accepting). */
  version: Scalars['Int']['output'];
};

export type JointBranchPlan = {
  __typename?: 'JointBranchPlan';
  attachments: Array<JointBranchAttachment>;
  /** Organizations that need organizational coverage and have no standalone prospect. */
  candidates: Scalars['Int']['output'];
  /** False when the time limit cut the search short (the answer is still valid). */
  complete: Scalars['Boolean']['output'];
  /** Years the costs run over (the profile's startupYears; null: the profile sets no amounts). */
  costYears?: Maybe<Scalars['Int']['output']>;
  /** Cost of the proposals and attachments per subdistrict (empty: the profile sets no amounts). */
  costs: Array<SubdistrictCost>;
  elapsedMs: Scalars['Int']['output'];
  profileKey: Scalars['String']['output'];
  proposals: Array<JointBranchProposal>;
  quality: PlanQuality;
  radiusM: Scalars['Int']['output'];
  ungrouped: Array<UngroupedOrganization>;
  unitLimit: Scalars['Int']['output'];
};

/**
 * Planning help (issue 18): the system proposes, the planner decides. Every field here is a
 * read-only proposal computed on demand from the materialized coverage of one policy profile;
 * nothing is written. Work is bounded: a scope of at most 200,000 organizations and a time limit
 * (the answer says whether it was cut short).
 */
export type JointBranchPlanOptions = {
  /** Metres a new branch must save to be worth founding (default 300). */
  branchCostM?: InputMaybe<Scalars['Int']['input']>;
  /** Solve parts up to this many organizations exactly with HiGHS too (default 50, 0 = never). */
  exactMaxOrgs?: InputMaybe<Scalars['Int']['input']>;
  /** Extra metres charged for a member of another industry (half for a similar one; default 300). */
  industryPenaltyM?: InputMaybe<Scalars['Int']['input']>;
  /** Member-to-seat radius in metres (default 1000, at most 5000). */
  radiusM?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Names this run so Query.planRunProgress can report on it while it computes (1-64 letters,
   * digits or dashes, chosen by the client; per user).
   */
  runId?: InputMaybe<Scalars['String']['input']>;
  /** Wall-clock limit in milliseconds (default 10000, at most 30000). */
  timeLimitMs?: InputMaybe<Scalars['Int']['input']>;
};

/** A proposed new joint party branch (联合党支部), at most the profile's unit limit. */
export type JointBranchProposal = {
  __typename?: 'JointBranchProposal';
  /** What founding it would cost (null: the profile sets no amounts). */
  cost?: Maybe<PlanCost>;
  engine: PlanEngine;
  explanation: PlanText;
  farthestMemberM: Scalars['Float']['output'];
  formalMembers: Scalars['Int']['output'];
  industries: Array<IndustryCount>;
  /** Stable key: new:<seat organization id>. */
  key: Scalars['String']['output'];
  /** Every member unit, the seat included, nearest first. */
  members: Array<PlannedMember>;
  reasons: Array<ProposalReason>;
  seat: PlannedMember;
  subdistrictId: Scalars['ID']['output'];
  totalDistanceM: Scalars['Float']['output'];
  unitCount: Scalars['Int']['output'];
};

/** A joint party organization with more member units than the profile allows. */
export type JointOverLimit = {
  __typename?: 'JointOverLimit';
  limit: Scalars['Int']['output'];
  partyOrganization: PartyOrganization;
  units: Scalars['Int']['output'];
};

/**
 * The semiannual check of one grid's ledger (seed 000 art. 13: the ledger is refreshed mid-June and
 * mid-November): every organization is confirmed unchanged or corrected after the last snapshot.
 */
export type LedgerCheck = {
  __typename?: 'LedgerCheck';
  /** Of those, confirmed or corrected since the snapshot was taken. */
  checked: Scalars['Int']['output'];
  /** Organizations to check: all of the grid but deregistered ones. */
  organizations: Scalars['Int']['output'];
  /** The ones still to check, by name; `first` is 0..500. */
  pending: Array<Organization>;
  /** The snapshot the check counts from (the latest); null when none was taken yet: all are due. */
  since?: Maybe<CoverageSnapshot>;
};


/**
 * The semiannual check of one grid's ledger (seed 000 art. 13: the ledger is refreshed mid-June and
 * mid-November): every organization is confirmed unchanged or corrected after the last snapshot.
 */
export type LedgerCheckPendingArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A generated file in base64 (.xlsx). */
export type LedgerFile = {
  __typename?: 'LedgerFile';
  contentBase64: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  mimeType: Scalars['String']['output'];
  /** Organizations in the file. */
  rows: Scalars['Int']['output'];
};

/** A file sent inline: its name (.xlsx or .csv) and its bytes in base64. */
export type LedgerFileInput = {
  contentBase64: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** What an import found and did. */
export type LedgerImportReport = {
  __typename?: 'LedgerImportReport';
  /** True when the ledger was changed (false for a dry run or a refused file). */
  applied: Scalars['Boolean']['output'];
  crs: CoordinateSystem;
  dryRun: Scalars['Boolean']['output'];
  /** The first 1,000 errors by row. */
  errors: Array<LedgerRowError>;
  /** Errors found beyond those listed. */
  errorsOmitted: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  inserted: Scalars['Int']['output'];
  mode: ImportMode;
  /** Data rows checked (0 when the file was refused as a whole: too large, too many rows). */
  processedRows: Scalars['Int']['output'];
  rejectedRows: Scalars['Int']['output'];
  /** Data rows read below the header (reading stops just past the row limit). */
  rows: Scalars['Int']['output'];
  /** Valid rows identical to the ledger (a re-import changes nothing). */
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  validRows: Scalars['Int']['output'];
};

/** Why one cell of one row was rejected. */
export type LedgerRowError = {
  __typename?: 'LedgerRowError';
  /** The column's header as in the file. */
  column: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Machine-readable reason, e.g. USCC_CHECKSUM, DUPLICATE_IN_FILE, OUTSIDE_DISTRICT. */
  reason: Scalars['String']['output'];
  /** Row number in the sheet, 1-based as the spreadsheet shows it. */
  row: Scalars['Int']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type LocalizedText = {
  __typename?: 'LocalizedText';
  en: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

/** Organizations aggregated into a square cell of the viewport (low zoom). */
export type MapCell = {
  __typename?: 'MapCell';
  blankSpots: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  gaps: Scalars['Int']['output'];
  lat: Scalars['Float']['output'];
  /** Mean position of the organizations in the cell. */
  lon: Scalars['Float']['output'];
};

/** One grid of the choropleth, with the counts its rate is made of. */
export type MapGrid = {
  __typename?: 'MapGrid';
  /** Active organizations with neither coverage (空白点). */
  blankSpots: Scalars['Int']['output'];
  boundary?: Maybe<Scalars['GeoJSON']['output']>;
  code: Scalars['String']['output'];
  /** Active organizations missing required coverage (未达标); may overlap blank spots and work. */
  gaps: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Active organizations with organizational coverage. */
  organizational: Scalars['Int']['output'];
  /** Active organizations (operating or suspended) in the grid. */
  organizations: Scalars['Int']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** organizational / organizations; null when the grid holds no active organization. */
  rate?: Maybe<Scalars['Float']['output']>;
  subdistrictId: Scalars['ID']['output'];
  /** Active organizations with work coverage (and no organizational coverage). */
  work: Scalars['Int']['output'];
};

/** Where the map's figures come from, for the panel. */
export type MapInfo = {
  __typename?: 'MapInfo';
  /** An optional basemap (raster tile template or style URL) from ATLAS_BASEMAP_URL. */
  basemapUrl?: Maybe<Scalars['String']['output']>;
  /** The size limit of joint organizations in force (15 unless a profile says otherwise). */
  jointUnitLimit: Scalars['Int']['output'];
  /**
   * The policy profile whose evaluation the map shows; null while none has been evaluated (the
   * map then shows only blank spots as DOMAIN.md defines them, and no gaps).
   */
  profileKey?: Maybe<Scalars['String']['output']>;
  /** Metres walked per minute for the walking-time circles. */
  walkMetersPerMinute: Scalars['Float']['output'];
};

/** A joint party organization an organization could join: near, with room under the limit. */
export type MapJoinCandidate = {
  __typename?: 'MapJoinCandidate';
  /** Metres from the organization to the seat (or the nearest member without a seat). */
  distanceM: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Member units it can still take under the profile's limit. */
  room: Scalars['Int']['output'];
  /** A member unit works in the same industry (seed 000 art. 6: same or similar industry). */
  sameIndustry: Scalars['Boolean']['output'];
  unitCount: Scalars['Int']['output'];
};

/** A joint party organization (联合党支部) with its member units. */
export type MapJointBranch = {
  __typename?: 'MapJointBranch';
  /** A hull around the members and the seat, padded so that two units still make an area. */
  hull?: Maybe<Scalars['GeoJSON']['output']>;
  id: Scalars['ID']['output'];
  members: Array<MapJointMember>;
  name: Scalars['String']['output'];
  /** More member units than the profile's limit (seed 000 art. 6: generally <= 15). */
  overLimit: Scalars['Boolean']['output'];
  seatLat: Scalars['Float']['output'];
  /** Where it meets; the members' centroid when no seat is recorded. */
  seatLon: Scalars['Float']['output'];
  unitCount: Scalars['Int']['output'];
};

/** Either cells (aggregated, below zoom 14) or branches with members and hulls, never both. */
export type MapJointBranches = {
  __typename?: 'MapJointBranches';
  aggregated: Scalars['Boolean']['output'];
  branches: Array<MapJointBranch>;
  /** Cell edge in degrees when aggregated. */
  cellSize?: Maybe<Scalars['Float']['output']>;
  cells: Array<MapJointCell>;
  /**
   * Joint branches in view (the sum of the cells' branches when aggregated). With branches, at most
   * 100 are listed, those whose seat is nearest the view's centre: more than `branches` means zoom in.
   */
  total: Scalars['Int']['output'];
};

/**
 * Joint branches counted together in a square cell below zoom 14: each grid's branches placed at
 * the grid's point on surface, a branch recorded without a grid at its seat.
 */
export type MapJointCell = {
  __typename?: 'MapJointCell';
  /** Joint branches in force counted in the cell. */
  branches: Scalars['Int']['output'];
  lat: Scalars['Float']['output'];
  /** Mean position of those points in the cell, weighted by their branches. */
  lon: Scalars['Float']['output'];
  /** How many of them have more member units than the profile's limit. */
  overLimit: Scalars['Int']['output'];
  /** Their current member units together. */
  units: Scalars['Int']['output'];
};

export type MapJointMember = {
  __typename?: 'MapJointMember';
  id: Scalars['ID']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  status: MapOrgStatus;
};

/** Which organizations a point layer shows. */
export type MapOrgLayer =
  /** Blank spots (no coverage at all) and gaps (required organizational coverage missing). */
  | 'blank_spots'
  /** Active organizations outside every service-center circle. */
  | 'outside_centers';

export type MapOrgPoint = {
  __typename?: 'MapOrgPoint';
  id: Scalars['ID']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  status: MapOrgStatus;
};

/** An organization's coverage as the map colours it. */
export type MapOrgStatus =
  /** 空白点: neither organizational nor work coverage */
  | 'blank_spot'
  /** 未达标: required organizational coverage missing (may have work coverage) */
  | 'gap'
  /** Deregistered or zombie: counts for neither */
  | 'inactive'
  /** 组织覆盖 */
  | 'organizational'
  /** 工作覆盖 */
  | 'work';

/** Either cells (aggregated) or points, never both. */
export type MapOrganizations = {
  __typename?: 'MapOrganizations';
  aggregated: Scalars['Boolean']['output'];
  /** Cell edge in degrees when aggregated. */
  cellSize?: Maybe<Scalars['Float']['output']>;
  cells: Array<MapCell>;
  points: Array<MapOrgPoint>;
  total: Scalars['Int']['output'];
};

export type MapServiceCenter = {
  __typename?: 'MapServiceCenter';
  id: Scalars['ID']['output'];
  lat: Scalars['Float']['output'];
  level: ServiceCenterLevel;
  lon: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  serviceRadiusM: Scalars['Int']['output'];
};

/** A building with a workstation (商务楼宇工作站). */
export type MapWorkstation = {
  __typename?: 'MapWorkstation';
  blankSpots: Scalars['Int']['output'];
  buildingId: Scalars['ID']['output'];
  buildingName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  organizations: Scalars['Int']['output'];
};

/**
 * Moves one vertex shared by several grids (every grid of the subdistrict with a vertex within
 * `toleranceMeters` of `from`), then saves like `updateGridBoundaries` with ADJUST.
 */
export type MoveSharedVertexInput = {
  crs?: InputMaybe<InputCrs>;
  /** Versions of the grids as loaded; a grid holding the vertex at another version: CONFLICT. */
  expectedVersions: Array<GridVersionInput>;
  /** [lon, lat] of the vertex as loaded. */
  from: Array<Scalars['Float']['input']>;
  subdistrictId: Scalars['ID']['input'];
  /** [lon, lat] where it goes. */
  to: Array<Scalars['Float']['input']>;
  /** How close a grid's vertex must be to `from` to be the shared vertex (default 0.5 m, at most 5). */
  toleranceMeters?: InputMaybe<Scalars['Float']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Placeholder so concepts can `extend type Mutation`; always null. */
  _empty?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Accepts an instructor deployment, or one instructor's group of it: assignInstructor for every
   * organization (authorized, audited and the coverage refreshed there), all in ONE transaction,
   * with one `instructor.deployment.accept` audit entry per group (the instructor, its
   * organizations and load before and after) grouping the assignments' entries. A group with
   * `newInstructor` first creates the instructor (audited `instructor.create`).
   * All or nothing: an organization changed since the plan (its version), an instructor whose
   * load changed, or any refusal leaves nothing written. At most 500 organizations.
   */
  acceptInstructorDeployment: InstructorDeploymentResult;
  /**
   * Accepts a joint-branch proposal: founds the joint branch or adds the units to the existing
   * one through the ledger edits (audited). Units must lie in one subdistrict, as proposals do.
   */
  acceptJointBranchProposal: PartyOrganizationEditResult;
  /** Adds member units; a joint branch over the profile's limit is refused (OVER_JOINT_UNIT_LIMIT). */
  addPartyOrganizationUnits: PartyOrganizationEditResult;
  /** Assigns an instructor to an organization (`expectedVersion` is the organization's). */
  assignInstructor: InstructorEditResult;
  changePassword: Scalars['Boolean']['output'];
  /** Closes it (removed from the map; its last state stays in the audit log). */
  closeServiceCenter: ServiceCenterEditResult;
  closeWorkstation: WorkstationEditResult;
  /**
   * "Confirmed unchanged" (seed 000 art. 13): the caller checked the organization and its facts stand.
   * Scoped like an update; a stale `expectedVersion` (someone changed it since it was shown) is
   * CONFLICT. Audited; the version stays.
   */
  confirmOrganization: ConfirmOrganizationResult;
  createGrid: GridEditResult;
  /** Adds an organization to the ledger where the caller may write (issue 16). */
  createOrganization: OrganizationEditResult;
  /** Adds a profile (district administrators). The document is validated; coverage is computed. */
  createPolicyProfile: PolicyProfile;
  /**
   * Opens a 党群服务中心 (issue 16). District-level centers: district administrators; town and
   * street centers: administrators of the subdistrict the point lies in; community centers: whoever
   * may write the grid it lies in.
   */
  createServiceCenter: ServiceCenterEditResult;
  /** District administrators create users within their own scope. */
  createUser: User;
  /** Opens a 楼宇工作站 in a building; whoever may write the building's grid. */
  createWorkstation: WorkstationEditResult;
  /** Removes a deregistered organization from the ledger (set the status first); its history stays in the audit log. */
  deleteOrganization: DeletedOrganization;
  /** Dissolves it: every unit leaves on `dissolvedOn` (default today). */
  dissolvePartyOrganization: PartyOrganizationEditResult;
  /** Founds a party organization covering `unitIds` (issue 16); its kind follows the member count. */
  foundPartyOrganization: PartyOrganizationEditResult;
  /**
   * Imports a ledger sheet (.xlsx or .csv, Chinese headers of the one-enterprise-one-form sheet).
   * Every row is validated; the report lists every rejected row. Writers only (district,
   * subdistrict administrators, grid managers within their grids).
   */
  importLedger: LedgerImportReport;
  /** Merges `otherGridId` into `gridId` (adjacent siblings); the other grid is removed. */
  mergeGrids: GridEditResult;
  /** A new point, building or grid; the caller must be allowed to write where it lies now and where it goes. */
  moveOrganization: OrganizationEditResult;
  /** Moves it; the caller must be allowed to write where it is and where it goes. */
  moveServiceCenter: ServiceCenterEditResult;
  /** Moves a vertex shared by several grids in all of them at once (see MoveSharedVertexInput). */
  moveSharedVertex: GridEditResult;
  /** Moves it to another building (one without a workstation). */
  moveWorkstation: WorkstationEditResult;
  releaseInstructor: InstructorEditResult;
  removePartyOrganizationUnits: PartyOrganizationEditResult;
  /**
   * Undoes one recorded boundary change by restoring its `before` boundary on the current version
   * (validated like any edit; audited itself as grid.revert). An entry of a multi-grid save
   * (`changeId`) reverts the whole save: every grid it changed gets its boundary back, as one change.
   */
  revertChange: GridEditResult;
  /**
   * Undoes one recorded change of an organization (facts, status, place; from an edit or an import)
   * by restoring the fields it changed to their `before` values on the current version
   * (`expectedVersion`), validated and scoped like any edit; administrators only; audited as
   * organization.revert with the reverted entry named in the note.
   */
  revertOrganizationChange: OrganizationEditResult;
  /** Operating / suspended / zombie (goes to the clean-up list) / deregistered. */
  setOrganizationStatus: OrganizationEditResult;
  /** The only operation open without a token. Wrong username or password: UNAUTHENTICATED. */
  signIn: SignInPayload;
  /** Ends the current session; its token stops working at once. */
  signOut: Scalars['Boolean']['output'];
  /** Cuts a grid in two with a line drawn across it; the larger piece keeps the grid. */
  splitGrid: GridEditResult;
  /** Records a snapshot of the current coverage (district administrators). Date defaults to today. */
  takeCoverageSnapshot: CoverageSnapshot;
  /**
   * Saves several grids' boundaries at once, atomically (issue 13): one stale `expectedVersion`
   * fails all with CONFLICT; every grid changed (listed or adjusted) must be the caller's to change
   * (FORBIDDEN with `extensions.gridIds` otherwise); afterwards the grids tile the subdistrict
   * (BAD_USER_INPUT, reason TILING_GAP / TILING_OVERLAP with `where`, otherwise). Buildings and
   * organizations move, coverage is recomputed, one audit group (`changeId`).
   */
  updateGridBoundaries: GridEditResult;
  /**
   * Saves a new boundary. `expectedVersion` is the version the edit started from; if someone saved
   * since, CONFLICT with a `GridVersionConflict` (current boundary, version, who, when) in `extensions`.
   */
  updateGridBoundary: GridEditResult;
  /**
   * Corrects facts of the ledger. A stale `expectedVersion` is CONFLICT with the current values
   * (`extensions.current`), the current version, who saved it and when.
   */
  updateOrganization: OrganizationEditResult;
  /**
   * Replaces a profile's document if `version` is still current (CONFLICT otherwise); coverage is
   * recomputed in the same transaction. District administrators only.
   */
  updatePolicyProfile: PolicyProfile;
  /** Changes name, level, radius, floor area or address; a stale `expectedVersion` is CONFLICT. */
  updateServiceCenter: ServiceCenterEditResult;
  updateWorkstation: WorkstationEditResult;
};


export type MutationAcceptInstructorDeploymentArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  groups: Array<InstructorGroupInput>;
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAcceptJointBranchProposalArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: AcceptJointBranchInput;
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAddPartyOrganizationUnitsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
  unitIds: Array<Scalars['ID']['input']>;
};


export type MutationAssignInstructorArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  instructorId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationCloseServiceCenterArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCloseWorkstationArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationConfirmOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateGridArgs = {
  input: CreateGridInput;
  options?: InputMaybe<EditOptions>;
};


export type MutationCreateOrganizationArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: CreateOrganizationInput;
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreatePolicyProfileArgs = {
  document: Scalars['JSON']['input'];
};


export type MutationCreateServiceCenterArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: CreateServiceCenterInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkstationArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: CreateWorkstationInput;
};


export type MutationDeleteOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDissolvePartyOrganizationArgs = {
  dissolvedOn?: InputMaybe<Scalars['Date']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationFoundPartyOrganizationArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: FoundPartyOrganizationInput;
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportLedgerArgs = {
  crs?: InputMaybe<CoordinateSystem>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  file: LedgerFileInput;
  mode?: InputMaybe<ImportMode>;
};


export type MutationMergeGridsArgs = {
  expectedVersion: Scalars['Int']['input'];
  gridId: Scalars['ID']['input'];
  otherExpectedVersion: Scalars['Int']['input'];
  otherGridId: Scalars['ID']['input'];
  toleranceMeters?: InputMaybe<Scalars['Float']['input']>;
};


export type MutationMoveOrganizationArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  place: OrganizationPlaceInput;
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMoveServiceCenterArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  location: PointInput;
};


export type MutationMoveSharedVertexArgs = {
  input: MoveSharedVertexInput;
};


export type MutationMoveWorkstationArgs = {
  buildingId: Scalars['ID']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationReleaseInstructorArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  instructorId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRemovePartyOrganizationUnitsArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
  unitIds: Array<Scalars['ID']['input']>;
};


export type MutationRevertChangeArgs = {
  auditId: Scalars['ID']['input'];
  options?: InputMaybe<EditOptions>;
};


export type MutationRevertOrganizationChangeArgs = {
  auditId: Scalars['ID']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSetOrganizationStatusArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
  status: OrgStatus;
};


export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationSplitGridArgs = {
  crs?: InputMaybe<InputCrs>;
  expectedVersion: Scalars['Int']['input'];
  gridId: Scalars['ID']['input'];
  line: Scalars['GeoJSON']['input'];
  newName?: InputMaybe<Scalars['String']['input']>;
};


export type MutationTakeCoverageSnapshotArgs = {
  label?: InputMaybe<Scalars['String']['input']>;
  profile?: InputMaybe<Scalars['String']['input']>;
  takenOn?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationUpdateGridBoundariesArgs = {
  input: GridBoundariesInput;
};


export type MutationUpdateGridBoundaryArgs = {
  boundary: Scalars['GeoJSON']['input'];
  expectedVersion: Scalars['Int']['input'];
  gridId: Scalars['ID']['input'];
  options?: InputMaybe<EditOptions>;
};


export type MutationUpdateOrganizationArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  facts: OrganizationFactsInput;
  id: Scalars['ID']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdatePolicyProfileArgs = {
  document: Scalars['JSON']['input'];
  key: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateServiceCenterArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  facts: ServiceCenterFactsInput;
  id: Scalars['ID']['input'];
};


export type MutationUpdateWorkstationArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  expectedVersion: Scalars['Int']['input'];
  facts: WorkstationFactsInput;
  id: Scalars['ID']['input'];
};

/** A circle on the ground: a WGS84 point and a radius in metres. */
export type Near = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  meters: Scalars['Float']['input'];
};

/** What happens to neighbours that the changed boundaries do not list. */
export type NeighbourMode =
  /**
   * Land a changed grid releases goes to the sibling across the moved boundary (the one sharing the
   * longest border with that piece); land it takes is cut from the sibling that held it. The
   * adjusted neighbours get new versions and need the caller's write permission too.
   */
  | 'adjust'
  /** No neighbour changes: the listed boundaries must tile with the others by themselves, else BAD_USER_INPUT. */
  | 'exact';

/** An instructor created by accepting a deployment group (subdistrict administrators and above). */
export type NewInstructorInput = {
  /** Required, 1-40 characters (trimmed). */
  name: Scalars['String']['input'];
};

/** Every object with an identity; `node(id)` fetches any of them. */
export type Node = {
  /** Opaque global id, e.g. `Grid:12`. */
  id: Scalars['ID']['output'];
};

/** 新经济组织 / 新社会组织 */
export type OrgCategory =
  | 'new_economic'
  | 'new_social';

export type OrgStatus =
  | 'deregistered'
  | 'operating'
  | 'suspended'
  /** 僵尸型: to be deregistered from the ledger (seed 000 art. 7) */
  | 'zombie';

export type OrgSubKind =
  /** 基金会 */
  | 'foundation'
  /** 个体工商户 */
  | 'individual_business'
  /** 非公有制企业 */
  | 'non_public_enterprise'
  /** 民办非企业单位 */
  | 'private_non_enterprise'
  /** 社会团体 */
  | 'social_group'
  /** 社会中介组织 */
  | 'social_intermediary';

/** A non-public enterprise or social organization (两新组织). */
export type Organization = Audited & Node & {
  __typename?: 'Organization';
  activists: Scalars['Int']['output'];
  address?: Maybe<Scalars['String']['output']>;
  affiliation?: Maybe<Scalars['String']['output']>;
  building?: Maybe<Building>;
  /** May the signed-in user change this organization (the card shows edit controls only then)? */
  canEdit: Scalars['Boolean']['output'];
  /** May the signed-in user revert its changes (district and subdistrict administrators in scope)? */
  canRevert: Scalars['Boolean']['output'];
  category: OrgCategory;
  /** When someone last confirmed or corrected its facts (the semiannual check, seed 000 art. 13). */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  checkedBy?: Maybe<Scalars['String']['output']>;
  /** Its evaluation under a profile (key; default shunyi-2017). */
  coverage: OrganizationCoverage;
  district: District;
  employees: Scalars['Int']['output'];
  establishmentDirection?: Maybe<Scalars['String']['output']>;
  grid?: Maybe<Grid>;
  hasTradeUnion: Scalars['Boolean']['output'];
  hasWomensFederation: Scalars['Boolean']['output'];
  hasYouthLeague: Scalars['Boolean']['output'];
  /** This organization's changes, newest first (edits, imports, boundary moves). */
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  /** Industry code (law, accounting, express_delivery, ...). */
  industry: Scalars['String']['output'];
  /** Instructors assigned now. */
  instructors: Array<Instructor>;
  location?: Maybe<Scalars['GeoJSON']['output']>;
  memberUnits?: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  ownerIsMember: Scalars['Boolean']['output'];
  /** Formal party members. */
  partyMembers: Scalars['Int']['output'];
  /** The party organization it belongs to now (its own or a joint / attached one). */
  partyOrganization?: Maybe<PartyOrganization>;
  /** Annual revenue in yuan. */
  revenueYuan?: Maybe<Scalars['Float']['output']>;
  status: OrgStatus;
  subKind: OrgSubKind;
  subdistrict?: Maybe<Subdistrict>;
  updatedAt: Scalars['DateTime']['output'];
  /** Who saved the current version. */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** 统一社会信用代码 */
  uscc?: Maybe<Scalars['String']['output']>;
  /** Optimistic lock (issue 16): every edit names the version it started from (`expectedVersion`). */
  version: Scalars['Int']['output'];
};


/** A non-public enterprise or social organization (两新组织). */
export type OrganizationCoverageArgs = {
  profile?: InputMaybe<Scalars['String']['input']>;
};


/** A non-public enterprise or social organization (两新组织). */
export type OrganizationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  nodes: Array<Organization>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An organization evaluated under one profile. */
export type OrganizationCoverage = {
  __typename?: 'OrganizationCoverage';
  blankSpot: Scalars['Boolean']['output'];
  coverage: CoverageKind;
  /** Zombie or deregistered: counted for nothing, listed for clean-up. */
  excluded: Scalars['Boolean']['output'];
  gap: Scalars['Boolean']['output'];
  hasInstructor: Scalars['Boolean']['output'];
  hasMassOrganizations: Scalars['Boolean']['output'];
  profile: Scalars['String']['output'];
  requirements: Array<CoverageRequirement>;
  sizeClass?: Maybe<Scalars['String']['output']>;
  /** Its own party organization (not joint or attached). */
  standalone: Scalars['Boolean']['output'];
  /** The coverage in one sentence, with what is missing. */
  summary: LocalizedText;
};

export type OrganizationCoverageChange = {
  __typename?: 'OrganizationCoverageChange';
  after?: Maybe<OrganizationCoverage>;
  before?: Maybe<OrganizationCoverage>;
  organization: Organization;
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

/**
 * What an organization edit did (or, with `dryRun`, would do: nothing is written then): the
 * changed fields, and the organization's coverage under `profile` before and after, recomputed in
 * the same transaction.
 */
export type OrganizationEditResult = {
  __typename?: 'OrganizationEditResult';
  changes: Array<FieldChange>;
  coverageAfter?: Maybe<OrganizationCoverage>;
  coverageBefore?: Maybe<OrganizationCoverage>;
  dryRun: Scalars['Boolean']['output'];
  /** The organization as saved (as it is now for a dry run; null for a dry run of a create). */
  organization?: Maybe<Organization>;
  /** The version after the write (the same as before for a dry run). */
  version: Scalars['Int']['output'];
};

/**
 * The facts of the one-enterprise-one-form sheet (一企一表). On update only the fields given change;
 * an explicit null clears an optional one. Validated like a ledger row: a credit code with its
 * check character (GB 32100-2015), counts in range, party members <= employees.
 */
export type OrganizationFactsInput = {
  activists?: InputMaybe<Scalars['Int']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  /** 隶属关系 */
  affiliation?: InputMaybe<Scalars['String']['input']>;
  employees?: InputMaybe<Scalars['Int']['input']>;
  /** 组建方向 */
  establishmentDirection?: InputMaybe<Scalars['String']['input']>;
  hasTradeUnion?: InputMaybe<Scalars['Boolean']['input']>;
  hasWomensFederation?: InputMaybe<Scalars['Boolean']['input']>;
  hasYouthLeague?: InputMaybe<Scalars['Boolean']['input']>;
  /** An industry code (ledger/industries.ts), e.g. `it`, `law`, `express_delivery`. */
  industry?: InputMaybe<Scalars['String']['input']>;
  memberUnits?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 出资人是否党员 */
  ownerIsMember?: InputMaybe<Scalars['Boolean']['input']>;
  partyMembers?: InputMaybe<Scalars['Int']['input']>;
  revenueYuan?: InputMaybe<Scalars['Float']['input']>;
  /** The category follows from it (enterprises and individual businesses are new economic ones). */
  subKind?: InputMaybe<OrgSubKind>;
  /** 统一社会信用代码 */
  uscc?: InputMaybe<Scalars['String']['input']>;
};

/** Filters combine with AND. Ids are global ids of the matching type. */
export type OrganizationFilter = {
  bbox?: InputMaybe<BBox>;
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  category?: InputMaybe<OrgCategory>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** Inclusive upper bound of employees. */
  employeesMax?: InputMaybe<Scalars['Int']['input']>;
  /** Inclusive lower bound of employees. */
  employeesMin?: InputMaybe<Scalars['Int']['input']>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  hasPartyOrganization?: InputMaybe<Scalars['Boolean']['input']>;
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  near?: InputMaybe<Near>;
  /** Substring of the name, or a full credit code. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<OrgStatus>>;
  subKinds?: InputMaybe<Array<OrgSubKind>>;
  subdistrictId?: InputMaybe<Scalars['ID']['input']>;
};

export type OrganizationMovePreview = {
  __typename?: 'OrganizationMovePreview';
  fromGridId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  organizationId: Scalars['ID']['output'];
  toGridId?: Maybe<Scalars['ID']['output']>;
};

/**
 * Where an organization lies: a point, a building, a grid, or several of them, checked against each
 * other (a point given with a building or grid must lie in that grid; a building decides the grid).
 */
export type OrganizationPlaceInput = {
  buildingId?: InputMaybe<Scalars['ID']['input']>;
  /** The system the point was read in; GCJ-02 and BD-09 are converted to WGS84 on arrival. */
  crs?: InputMaybe<InputCrs>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  lat?: InputMaybe<Scalars['Float']['input']>;
  lon?: InputMaybe<Scalars['Float']['input']>;
};

/** Relay cursor pagination. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 党委 / 党总支 / 党支部 */
export type PartyOrgKind =
  | 'branch'
  | 'committee'
  | 'general_branch';

/** How a party organization covers its units (seed 000 art. 6, seed 001). */
export type PartyOrgSetup =
  /** 挂靠: units attached to a village / community party organization. */
  | 'attached'
  /** 联合党支部: several member units, at most the profile's joint unit limit. */
  | 'joint'
  /** 单独组建: one organization's own party organization. */
  | 'standalone';

export type PartyOrganization = Audited & Node & {
  __typename?: 'PartyOrganization';
  dissolvedOn?: Maybe<Scalars['Date']['output']>;
  district: District;
  foundedOn?: Maybe<Scalars['Date']['output']>;
  foundingMode: FoundingMode;
  grid?: Maybe<Grid>;
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  /** 挂靠: attached to a village / community party organization. */
  isAttached: Scalars['Boolean']['output'];
  /** 联合党支部: covers several member units. */
  isJoint: Scalars['Boolean']['output'];
  kind: PartyOrgKind;
  memberCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Where it meets. */
  seat?: Maybe<Scalars['GeoJSON']['output']>;
  secretary?: Maybe<Scalars['String']['output']>;
  unitCount: Scalars['Int']['output'];
  /** Current member units. */
  units: Array<Organization>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** Optimistic lock (issue 16). */
  version: Scalars['Int']['output'];
};


export type PartyOrganizationHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a party-organization write did or, with `dryRun`, would do. */
export type PartyOrganizationEditResult = {
  __typename?: 'PartyOrganizationEditResult';
  changes: Array<FieldChange>;
  /** Organizations whose coverage changed under `profile` (e.g. they leave the blank spots). */
  coverageChanges: Array<OrganizationCoverageChange>;
  dryRun: Scalars['Boolean']['output'];
  /** The kind the member count gives, and why. */
  kindReason?: Maybe<LocalizedText>;
  partyOrganization?: Maybe<PartyOrganization>;
  version: Scalars['Int']['output'];
};

/**
 * The place an organization put at a point of the map would take (issue 16: adding one by a click,
 * dragging one to a new place): snapped to the nearest building within `snapMeters` (the building's
 * location and grid, as `OrganizationPlaceInput.buildingId` resolves it), else the point itself in
 * the innermost grid containing it.
 */
export type PlaceAtPoint = {
  __typename?: 'PlaceAtPoint';
  /** The nearest building within snapMeters. */
  building?: Maybe<Building>;
  /** The building's distance from the point on the ground, in metres. */
  buildingDistanceM?: Maybe<Scalars['Float']['output']>;
  /** May the caller add an organization here or move one here (authorize.ts canPlaceOrganization)? */
  canPlaceOrganization: Scalars['Boolean']['output'];
  /** Null: the point lies outside every district (a create or move there is refused). */
  district?: Maybe<District>;
  /** The building's grid when snapped, else the innermost grid containing the point (null: unmanaged area). */
  grid?: Maybe<Grid>;
  lat: Scalars['Float']['output'];
  /** Where the organization would lie (WGS84): the building's location when snapped, else the point. */
  lon: Scalars['Float']['output'];
  /** A building lies within snapMeters: the place is that building. */
  snapped: Scalars['Boolean']['output'];
  subdistrict?: Maybe<Subdistrict>;
};

/**
 * Money a proposal would take under the profile's amounts (seed 000 art. 24), in yuan over the
 * profile's start-up period (startupYears, 2 in shunyi-2017): start-up funds of the new party
 * organization's kind each year, plus activity funds per formal member each year. A new branch is
 * costed with at least the members it needs to be founded (3).
 */
export type PlanCost = {
  __typename?: 'PlanCost';
  activityYuanPerYear: Scalars['Float']['output'];
  /** The kind a new party organization would be (null: units join an existing one). */
  kind?: Maybe<PartyOrgKind>;
  members: Scalars['Int']['output'];
  startupYuan: Scalars['Float']['output'];
  totalYuan: Scalars['Float']['output'];
};

/** How a part of the plan was solved. */
export type PlanEngine =
  /** HiGHS (MILP) found the best answer it could within the time limit. */
  | 'exact'
  /** Greedy seeding plus local search. */
  | 'heuristic';

/**
 * How good the plan is. objective = Σ member-to-seat cost (metres, plus the industry penalty) +
 * branch cost per new branch + a penalty per ungrouped organization; lowerBound is proven
 * (HiGHS's optimum where a part was solved exactly, a relaxation elsewhere).
 */
export type PlanQuality = {
  __typename?: 'PlanQuality';
  components: Scalars['Int']['output'];
  exactComponents: Scalars['Int']['output'];
  /** (objective - lowerBound) / objective: at most this far from the optimum. */
  gap: Scalars['Float']['output'];
  lowerBound: Scalars['Float']['output'];
  objective: Scalars['Float']['output'];
  provenOptimal: Scalars['Int']['output'];
  totalDistanceM: Scalars['Float']['output'];
};

/** What a plan run is doing (PlanRunProgress.phase). */
export type PlanRunPhase =
  /** Joint branches: HiGHS on the small parts farthest from their bound. */
  | 'exact'
  /** The answer is being sent (or was). */
  | 'finished'
  /** Instructors: grouping subdistrict by subdistrict. */
  | 'grouping'
  /** Reading the scope's coverage from the database. */
  | 'loading'
  /** Joint branches: one quick heuristic run per part, so an answer exists early. */
  | 'quick'
  /** Joint branches: restarts and seat swaps on each part while time remains. */
  | 'thorough';

/**
 * Progress of a plan run named by options.runId, polled while the plan request computes. parts
 * are what the phase goes through: parts of the candidates (groups that can reach each other,
 * never across subdistricts) for joint branches, subdistricts for instructors.
 */
export type PlanRunProgress = {
  __typename?: 'PlanRunProgress';
  /** Organizations searched in this phase so far, and in all. */
  done: Scalars['Int']['output'];
  elapsedMs: Scalars['Int']['output'];
  parts?: Maybe<Scalars['Int']['output']>;
  partsDone?: Maybe<Scalars['Int']['output']>;
  phase: PlanRunPhase;
  runId: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** Text in both languages of the product. */
export type PlanText = {
  __typename?: 'PlanText';
  en: Scalars['String']['output'];
  zh: Scalars['String']['output'];
};

/** An organization in a proposal. */
export type PlannedMember = {
  __typename?: 'PlannedMember';
  /** Metres to the seat (0 for the seat). */
  distanceM: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  industry: Scalars['String']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  partyMembers: Scalars['Int']['output'];
};

/**
 * The planner's lists (issue 15): what a scope holds that needs action, as sorted pages of rows with
 * a count, the same rows as the map draws (policy's materialized coverage, the map's service
 * circles). The same rows as a file: GET /lists/export.xlsx (or .csv) with the same arguments.
 */
export type PlannerList =
  /** 空白点: active organizations with neither organizational nor work coverage. */
  | 'blank_spots'
  /**
   * 未达标: active organizations missing required coverage (a blank spot may be one too; its
   * status then says BLANK_SPOT, the worse, as on the map).
   */
  | 'gaps'
  /**
   * Active organizations without a party organization that have a joint party organization
   * (联合党支部) with room under the profile's limit within `withinMeters`: the best one per row
   * (same industry first, then nearest), as the organization's card suggests.
   */
  | 'join_candidates'
  /** Active organizations outside every service-center circle (own radius or walking time). */
  | 'outside_centers'
  /** Buildings with a workstation (商务楼宇工作站), with the organizations they hold. */
  | 'workstations';

/** How many rows each list holds for a scope (the panel's counts). */
export type PlannerListCounts = {
  __typename?: 'PlannerListCounts';
  blankSpots: Scalars['Int']['output'];
  gaps: Scalars['Int']['output'];
  joinCandidates: Scalars['Int']['output'];
  outsideCenters: Scalars['Int']['output'];
  workstations: Scalars['Int']['output'];
};

/** The arguments every list and its count share. */
export type PlannerListInput = {
  descending?: InputMaybe<Scalars['Boolean']['input']>;
  /** Narrows organization lists (not WORKSTATIONS) as it narrows the map's points. */
  filter?: InputMaybe<OrganizationFilter>;
  list: PlannerList;
  profileKey?: InputMaybe<Scalars['String']['input']>;
  /** OUTSIDE_CENTERS: each center's own radius, or a walking time. */
  reach?: InputMaybe<ReachInput>;
  /** A District, Subdistrict or Grid id (a grid includes its nested grids). */
  scope: Scalars['ID']['input'];
  /** Default: DISTANCE for JOIN_CANDIDATES, BLANK_SPOTS (descending) for WORKSTATIONS, else GRID. */
  sort?: InputMaybe<PlannerListSort>;
  /** JOIN_CANDIDATES: how far a branch may be (metres, 1-5000). */
  withinMeters?: InputMaybe<Scalars['Int']['input']>;
};

export type PlannerListPage = {
  __typename?: 'PlannerListPage';
  /** Cursors are opaque positions in this order; pass endCursor as `after`. */
  pageInfo: PageInfo;
  rows: Array<PlannerListRow>;
  totalCount: Scalars['Int']['output'];
};

/**
 * One row. Organization lists fill the organization columns; JOIN_CANDIDATES adds the branch;
 * WORKSTATIONS fills the building columns (id is then the Building).
 */
export type PlannerListRow = {
  __typename?: 'PlannerListRow';
  address?: Maybe<Scalars['String']['output']>;
  blankSpots?: Maybe<Scalars['Int']['output']>;
  branchId?: Maybe<Scalars['ID']['output']>;
  branchName?: Maybe<Scalars['String']['output']>;
  /** Member units the branch can still take under the profile's limit. */
  branchRoom?: Maybe<Scalars['Int']['output']>;
  branchUnits?: Maybe<Scalars['Int']['output']>;
  /** Metres to the branch's seat (or nearest member without a seat). */
  distanceM?: Maybe<Scalars['Int']['output']>;
  employees?: Maybe<Scalars['Int']['output']>;
  gridId?: Maybe<Scalars['ID']['output']>;
  gridName?: Maybe<Scalars['String']['output']>;
  /** Organization:N, or Building:N for WORKSTATIONS. */
  id: Scalars['ID']['output'];
  /** Industry code (the ledger's labels translate it). */
  industry?: Maybe<Scalars['String']['output']>;
  lat?: Maybe<Scalars['Float']['output']>;
  lon?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Active organizations in the building. */
  organizations?: Maybe<Scalars['Int']['output']>;
  /** Other branches within reach besides this one, as the card lists them (at most 4: the card shows 5). */
  otherBranches?: Maybe<Scalars['Int']['output']>;
  sameIndustry?: Maybe<Scalars['Boolean']['output']>;
  status?: Maybe<MapOrgStatus>;
  subdistrictName?: Maybe<Scalars['String']['output']>;
  workstationName?: Maybe<Scalars['String']['output']>;
};

/** How a list is ordered; ties by id. A key a list has no column for is a BAD_USER_INPUT. */
export type PlannerListSort =
  /** WORKSTATIONS only: blank spots in the building. */
  | 'blank_spots'
  /** JOIN_CANDIDATES only: metres to the branch. */
  | 'distance'
  | 'employees'
  /** Subdistrict, then grid, then name. */
  | 'grid'
  | 'name'
  /** WORKSTATIONS only: active organizations in the building. */
  | 'organizations';

/** A point (WGS84 unless `crs` says otherwise). */
export type PointInput = {
  crs?: InputMaybe<InputCrs>;
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

/** A locality's coverage rules as data (the document is validated; see server/src/policy). */
export type PolicyProfile = Node & {
  __typename?: 'PolicyProfile';
  /** The whole profile document (JSON). */
  document: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  /** Most member units a joint party organization should have (seed 000 art. 6: 15). */
  jointUnitLimit?: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  /** Organizations one instructor looks after. */
  orgsPerInstructor?: Maybe<Scalars['Int']['output']>;
  rules: Array<PolicyRule>;
  /** The seed document it encodes. */
  source: Scalars['String']['output'];
  targets: Array<PolicyTarget>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** Optimistic lock: `updatePolicyProfile` names the version it started from. */
  version: Scalars['Int']['output'];
};

export type PolicyRule = {
  __typename?: 'PolicyRule';
  article: Scalars['String']['output'];
  /** The condition over organization facts (inclusive ranges). */
  condition: Scalars['JSON']['output'];
  count?: Maybe<Scalars['Int']['output']>;
  id: Scalars['String']['output'];
  label: LocalizedText;
  requirement: RequirementKind;
};

export type PolicyTarget = {
  __typename?: 'PolicyTarget';
  article: Scalars['String']['output'];
  id: Scalars['String']['output'];
  label: LocalizedText;
  metric: TargetMetric;
  min: Scalars['Float']['output'];
  scope: Scalars['JSON']['output'];
};

/** Why a proposal looks as it does (reason constants). */
export type ProposalReason =
  | 'joins_existing'
  | 'mixed_industry'
  /** Fewer than 3 formal members in all: members or an instructor must be dispatched. */
  | 'needs_members'
  | 'no_partner_in_radius'
  | 'no_room_in_reach'
  | 'same_industry'
  | 'similar_industry'
  | 'within_radius';

/** A proposed new service center at a building. */
export type ProposedSite = {
  __typename?: 'ProposedSite';
  buildingId: Scalars['ID']['output'];
  /** Weight covered by this and every earlier site. */
  cumulative: Scalars['Float']['output'];
  explanation: PlanText;
  /** Weight newly covered by this site, given the sites before it. */
  gain: Scalars['Float']['output'];
  /** Organizations newly covered by this site. */
  gainOrganizations: Scalars['Int']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The audit log, newest first. */
  auditLog: AuditConnection;
  /**
   * Blank spots, gaps or excluded organizations with their reasons, ordered by id. `scope` is a
   * District, Subdistrict, Grid or Building id (all districts when omitted).
   */
  blankSpots: CoverageConnection;
  building?: Maybe<Building>;
  /** Zombie and deregistered organizations to clean up from the ledger (seed 000 art. 7). */
  cleanupList: CoverageConnection;
  /** What changed between two snapshots of the same profile, within a scope. */
  compareSnapshots: SnapshotComparison;
  /** Snapshots, newest first (of one profile when given). */
  coverageSnapshots: Array<CoverageSnapshot>;
  /**
   * The summary of any hierarchy node (all districts when `scope` is omitted). With `filter`, the
   * counts, rates and targets are those of the scope's organizations the filter keeps (the same
   * OrganizationFilter as the map's points and the lists); `jointOverLimit` and
   * `instructorsAssigned` stay those of the whole scope.
   */
  coverageSummary: CoverageSummary;
  /** By global id or by administrative code (one of the two). */
  district?: Maybe<District>;
  districts: Array<District>;
  /**
   * The organizations of a scope (District, Subdistrict, Grid or Building id; all when omitted) as
   * an .xlsx ledger, one row per organization with its coverage and reasons under the profile.
   * Also at GET /ledger/export.xlsx?scope=&profile=.
   */
  exportLedger: LedgerFile;
  /** The one-enterprise-one-form sheet (一企一表) of one organization; null when it does not exist. */
  exportOrganizationForm?: Maybe<LedgerFile>;
  grid?: Maybe<Grid>;
  /** A grid's boundary at a date, also for grids merged away since (by global id). */
  gridBoundaryAsOf?: Maybe<Scalars['GeoJSON']['output']>;
  /** Which instructor should look after which organizations without work coverage, and how many more are needed. */
  instructorDeploymentPlan: InstructorDeploymentPlan;
  /**
   * Proposed joint branches for a District, Subdistrict or Grid (never across subdistricts), under
   * a policy profile (default: the default profile).
   */
  jointBranchPlan: JointBranchPlan;
  /**
   * Grids intersecting the viewport (or all of a scope), coloured by organizational coverage. With
   * `filter`, each grid's counts and rate are those of its organizations the filter keeps.
   */
  mapGrids: Array<MapGrid>;
  mapInfo: MapInfo;
  /**
   * Joint party organizations within `withinMeters` of an organization with room under the
   * profile's limit: same industry first, then nearest (at most 5).
   */
  mapJoinCandidates: Array<MapJoinCandidate>;
  /**
   * Joint party organizations with a member or seat in the viewport; below zoom 14 counted per
   * square cell (branches, units, over the limit), so a district answers with a few hundred cells
   * however many branches it holds.
   */
  mapJointBranches: MapJointBranches;
  /** Organizations of one layer in the viewport; cells below zoom 14 or past 5000 points. */
  mapOrganizations: MapOrganizations;
  /** Service centers whose circle may reach into the viewport. */
  mapServiceCenters: Array<MapServiceCenter>;
  /** Buildings with a workstation in the viewport. */
  mapWorkstations: Array<MapWorkstation>;
  /** The signed-in user. */
  me: User;
  /** Any object by its global id; null when it does not exist. */
  node?: Maybe<Node>;
  organization?: Maybe<Organization>;
  /** Organizations matching the filter, ordered by id; `first` is at most 1000. */
  organizations: OrganizationConnection;
  /** What lies at a point (WGS84 unless `crs` says otherwise); `snapMeters` is 0..200. */
  placeAt: PlaceAtPoint;
  /** A plan run's progress (null: unknown, not started yet, or finished over a minute ago). */
  planRunProgress?: Maybe<PlanRunProgress>;
  /** One page of a list (`first` at most ATLAS_MAX_PAGE_SIZE). */
  plannerList: PlannerListPage;
  /** Every list's count for the scope, with `input.list` ignored. */
  plannerListCounts: PlannerListCounts;
  policyProfile?: Maybe<PolicyProfile>;
  policyProfiles: Array<PolicyProfile>;
  /** Previews `updateGridBoundaries` (same checks, scope and versions), writing nothing. */
  previewGridEdit: GridEditPreview;
  /** Previews `moveSharedVertex`. */
  previewSharedVertexMove: GridEditPreview;
  /**
   * Searches every group at once. `text`: 2 to ATLAS_MAX_FILTER_STRING characters after trimming;
   * `first`: hits per group, 1-20. `scope`: a District, Subdistrict, Grid or Building id to look
   * only there (a grid with the grids nested in it; a service center by its location); everywhere
   * when omitted. Out of range is a BAD_USER_INPUT naming the argument.
   */
  search: SearchResults;
  /** Where K new service centers would cover the most of what lies outside every circle. */
  serviceCenterSiting: ServiceCenterSiting;
  subdistrict?: Maybe<Subdistrict>;
  /**
   * Administrators: tiling violations of existing data, for one subdistrict or every subdistrict in
   * the caller's scope (only subdistricts with violations are listed when `subdistrictId` is null).
   */
  tilingViolations: Array<TilingReport>;
  /** Every user (district administrators only). */
  users: Array<User>;
};


export type QueryAuditLogArgs = {
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBlankSpotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CoverageListKind>;
  profile?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBuildingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCleanupListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCompareSnapshotsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  scope?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryCoverageSnapshotsArgs = {
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCoverageSummaryArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  profile?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDistrictArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExportLedgerArgs = {
  profile?: InputMaybe<Scalars['String']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryExportOrganizationFormArgs = {
  id: Scalars['ID']['input'];
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type QueryGridArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGridBoundaryAsOfArgs = {
  at: Scalars['DateTime']['input'];
  gridId: Scalars['ID']['input'];
};


export type QueryInstructorDeploymentPlanArgs = {
  options?: InputMaybe<InstructorDeploymentOptions>;
  profile?: InputMaybe<Scalars['String']['input']>;
  scope: Scalars['ID']['input'];
};


export type QueryJointBranchPlanArgs = {
  options?: InputMaybe<JointBranchPlanOptions>;
  profile?: InputMaybe<Scalars['String']['input']>;
  scope: Scalars['ID']['input'];
};


export type QueryMapGridsArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  profileKey?: InputMaybe<Scalars['String']['input']>;
  subdistrictId?: InputMaybe<Scalars['ID']['input']>;
  viewport?: InputMaybe<Viewport>;
};


export type QueryMapInfoArgs = {
  profileKey?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMapJoinCandidatesArgs = {
  organizationId: Scalars['ID']['input'];
  profileKey?: InputMaybe<Scalars['String']['input']>;
  withinMeters?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMapJointBranchesArgs = {
  profileKey?: InputMaybe<Scalars['String']['input']>;
  viewport: Viewport;
};


export type QueryMapOrganizationsArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  layer: MapOrgLayer;
  profileKey?: InputMaybe<Scalars['String']['input']>;
  reach?: InputMaybe<ReachInput>;
  viewport: Viewport;
};


export type QueryMapServiceCentersArgs = {
  reach?: InputMaybe<ReachInput>;
  viewport: Viewport;
};


export type QueryMapWorkstationsArgs = {
  profileKey?: InputMaybe<Scalars['String']['input']>;
  viewport: Viewport;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlaceAtArgs = {
  crs?: InputMaybe<InputCrs>;
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  snapMeters?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryPlanRunProgressArgs = {
  runId: Scalars['String']['input'];
};


export type QueryPlannerListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  input: PlannerListInput;
};


export type QueryPlannerListCountsArgs = {
  input: PlannerListInput;
};


export type QueryPolicyProfileArgs = {
  key: Scalars['String']['input'];
};


export type QueryPreviewGridEditArgs = {
  input: GridBoundariesInput;
};


export type QueryPreviewSharedVertexMoveArgs = {
  input: MoveSharedVertexInput;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};


export type QueryServiceCenterSitingArgs = {
  options?: InputMaybe<ServiceCenterSitingOptions>;
  profile?: InputMaybe<Scalars['String']['input']>;
  scope: Scalars['ID']['input'];
};


export type QuerySubdistrictArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTilingViolationsArgs = {
  subdistrictId?: InputMaybe<Scalars['ID']['input']>;
};

/** How far a service center reaches: its own radius, or a walking time at ~80 m/min. */
export type ReachInput = {
  /** Walking minutes (1-60); absent means each center's own service radius. */
  walkMinutes?: InputMaybe<Scalars['Int']['input']>;
};

/** What a rule of a profile demands. */
export type RequirementKind =
  /** At least `count` activists (入党积极分子). */
  | 'activists'
  /** At least `count` (default 1) formal party members. */
  | 'member'
  /** Organizational coverage (own, joint or attached party organization). */
  | 'party_org'
  /** Its own party organization (单独组建). */
  | 'standalone_party_org'
  /** Work or organizational coverage. */
  | 'work_coverage';

/** Roles (issue 7). Planners and analysts read everything and write nothing. */
export type Role =
  /** 分析人员: reads everything through GraphQL */
  | 'analyst'
  /** 区级管理员: everything in their district */
  | 'district_admin'
  /** 网格长 / 网格员: the grids they manage (and grids nested in them) */
  | 'grid_manager'
  /** 规划人员: reads everything */
  | 'planner'
  /** 街道管理员: everything inside their subdistrict */
  | 'subdistrict_admin';

/** A node of the hierarchy a user is responsible for. */
export type Scope = {
  __typename?: 'Scope';
  /** Global id of the district, subdistrict or grid. */
  id: Scalars['ID']['output'];
  kind: ScopeKind;
  name?: Maybe<Scalars['String']['output']>;
};

export type ScopeInput = {
  /** Global id of the district, subdistrict or grid. */
  id: Scalars['ID']['input'];
  kind: ScopeKind;
};

export type ScopeKind =
  | 'district'
  | 'grid'
  | 'subdistrict';

/** Where the text was found. */
export type SearchField =
  | 'address'
  /** A credit code (organizations, 4+ characters) or an administrative / building code. */
  | 'code'
  | 'name';

export type SearchGroup = {
  __typename?: 'SearchGroup';
  hits: Array<SearchHit>;
  /** How many match in all; `hits` holds the first `first` of them. */
  totalCount: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** The hit's address (organizations, buildings, centers). */
  address?: Maybe<Scalars['String']['output']>;
  /**
   * What tells hits apart: an organization's credit code, a grid's or center's subdistrict, a
   * subdistrict's district, a building's grid.
   */
  detail?: Maybe<Scalars['String']['output']>;
  /** Global id: Organization:1, Grid:2, Subdistrict:3, Building:4, ServiceCenter:5. */
  id: Scalars['ID']['output'];
  lat?: Maybe<Scalars['Float']['output']>;
  /** A point to fly to (organizations, buildings, centers); grids and subdistricts have none: fit their boundary. */
  lon?: Maybe<Scalars['Float']['output']>;
  matched: SearchField;
  name: Scalars['String']['output'];
};

/**
 * Search (issue 15, item 4): one text looked up at once in organizations (name, credit code from
 * 4 characters, address), grids and communities (name, code), subdistricts (name, code),
 * buildings (name, address) and service centers (name, address). Case is ignored. Each group is
 * ordered best first (exact, then starting with the text, then containing it; a name before an
 * address) and holds at most `first` hits, with the count of all its matches.
 */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** 楼宇: buildings. */
  buildings: SearchGroup;
  /** 党群服务中心: service centers. */
  centers: SearchGroup;
  /** 网格·社区: grids (a community or village is a grid with its 12-digit code). */
  grids: SearchGroup;
  /** 组织: organizations. */
  organizations: SearchGroup;
  /** 街道·镇: subdistricts. */
  subdistricts: SearchGroup;
  /** The text as searched (trimmed). */
  text: Scalars['String']['output'];
};

/** 党群服务中心 */
export type ServiceCenter = Audited & Node & {
  __typename?: 'ServiceCenter';
  address?: Maybe<Scalars['String']['output']>;
  /** May the signed-in user change this center (the card shows edit controls only then)? */
  canEdit: Scalars['Boolean']['output'];
  floorAreaM2?: Maybe<Scalars['Float']['output']>;
  history: Array<AuditEntry>;
  id: Scalars['ID']['output'];
  level: ServiceCenterLevel;
  location: Scalars['GeoJSON']['output'];
  name: Scalars['String']['output'];
  /** Service radius on the ground, in metres. */
  serviceRadiusM: Scalars['Int']['output'];
  subdistrict?: Maybe<Subdistrict>;
  updatedBy?: Maybe<Scalars['String']['output']>;
  /** Optimistic lock (issue 16): every edit names the version it started from (`expectedVersion`). */
  version: Scalars['Int']['output'];
};


/** 党群服务中心 */
export type ServiceCenterHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * What a service-center edit did (with `dryRun`, would do: nothing is written then): the changed
 * fields, and the active organizations of the district outside every center's own radius before and
 * after (the OUTSIDE_CENTERS layer), recomputed in the same transaction.
 */
export type ServiceCenterEditResult = {
  __typename?: 'ServiceCenterEditResult';
  changes: Array<FieldChange>;
  dryRun: Scalars['Boolean']['output'];
  outsideAfter: Scalars['Int']['output'];
  outsideBefore: Scalars['Int']['output'];
  /** As saved; null after a close or for a dry run of a create. */
  serviceCenter?: Maybe<ServiceCenter>;
  version: Scalars['Int']['output'];
};

/** A center's facts; on update only the fields given change (an explicit null clears an optional one). */
export type ServiceCenterFactsInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** Square metres, > 0. */
  floorAreaM2?: InputMaybe<Scalars['Float']['input']>;
  level?: InputMaybe<ServiceCenterLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** 1..50000 metres on the ground. */
  serviceRadiusM?: InputMaybe<Scalars['Int']['input']>;
};

/** 党群服务中心 levels (seed 000 art. 25: district >= 1500 m², town >= 1200 m², street >= 800 m²). */
export type ServiceCenterLevel =
  | 'community'
  | 'district'
  | 'street'
  | 'town';

export type ServiceCenterSiting = {
  __typename?: 'ServiceCenterSiting';
  candidates: Scalars['Int']['output'];
  complete: Scalars['Boolean']['output'];
  coveredWeight: Scalars['Float']['output'];
  elapsedMs: Scalars['Int']['output'];
  engine: PlanEngine;
  optimal: Scalars['Boolean']['output'];
  radiusM: Scalars['Int']['output'];
  sites: Array<ProposedSite>;
  /** Buildings holding at least one of them. */
  uncoveredBuildings: Scalars['Int']['output'];
  /** Active organizations of the scope outside every existing center's circle, and their weight. */
  uncoveredOrganizations: Scalars['Int']['output'];
  uncoveredWeight: Scalars['Float']['output'];
  /** No K sites cover more than this (proven: HiGHS or the greedy's submodular bound). */
  upperBound: Scalars['Float']['output'];
  weight: SitingWeight;
};

export type ServiceCenterSitingOptions = {
  /** New sites to propose (default 3, at most 50). */
  count?: InputMaybe<Scalars['Int']['input']>;
  /** Service radius of the new centers in metres (default 400, a 5-minute walk; at most 5000). */
  radiusM?: InputMaybe<Scalars['Int']['input']>;
  timeLimitMs?: InputMaybe<Scalars['Int']['input']>;
  weight?: InputMaybe<SitingWeight>;
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  expiresAt: Scalars['DateTime']['output'];
  /** Send as `Authorization: Bearer <token>` with every request. */
  token: Scalars['String']['output'];
  user: User;
};

/** What a new service center's coverage is counted in. */
export type SitingWeight =
  | 'employees'
  | 'organizations'
  | 'party_members';

export type SizeClassCount = {
  __typename?: 'SizeClassCount';
  key: Scalars['String']['output'];
  label: LocalizedText;
  organizational: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

/** An organization whose coverage changed between two snapshots. */
export type SnapshotChange = {
  __typename?: 'SnapshotChange';
  after: CoverageKind;
  before: CoverageKind;
  name: Scalars['String']['output'];
  /** The organization now (null when it has been deleted since). */
  organization?: Maybe<Organization>;
  organizationId: Scalars['ID']['output'];
};

export type SnapshotComparison = {
  __typename?: 'SnapshotComparison';
  from: CoverageSnapshot;
  /** Blank spots now that were not before. */
  newlyBlank: Array<SnapshotChange>;
  newlyBlankCount: Scalars['Int']['output'];
  /** Without coverage before, covered (work or organizational) now. */
  newlyCovered: Array<SnapshotChange>;
  newlyCoveredCount: Scalars['Int']['output'];
  to: CoverageSnapshot;
};

export type SnapshotScopeCounts = {
  __typename?: 'SnapshotScopeCounts';
  blankSpots: Scalars['Int']['output'];
  gaps: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  organizational: Scalars['Int']['output'];
  /** The District, Subdistrict or Grid id. */
  scope: Scalars['ID']['output'];
  total: Scalars['Int']['output'];
  work: Scalars['Int']['output'];
};

export type Subdistrict = Node & {
  __typename?: 'Subdistrict';
  boundary?: Maybe<Scalars['GeoJSON']['output']>;
  /** Ordered by id; paged like `Grid.buildings`. */
  buildings: Array<Building>;
  /** 9-digit code of the street or town. */
  code: Scalars['String']['output'];
  coverageSummary: CoverageSummary;
  district: District;
  /** Grids of this subdistrict; `topLevelOnly` keeps those without a parent grid. */
  grids: Array<Grid>;
  id: Scalars['ID']['output'];
  kind: SubdistrictKind;
  name: Scalars['String']['output'];
  organizations: OrganizationConnection;
};


export type SubdistrictBuildingsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type SubdistrictCoverageSummaryArgs = {
  profile?: InputMaybe<Scalars['String']['input']>;
};


export type SubdistrictGridsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type SubdistrictOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The proposals' costs in one subdistrict. */
export type SubdistrictCost = {
  __typename?: 'SubdistrictCost';
  activityYuanPerYear: Scalars['Float']['output'];
  joiningUnits: Scalars['Int']['output'];
  newOrganizations: Scalars['Int']['output'];
  startupYuan: Scalars['Float']['output'];
  subdistrictId: Scalars['ID']['output'];
  totalYuan: Scalars['Float']['output'];
};

/** 街道 / 镇 / 乡 / 功能园区 */
export type SubdistrictKind =
  | 'park'
  | 'street'
  | 'town'
  | 'township';

export type TargetMetric =
  /** Organizational coverage / active organizations in the target's scope. */
  | 'organizational_rate'
  /** Party organizations in the area (a count). */
  | 'party_organizations'
  /** Work coverage / active organizations without a party organization. */
  | 'work_rate_of_uncovered';

/** A profile target against the area's figures. */
export type TargetStatus = {
  __typename?: 'TargetStatus';
  article: Scalars['String']['output'];
  denominator?: Maybe<Scalars['Int']['output']>;
  id: Scalars['String']['output'];
  label: LocalizedText;
  /** e.g. needs 14 more organizations covered to reach 90% */
  message: LocalizedText;
  met: Scalars['Boolean']['output'];
  metric: TargetMetric;
  min: Scalars['Float']['output'];
  /** Organizations (or party organizations) still to cover to reach the target. */
  needed: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  /** The current rate (or count); null when nothing is in scope. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Does a subdistrict's set of top-level grids cover its stored boundary exactly? */
export type TilingReport = {
  __typename?: 'TilingReport';
  gapAreaM2: Scalars['Float']['output'];
  ok: Scalars['Boolean']['output'];
  overlapAreaM2: Scalars['Float']['output'];
  subdistrict: Subdistrict;
  /** Pieces smaller than this (m²) are float noise, not violations. */
  toleranceM2: Scalars['Float']['output'];
  /** Largest first, at most 100. */
  violations: Array<TilingViolation>;
};

export type TilingViolation = {
  __typename?: 'TilingViolation';
  areaM2: Scalars['Float']['output'];
  /** A point inside it, to center the map on. */
  at: Scalars['GeoJSON']['output'];
  /** The grids around a gap, the two overlapping grids, or the grid outside. */
  gridIds: Array<Scalars['ID']['output']>;
  grids: Array<Grid>;
  kind: TilingViolationKind;
  /** The offending land as a (Multi)Polygon. */
  where: Scalars['GeoJSON']['output'];
};

/** A tiling refusal or finding: where land is in no grid (GAP), in two (OVERLAP) or outside the subdistrict (OUTSIDE). */
export type TilingViolationKind =
  | 'gap'
  | 'outside'
  | 'overlap';

export type UngroupedOrganization = {
  __typename?: 'UngroupedOrganization';
  explanation: PlanText;
  organization: PlannedMember;
  reason: ProposalReason;
};

export type User = {
  __typename?: 'User';
  /** True when the role may write anything at all (the map shows edit tools). */
  canEdit: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
  scopes: Array<Scope>;
  username: Scalars['String']['output'];
};

/**
 * What the map draws for one viewport. The client sends the visible bounding box and zoom; the
 * server returns only what lies in it, aggregated into cells at low zoom.
 */
export type Viewport = {
  bbox: BBox;
  /** Web-mercator zoom of the map (0-22); decides between cells and single points. */
  zoom: Scalars['Float']['input'];
};

/** Who could make a save refused as out of the caller's scope (display names). */
export type WhoCan = {
  __typename?: 'WhoCan';
  /** The administrators of the subdistrict: their scope holds every grid of the save. */
  administrators: Array<Scalars['String']['output']>;
  /** The managers of each refused grid. */
  managers: Array<GridManagerNames>;
};

export type WorkstationEditResult = {
  __typename?: 'WorkstationEditResult';
  changes: Array<FieldChange>;
  dryRun: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
  /** As saved; null after a close or for a dry run of a create. */
  workstation?: Maybe<BuildingWorkstation>;
};

export type WorkstationFactsInput = {
  name?: InputMaybe<Scalars['String']['input']>;
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  staff?: InputMaybe<Scalars['Int']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Audited:
    | ( BuildingWorkstationRow )
    | ( GridRow )
    | ( OrganizationRow )
    | ( PartyOrganizationRow )
    | ( ServiceCenterRow )
  ;
  Node:
    | ( BuildingRow )
    | ( BuildingWorkstationRow )
    | ( DistrictRow )
    | ( GridRow )
    | ( InstructorRow )
    | ( OrganizationRow )
    | ( PartyOrganizationRow )
    | ( StoredProfile )
    | ( ServiceCenterRow )
    | ( SubdistrictRow )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptJointBranchInput: AcceptJointBranchInput;
  AuditConnection: ResolverTypeWrapper<AuditConnection>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditFilter: AuditFilter;
  Audited: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Audited']>;
  BBox: BBox;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Building: ResolverTypeWrapper<BuildingRow>;
  BuildingKind: null;
  BuildingMove: ResolverTypeWrapper<BuildingMoveModel>;
  BuildingMovePreview: ResolverTypeWrapper<BuildingMovePreview>;
  BuildingWorkstation: ResolverTypeWrapper<BuildingWorkstationRow>;
  ConfirmOrganizationResult: ResolverTypeWrapper<Omit<ConfirmOrganizationResult, 'check' | 'organization'> & { check?: Maybe<ResolversTypes['LedgerCheck']>, organization: ResolversTypes['Organization'] }>;
  CoordinateSystem: null;
  CoverageBreakdown: ResolverTypeWrapper<CoverageBreakdown>;
  CoverageConnection: ResolverTypeWrapper<Omit<CoverageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CoverageEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  CoverageEdge: ResolverTypeWrapper<Omit<CoverageEdge, 'coverage' | 'node'> & { coverage: ResolversTypes['OrganizationCoverage'], node: ResolversTypes['Organization'] }>;
  CoverageKind: null;
  CoverageListKind: null;
  CoverageRequirement: ResolverTypeWrapper<CoverageRequirement>;
  CoverageSnapshot: ResolverTypeWrapper<SnapshotRow>;
  CoverageSummary: ResolverTypeWrapper<SummaryModel>;
  CreateGridInput: CreateGridInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateServiceCenterInput: CreateServiceCenterInput;
  CreateUserInput: CreateUserInput;
  CreateWorkstationInput: CreateWorkstationInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletedOrganization: ResolverTypeWrapper<DeletedOrganization>;
  DeployedOrganization: ResolverTypeWrapper<DeployedOrganization>;
  DeployedOrganizationInput: DeployedOrganizationInput;
  District: ResolverTypeWrapper<DistrictRow>;
  EditOptions: EditOptions;
  EditRefusal: ResolverTypeWrapper<Omit<EditRefusal, 'violations'> & { violations?: Maybe<Array<ResolversTypes['TilingViolation']>> }>;
  ErrorCode: ErrorCode;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FoundPartyOrganizationInput: FoundPartyOrganizationInput;
  FoundingMode: null;
  GeoJSON: ResolverTypeWrapper<Scalars['GeoJSON']['output']>;
  Grid: ResolverTypeWrapper<GridRow>;
  GridBoundariesInput: GridBoundariesInput;
  GridBoundaryChange: GridBoundaryChange;
  GridChangePreview: ResolverTypeWrapper<Omit<GridChangePreview, 'grid'> & { grid: ResolversTypes['Grid'] }>;
  GridEditPreview: ResolverTypeWrapper<Omit<GridEditPreview, 'grids' | 'refusal'> & { grids: Array<ResolversTypes['GridChangePreview']>, refusal?: Maybe<ResolversTypes['EditRefusal']> }>;
  GridEditResult: ResolverTypeWrapper<Omit<GridEditResult, 'adjusted' | 'clipped' | 'grids' | 'moves'> & { adjusted: Array<ResolversTypes['Grid']>, clipped: Array<ResolversTypes['Grid']>, grids: Array<ResolversTypes['Grid']>, moves: Array<ResolversTypes['BuildingMove']> }>;
  GridKind: null;
  GridManagerNames: ResolverTypeWrapper<GridManagerNames>;
  GridVersionConflict: ResolverTypeWrapper<GridVersionConflict>;
  GridVersionInput: GridVersionInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportMode: null;
  IndustryCount: ResolverTypeWrapper<IndustryCount>;
  InputCrs: null;
  Instructor: ResolverTypeWrapper<InstructorRow>;
  InstructorDeploymentOptions: InstructorDeploymentOptions;
  InstructorDeploymentPlan: ResolverTypeWrapper<InstructorDeploymentPlan>;
  InstructorDeploymentProposal: ResolverTypeWrapper<InstructorDeploymentProposal>;
  InstructorDeploymentResult: ResolverTypeWrapper<Omit<InstructorDeploymentResult, 'assignments'> & { assignments: Array<ResolversTypes['InstructorEditResult']> }>;
  InstructorEditResult: ResolverTypeWrapper<Omit<InstructorEditResult, 'coverageAfter' | 'coverageBefore' | 'instructor' | 'organization'> & { coverageAfter?: Maybe<ResolversTypes['OrganizationCoverage']>, coverageBefore?: Maybe<ResolversTypes['OrganizationCoverage']>, instructor: ResolversTypes['Instructor'], organization: ResolversTypes['Organization'] }>;
  InstructorGroupInput: InstructorGroupInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  JointBranchAttachment: ResolverTypeWrapper<JointBranchAttachment>;
  JointBranchPlan: ResolverTypeWrapper<JointBranchPlan>;
  JointBranchPlanOptions: JointBranchPlanOptions;
  JointBranchProposal: ResolverTypeWrapper<JointBranchProposal>;
  JointOverLimit: ResolverTypeWrapper<Omit<JointOverLimit, 'partyOrganization'> & { partyOrganization: ResolversTypes['PartyOrganization'] }>;
  LedgerCheck: ResolverTypeWrapper<LedgerCheckModel>;
  LedgerFile: ResolverTypeWrapper<LedgerFile>;
  LedgerFileInput: LedgerFileInput;
  LedgerImportReport: ResolverTypeWrapper<LedgerImportReport>;
  LedgerRowError: ResolverTypeWrapper<LedgerRowError>;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  MapCell: ResolverTypeWrapper<MapCell>;
  MapGrid: ResolverTypeWrapper<MapGrid>;
  MapInfo: ResolverTypeWrapper<MapInfo>;
  MapJoinCandidate: ResolverTypeWrapper<MapJoinCandidate>;
  MapJointBranch: ResolverTypeWrapper<MapJointBranch>;
  MapJointBranches: ResolverTypeWrapper<MapJointBranches>;
  MapJointCell: ResolverTypeWrapper<MapJointCell>;
  MapJointMember: ResolverTypeWrapper<MapJointMember>;
  MapOrgLayer: null;
  MapOrgPoint: ResolverTypeWrapper<MapOrgPoint>;
  MapOrgStatus: null;
  MapOrganizations: ResolverTypeWrapper<MapOrganizations>;
  MapServiceCenter: ResolverTypeWrapper<MapServiceCenter>;
  MapWorkstation: ResolverTypeWrapper<MapWorkstation>;
  MoveSharedVertexInput: MoveSharedVertexInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Near: Near;
  NeighbourMode: null;
  NewInstructorInput: NewInstructorInput;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrgCategory: null;
  OrgStatus: null;
  OrgSubKind: null;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganizationEdge']>, nodes: Array<ResolversTypes['Organization']> }>;
  OrganizationCoverage: ResolverTypeWrapper<CoverageModel>;
  OrganizationCoverageChange: ResolverTypeWrapper<CoverageChange>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationEditResult: ResolverTypeWrapper<Omit<OrganizationEditResult, 'coverageAfter' | 'coverageBefore' | 'organization'> & { coverageAfter?: Maybe<ResolversTypes['OrganizationCoverage']>, coverageBefore?: Maybe<ResolversTypes['OrganizationCoverage']>, organization?: Maybe<ResolversTypes['Organization']> }>;
  OrganizationFactsInput: OrganizationFactsInput;
  OrganizationFilter: OrganizationFilter;
  OrganizationMovePreview: ResolverTypeWrapper<OrganizationMovePreview>;
  OrganizationPlaceInput: OrganizationPlaceInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartyOrgKind: null;
  PartyOrgSetup: null;
  PartyOrganization: ResolverTypeWrapper<PartyOrganizationRow>;
  PartyOrganizationEditResult: ResolverTypeWrapper<Omit<PartyOrganizationEditResult, 'coverageChanges' | 'partyOrganization'> & { coverageChanges: Array<ResolversTypes['OrganizationCoverageChange']>, partyOrganization?: Maybe<ResolversTypes['PartyOrganization']> }>;
  PlaceAtPoint: ResolverTypeWrapper<Omit<PlaceAtPoint, 'building' | 'district' | 'grid' | 'subdistrict'> & { building?: Maybe<ResolversTypes['Building']>, district?: Maybe<ResolversTypes['District']>, grid?: Maybe<ResolversTypes['Grid']>, subdistrict?: Maybe<ResolversTypes['Subdistrict']> }>;
  PlanCost: ResolverTypeWrapper<PlanCost>;
  PlanEngine: null;
  PlanQuality: ResolverTypeWrapper<PlanQuality>;
  PlanRunPhase: null;
  PlanRunProgress: ResolverTypeWrapper<PlanRunProgress>;
  PlanText: ResolverTypeWrapper<PlanText>;
  PlannedMember: ResolverTypeWrapper<PlannedMember>;
  PlannerList: null;
  PlannerListCounts: ResolverTypeWrapper<ListCountsModel>;
  PlannerListInput: PlannerListInput;
  PlannerListPage: ResolverTypeWrapper<PlannerListPage>;
  PlannerListRow: ResolverTypeWrapper<PlannerListRow>;
  PlannerListSort: null;
  PointInput: PointInput;
  PolicyProfile: ResolverTypeWrapper<StoredProfile>;
  PolicyRule: ResolverTypeWrapper<PolicyRule>;
  PolicyTarget: ResolverTypeWrapper<PolicyTarget>;
  ProposalReason: null;
  ProposedSite: ResolverTypeWrapper<ProposedSite>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReachInput: ReachInput;
  RequirementKind: null;
  Role: null;
  Scope: ResolverTypeWrapper<Scope>;
  ScopeInput: ScopeInput;
  ScopeKind: null;
  SearchField: null;
  SearchGroup: ResolverTypeWrapper<SearchGroup>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchResults: ResolverTypeWrapper<SearchModel>;
  ServiceCenter: ResolverTypeWrapper<ServiceCenterRow>;
  ServiceCenterEditResult: ResolverTypeWrapper<PlaceOutcome>;
  ServiceCenterFactsInput: ServiceCenterFactsInput;
  ServiceCenterLevel: null;
  ServiceCenterSiting: ResolverTypeWrapper<ServiceCenterSiting>;
  ServiceCenterSitingOptions: ServiceCenterSitingOptions;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'user'> & { user: ResolversTypes['User'] }>;
  SitingWeight: null;
  SizeClassCount: ResolverTypeWrapper<SizeClassCount>;
  SnapshotChange: ResolverTypeWrapper<SnapshotChangeRow>;
  SnapshotComparison: ResolverTypeWrapper<ComparisonModel>;
  SnapshotScopeCounts: ResolverTypeWrapper<SnapshotScopeCounts>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subdistrict: ResolverTypeWrapper<SubdistrictRow>;
  SubdistrictCost: ResolverTypeWrapper<SubdistrictCost>;
  SubdistrictKind: null;
  TargetMetric: null;
  TargetStatus: ResolverTypeWrapper<TargetStatus>;
  TilingReport: ResolverTypeWrapper<Omit<TilingReport, 'subdistrict' | 'violations'> & { subdistrict: ResolversTypes['Subdistrict'], violations: Array<ResolversTypes['TilingViolation']> }>;
  TilingViolation: ResolverTypeWrapper<TilingViolationModel>;
  TilingViolationKind: null;
  UngroupedOrganization: ResolverTypeWrapper<UngroupedOrganization>;
  User: ResolverTypeWrapper<UserModel>;
  Viewport: Viewport;
  WhoCan: ResolverTypeWrapper<WhoCan>;
  WorkstationEditResult: ResolverTypeWrapper<PlaceOutcome>;
  WorkstationFactsInput: WorkstationFactsInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptJointBranchInput: AcceptJointBranchInput;
  AuditConnection: AuditConnection;
  AuditEntry: AuditEntry;
  AuditFilter: AuditFilter;
  Audited: ResolversInterfaceTypes<ResolversParentTypes>['Audited'];
  BBox: BBox;
  Boolean: Scalars['Boolean']['output'];
  Building: BuildingRow;
  BuildingMove: BuildingMoveModel;
  BuildingMovePreview: BuildingMovePreview;
  BuildingWorkstation: BuildingWorkstationRow;
  ConfirmOrganizationResult: Omit<ConfirmOrganizationResult, 'check' | 'organization'> & { check?: Maybe<ResolversParentTypes['LedgerCheck']>, organization: ResolversParentTypes['Organization'] };
  CoverageBreakdown: CoverageBreakdown;
  CoverageConnection: Omit<CoverageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CoverageEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  CoverageEdge: Omit<CoverageEdge, 'coverage' | 'node'> & { coverage: ResolversParentTypes['OrganizationCoverage'], node: ResolversParentTypes['Organization'] };
  CoverageRequirement: CoverageRequirement;
  CoverageSnapshot: SnapshotRow;
  CoverageSummary: SummaryModel;
  CreateGridInput: CreateGridInput;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateServiceCenterInput: CreateServiceCenterInput;
  CreateUserInput: CreateUserInput;
  CreateWorkstationInput: CreateWorkstationInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeletedOrganization: DeletedOrganization;
  DeployedOrganization: DeployedOrganization;
  DeployedOrganizationInput: DeployedOrganizationInput;
  District: DistrictRow;
  EditOptions: EditOptions;
  EditRefusal: Omit<EditRefusal, 'violations'> & { violations?: Maybe<Array<ResolversParentTypes['TilingViolation']>> };
  FieldChange: FieldChange;
  Float: Scalars['Float']['output'];
  FoundPartyOrganizationInput: FoundPartyOrganizationInput;
  GeoJSON: Scalars['GeoJSON']['output'];
  Grid: GridRow;
  GridBoundariesInput: GridBoundariesInput;
  GridBoundaryChange: GridBoundaryChange;
  GridChangePreview: Omit<GridChangePreview, 'grid'> & { grid: ResolversParentTypes['Grid'] };
  GridEditPreview: Omit<GridEditPreview, 'grids' | 'refusal'> & { grids: Array<ResolversParentTypes['GridChangePreview']>, refusal?: Maybe<ResolversParentTypes['EditRefusal']> };
  GridEditResult: Omit<GridEditResult, 'adjusted' | 'clipped' | 'grids' | 'moves'> & { adjusted: Array<ResolversParentTypes['Grid']>, clipped: Array<ResolversParentTypes['Grid']>, grids: Array<ResolversParentTypes['Grid']>, moves: Array<ResolversParentTypes['BuildingMove']> };
  GridManagerNames: GridManagerNames;
  GridVersionConflict: GridVersionConflict;
  GridVersionInput: GridVersionInput;
  ID: Scalars['ID']['output'];
  IndustryCount: IndustryCount;
  Instructor: InstructorRow;
  InstructorDeploymentOptions: InstructorDeploymentOptions;
  InstructorDeploymentPlan: InstructorDeploymentPlan;
  InstructorDeploymentProposal: InstructorDeploymentProposal;
  InstructorDeploymentResult: Omit<InstructorDeploymentResult, 'assignments'> & { assignments: Array<ResolversParentTypes['InstructorEditResult']> };
  InstructorEditResult: Omit<InstructorEditResult, 'coverageAfter' | 'coverageBefore' | 'instructor' | 'organization'> & { coverageAfter?: Maybe<ResolversParentTypes['OrganizationCoverage']>, coverageBefore?: Maybe<ResolversParentTypes['OrganizationCoverage']>, instructor: ResolversParentTypes['Instructor'], organization: ResolversParentTypes['Organization'] };
  InstructorGroupInput: InstructorGroupInput;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  JointBranchAttachment: JointBranchAttachment;
  JointBranchPlan: JointBranchPlan;
  JointBranchPlanOptions: JointBranchPlanOptions;
  JointBranchProposal: JointBranchProposal;
  JointOverLimit: Omit<JointOverLimit, 'partyOrganization'> & { partyOrganization: ResolversParentTypes['PartyOrganization'] };
  LedgerCheck: LedgerCheckModel;
  LedgerFile: LedgerFile;
  LedgerFileInput: LedgerFileInput;
  LedgerImportReport: LedgerImportReport;
  LedgerRowError: LedgerRowError;
  LocalizedText: LocalizedText;
  MapCell: MapCell;
  MapGrid: MapGrid;
  MapInfo: MapInfo;
  MapJoinCandidate: MapJoinCandidate;
  MapJointBranch: MapJointBranch;
  MapJointBranches: MapJointBranches;
  MapJointCell: MapJointCell;
  MapJointMember: MapJointMember;
  MapOrgPoint: MapOrgPoint;
  MapOrganizations: MapOrganizations;
  MapServiceCenter: MapServiceCenter;
  MapWorkstation: MapWorkstation;
  MoveSharedVertexInput: MoveSharedVertexInput;
  Mutation: Record<PropertyKey, never>;
  Near: Near;
  NewInstructorInput: NewInstructorInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRow;
  OrganizationConnection: Omit<OrganizationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganizationEdge']>, nodes: Array<ResolversParentTypes['Organization']> };
  OrganizationCoverage: CoverageModel;
  OrganizationCoverageChange: CoverageChange;
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationEditResult: Omit<OrganizationEditResult, 'coverageAfter' | 'coverageBefore' | 'organization'> & { coverageAfter?: Maybe<ResolversParentTypes['OrganizationCoverage']>, coverageBefore?: Maybe<ResolversParentTypes['OrganizationCoverage']>, organization?: Maybe<ResolversParentTypes['Organization']> };
  OrganizationFactsInput: OrganizationFactsInput;
  OrganizationFilter: OrganizationFilter;
  OrganizationMovePreview: OrganizationMovePreview;
  OrganizationPlaceInput: OrganizationPlaceInput;
  PageInfo: PageInfo;
  PartyOrganization: PartyOrganizationRow;
  PartyOrganizationEditResult: Omit<PartyOrganizationEditResult, 'coverageChanges' | 'partyOrganization'> & { coverageChanges: Array<ResolversParentTypes['OrganizationCoverageChange']>, partyOrganization?: Maybe<ResolversParentTypes['PartyOrganization']> };
  PlaceAtPoint: Omit<PlaceAtPoint, 'building' | 'district' | 'grid' | 'subdistrict'> & { building?: Maybe<ResolversParentTypes['Building']>, district?: Maybe<ResolversParentTypes['District']>, grid?: Maybe<ResolversParentTypes['Grid']>, subdistrict?: Maybe<ResolversParentTypes['Subdistrict']> };
  PlanCost: PlanCost;
  PlanQuality: PlanQuality;
  PlanRunProgress: PlanRunProgress;
  PlanText: PlanText;
  PlannedMember: PlannedMember;
  PlannerListCounts: ListCountsModel;
  PlannerListInput: PlannerListInput;
  PlannerListPage: PlannerListPage;
  PlannerListRow: PlannerListRow;
  PointInput: PointInput;
  PolicyProfile: StoredProfile;
  PolicyRule: PolicyRule;
  PolicyTarget: PolicyTarget;
  ProposedSite: ProposedSite;
  Query: Record<PropertyKey, never>;
  ReachInput: ReachInput;
  Scope: Scope;
  ScopeInput: ScopeInput;
  SearchGroup: SearchGroup;
  SearchHit: SearchHit;
  SearchResults: SearchModel;
  ServiceCenter: ServiceCenterRow;
  ServiceCenterEditResult: PlaceOutcome;
  ServiceCenterFactsInput: ServiceCenterFactsInput;
  ServiceCenterSiting: ServiceCenterSiting;
  ServiceCenterSitingOptions: ServiceCenterSitingOptions;
  SignInPayload: Omit<SignInPayload, 'user'> & { user: ResolversParentTypes['User'] };
  SizeClassCount: SizeClassCount;
  SnapshotChange: SnapshotChangeRow;
  SnapshotComparison: ComparisonModel;
  SnapshotScopeCounts: SnapshotScopeCounts;
  String: Scalars['String']['output'];
  Subdistrict: SubdistrictRow;
  SubdistrictCost: SubdistrictCost;
  TargetStatus: TargetStatus;
  TilingReport: Omit<TilingReport, 'subdistrict' | 'violations'> & { subdistrict: ResolversParentTypes['Subdistrict'], violations: Array<ResolversParentTypes['TilingViolation']> };
  TilingViolation: TilingViolationModel;
  UngroupedOrganization: UngroupedOrganization;
  User: UserModel;
  Viewport: Viewport;
  WhoCan: WhoCan;
  WorkstationEditResult: PlaceOutcome;
  WorkstationFactsInput: WorkstationFactsInput;
}>;

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  changeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revertible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type AuditedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Audited'] = ResolversParentTypes['Audited']> = ResolversObject<{
  __resolveType: TypeResolveFn<'BuildingWorkstation' | 'Grid' | 'Organization' | 'PartyOrganization' | 'ServiceCenter', ParentType, ContextType>;
}>;

export type BuildingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Building'] = ResolversParentTypes['Building']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canOpenWorkstation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coverageSummary?: Resolver<ResolversTypes['CoverageSummary'], ParentType, ContextType, Partial<BuildingCoverageSummaryArgs>>;
  floors?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  footprint?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BuildingKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoJSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<BuildingOrganizationsArgs, 'first'>>;
  subdistrict?: Resolver<ResolversTypes['Subdistrict'], ParentType, ContextType>;
  workstation?: Resolver<Maybe<ResolversTypes['BuildingWorkstation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type BuildingKindResolvers = { COMMERCIAL_OFFICE: 'commercial_office', FACTORY: 'factory', INDUSTRIAL_PARK: 'industrial_park', MIXED: 'mixed', OTHER: 'other', RESIDENTIAL: 'residential', SHOP: 'shop' };

export type BuildingMoveResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BuildingMove'] = ResolversParentTypes['BuildingMove']> = ResolversObject<{
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  fromGridId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  organizationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  toGridId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type BuildingMovePreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BuildingMovePreview'] = ResolversParentTypes['BuildingMovePreview']> = ResolversObject<{
  buildingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fromGridId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toGridId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type BuildingWorkstationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BuildingWorkstation'] = ResolversParentTypes['BuildingWorkstation']> = ResolversObject<{
  building?: Resolver<ResolversTypes['Building'], ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<BuildingWorkstationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  staff?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ConfirmOrganizationResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConfirmOrganizationResult'] = ResolversParentTypes['ConfirmOrganizationResult']> = ResolversObject<{
  check?: Resolver<Maybe<ResolversTypes['LedgerCheck']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type CoordinateSystemResolvers = { BD09: 'bd09', GCJ02: 'gcj02', WGS84: 'wgs84' };

export type CoverageBreakdownResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageBreakdown'] = ResolversParentTypes['CoverageBreakdown']> = ResolversObject<{
  blankSpots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['OrgCategory'], ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizational?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizationalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  subKind?: Resolver<Maybe<ResolversTypes['OrgSubKind']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoverageConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageConnection'] = ResolversParentTypes['CoverageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CoverageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoverageEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageEdge'] = ResolversParentTypes['CoverageEdge']> = ResolversObject<{
  coverage?: Resolver<ResolversTypes['OrganizationCoverage'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type CoverageKindResolvers = { NONE: 'none', ORGANIZATIONAL: 'organizational', WORK: 'work' };

export type CoverageListKindResolvers = { BLANK_SPOT: 'blank_spot', BLANK_SPOT_OR_GAP: 'blank_spot_or_gap', EXCLUDED: 'excluded', GAP: 'gap' };

export type CoverageRequirementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageRequirement'] = ResolversParentTypes['CoverageRequirement']> = ResolversObject<{
  article?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  gapKind?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RequirementKind'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CoverageSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageSnapshot'] = ResolversParentTypes['CoverageSnapshot']> = ResolversObject<{
  blankSpots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizational?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['SnapshotScopeCounts']>, ParentType, ContextType, Partial<CoverageSnapshotScopesArgs>>;
  takenOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoverageSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoverageSummary'] = ResolversParentTypes['CoverageSummary']> = ResolversObject<{
  blankArea?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  blankSpots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byCategory?: Resolver<Array<ResolversTypes['CoverageBreakdown']>, ParentType, ContextType>;
  bySubKind?: Resolver<Array<ResolversTypes['CoverageBreakdown']>, ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  filtered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instructorsAssigned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instructorsNeeded?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  jointOverLimit?: Resolver<Array<ResolversTypes['JointOverLimit']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizational?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizationalRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sizeClasses?: Resolver<Array<ResolversTypes['SizeClassCount']>, ParentType, ContextType>;
  standalone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['TargetStatus']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withInstructor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletedOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletedOrganization'] = ResolversParentTypes['DeletedOrganization']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeployedOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeployedOrganization'] = ResolversParentTypes['DeployedOrganization']> = ResolversObject<{
  distanceM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District']> = ResolversObject<{
  boundary?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverageSummary?: Resolver<ResolversTypes['CoverageSummary'], ParentType, ContextType, Partial<DistrictCoverageSummaryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instructors?: Resolver<Array<ResolversTypes['Instructor']>, ParentType, ContextType, Partial<DistrictInstructorsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<DistrictOrganizationsArgs, 'first'>>;
  partyOrganizations?: Resolver<Array<ResolversTypes['PartyOrganization']>, ParentType, ContextType, RequireFields<DistrictPartyOrganizationsArgs, 'jointOnly'>>;
  serviceCenters?: Resolver<Array<ResolversTypes['ServiceCenter']>, ParentType, ContextType, Partial<DistrictServiceCentersArgs>>;
  subdistricts?: Resolver<Array<ResolversTypes['Subdistrict']>, ParentType, ContextType, Partial<DistrictSubdistrictsArgs>>;
  workstations?: Resolver<Array<ResolversTypes['BuildingWorkstation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type EditRefusalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EditRefusal'] = ResolversParentTypes['EditRefusal']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gridIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  violations?: Resolver<Maybe<Array<ResolversTypes['TilingViolation']>>, ParentType, ContextType>;
  where?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  whoCan?: Resolver<Maybe<ResolversTypes['WhoCan']>, ParentType, ContextType>;
}>;

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FoundingModeResolvers = { DISPATCHED: 'dispatched', INDUSTRY_WIDE: 'industry_wide', LEADING_ENTERPRISE: 'leading_enterprise', PARK_JOINT: 'park_joint', REGIONAL: 'regional', STANDALONE: 'standalone', VILLAGE_ENTERPRISE: 'village_enterprise' };

export interface GeoJsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['GeoJSON'], any> {
  name: 'GeoJSON';
}

export type GridResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Grid'] = ResolversParentTypes['Grid']> = ResolversObject<{
  boundary?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  boundaryAsOf?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType, RequireFields<GridBoundaryAsOfArgs, 'at'>>;
  buildings?: Resolver<Array<ResolversTypes['Building']>, ParentType, ContextType, Partial<GridBuildingsArgs>>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Grid']>, ParentType, ContextType, Partial<GridChildrenArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverageSummary?: Resolver<ResolversTypes['CoverageSummary'], ParentType, ContextType, Partial<GridCoverageSummaryArgs>>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<GridHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GridKind'], ParentType, ContextType>;
  ledgerCheck?: Resolver<ResolversTypes['LedgerCheck'], ParentType, ContextType>;
  managerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  managers?: Resolver<Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<GridOrganizationsArgs, 'first'>>;
  parent?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  subdistrict?: Resolver<ResolversTypes['Subdistrict'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type GridChangePreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GridChangePreview'] = ResolversParentTypes['GridChangePreview']> = ResolversObject<{
  areaAfterM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  areaBeforeM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  boundaryAfter?: Resolver<ResolversTypes['GeoJSON'], ParentType, ContextType>;
  explicit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grid?: Resolver<ResolversTypes['Grid'], ParentType, ContextType>;
  versionBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GridEditPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GridEditPreview'] = ResolversParentTypes['GridEditPreview']> = ResolversObject<{
  buildingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  buildingMoves?: Resolver<Array<ResolversTypes['BuildingMovePreview']>, ParentType, ContextType>;
  grids?: Resolver<Array<ResolversTypes['GridChangePreview']>, ParentType, ContextType>;
  neighbourGridIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organizationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizationMoves?: Resolver<Array<ResolversTypes['OrganizationMovePreview']>, ParentType, ContextType>;
  refusal?: Resolver<Maybe<ResolversTypes['EditRefusal']>, ParentType, ContextType>;
}>;

export type GridEditResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GridEditResult'] = ResolversParentTypes['GridEditResult']> = ResolversObject<{
  adjusted?: Resolver<Array<ResolversTypes['Grid']>, ParentType, ContextType>;
  changeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clipped?: Resolver<Array<ResolversTypes['Grid']>, ParentType, ContextType>;
  grids?: Resolver<Array<ResolversTypes['Grid']>, ParentType, ContextType>;
  movedOrganizationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  moves?: Resolver<Array<ResolversTypes['BuildingMove']>, ParentType, ContextType>;
  removedGridIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type GridKindResolvers = { AREA: 'area', BASIC: 'basic', UNIT: 'unit' };

export type GridManagerNamesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GridManagerNames'] = ResolversParentTypes['GridManagerNames']> = ResolversObject<{
  gridId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  gridName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type GridVersionConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GridVersionConflict'] = ResolversParentTypes['GridVersionConflict']> = ResolversObject<{
  currentBoundary?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectedVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gridId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ImportModeResolvers = { ALL_OR_NOTHING: 'all_or_nothing', VALID_ONLY: 'valid_only' };

export type IndustryCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndustryCount'] = ResolversParentTypes['IndustryCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InputCrsResolvers = { BD09: 'bd09', GCJ02: 'gcj02', WGS84: 'wgs84' };

export type InstructorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Instructor'] = ResolversParentTypes['Instructor']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPartTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InstructorDeploymentPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstructorDeploymentPlan'] = ResolversParentTypes['InstructorDeploymentPlan']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instructorsNeeded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  instructorsWithRoom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loadLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  profileKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['InstructorDeploymentProposal']>, ParentType, ContextType>;
  radiusM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstructorDeploymentProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstructorDeploymentProposal'] = ResolversParentTypes['InstructorDeploymentProposal']> = ResolversObject<{
  centreLat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  centreLon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['PlanText'], ParentType, ContextType>;
  farthestMemberM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  instructorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  instructorName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loadAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loadBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['DeployedOrganization']>, ParentType, ContextType>;
  subdistrictId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type InstructorDeploymentResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstructorDeploymentResult'] = ResolversParentTypes['InstructorDeploymentResult']> = ResolversObject<{
  assignments?: Resolver<Array<ResolversTypes['InstructorEditResult']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type InstructorEditResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstructorEditResult'] = ResolversParentTypes['InstructorEditResult']> = ResolversObject<{
  coverageAfter?: Resolver<Maybe<ResolversTypes['OrganizationCoverage']>, ParentType, ContextType>;
  coverageBefore?: Resolver<Maybe<ResolversTypes['OrganizationCoverage']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  instructor?: Resolver<ResolversTypes['Instructor'], ParentType, ContextType>;
  load?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loadLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warning?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type JointBranchAttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointBranchAttachment'] = ResolversParentTypes['JointBranchAttachment']> = ResolversObject<{
  cost?: Resolver<Maybe<ResolversTypes['PlanCost']>, ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['PlanEngine'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['PlanText'], ParentType, ContextType>;
  farthestMemberM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['PlannedMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyOrganizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subdistrictId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unitsBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JointBranchPlanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointBranchPlan'] = ResolversParentTypes['JointBranchPlan']> = ResolversObject<{
  attachments?: Resolver<Array<ResolversTypes['JointBranchAttachment']>, ParentType, ContextType>;
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  costYears?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  costs?: Resolver<Array<ResolversTypes['SubdistrictCost']>, ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  profileKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['JointBranchProposal']>, ParentType, ContextType>;
  quality?: Resolver<ResolversTypes['PlanQuality'], ParentType, ContextType>;
  radiusM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ungrouped?: Resolver<Array<ResolversTypes['UngroupedOrganization']>, ParentType, ContextType>;
  unitLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JointBranchProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointBranchProposal'] = ResolversParentTypes['JointBranchProposal']> = ResolversObject<{
  cost?: Resolver<Maybe<ResolversTypes['PlanCost']>, ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['PlanEngine'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['PlanText'], ParentType, ContextType>;
  farthestMemberM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  formalMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  industries?: Resolver<Array<ResolversTypes['IndustryCount']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['PlannedMember']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ProposalReason']>, ParentType, ContextType>;
  seat?: Resolver<ResolversTypes['PlannedMember'], ParentType, ContextType>;
  subdistrictId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  totalDistanceM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JointOverLimitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointOverLimit'] = ResolversParentTypes['JointOverLimit']> = ResolversObject<{
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partyOrganization?: Resolver<ResolversTypes['PartyOrganization'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerCheck'] = ResolversParentTypes['LedgerCheck']> = ResolversObject<{
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pending?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<LedgerCheckPendingArgs, 'first'>>;
  since?: Resolver<Maybe<ResolversTypes['CoverageSnapshot']>, ParentType, ContextType>;
}>;

export type LedgerFileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerFile'] = ResolversParentTypes['LedgerFile']> = ResolversObject<{
  contentBase64?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerImportReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerImportReport'] = ResolversParentTypes['LedgerImportReport']> = ResolversObject<{
  applied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  crs?: Resolver<ResolversTypes['CoordinateSystem'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['LedgerRowError']>, ParentType, ContextType>;
  errorsOmitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['ImportMode'], ParentType, ContextType>;
  processedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  validRows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerRowErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LedgerRowError'] = ResolversParentTypes['LedgerRowError']> = ResolversObject<{
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MapCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapCell'] = ResolversParentTypes['MapCell']> = ResolversObject<{
  blankSpots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MapGridResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapGrid'] = ResolversParentTypes['MapGrid']> = ResolversObject<{
  blankSpots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  boundary?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizational?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  subdistrictId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MapInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapInfo'] = ResolversParentTypes['MapInfo']> = ResolversObject<{
  basemapUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jointUnitLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  profileKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  walkMetersPerMinute?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MapJoinCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapJoinCandidate'] = ResolversParentTypes['MapJoinCandidate']> = ResolversObject<{
  distanceM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sameIndustry?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MapJointBranchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapJointBranch'] = ResolversParentTypes['MapJointBranch']> = ResolversObject<{
  hull?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['MapJointMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overLimit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seatLat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  seatLon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MapJointBranchesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapJointBranches'] = ResolversParentTypes['MapJointBranches']> = ResolversObject<{
  aggregated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  branches?: Resolver<Array<ResolversTypes['MapJointBranch']>, ParentType, ContextType>;
  cellSize?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['MapJointCell']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MapJointCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapJointCell'] = ResolversParentTypes['MapJointCell']> = ResolversObject<{
  branches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  overLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  units?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MapJointMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapJointMember'] = ResolversParentTypes['MapJointMember']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MapOrgStatus'], ParentType, ContextType>;
}>;

export type MapOrgLayerResolvers = { BLANK_SPOTS: 'blank_spots', OUTSIDE_CENTERS: 'outside_centers' };

export type MapOrgPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapOrgPoint'] = ResolversParentTypes['MapOrgPoint']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MapOrgStatus'], ParentType, ContextType>;
}>;

export type MapOrgStatusResolvers = { BLANK_SPOT: 'blank_spot', GAP: 'gap', INACTIVE: 'inactive', ORGANIZATIONAL: 'organizational', WORK: 'work' };

export type MapOrganizationsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapOrganizations'] = ResolversParentTypes['MapOrganizations']> = ResolversObject<{
  aggregated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cellSize?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['MapCell']>, ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['MapOrgPoint']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MapServiceCenterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapServiceCenter'] = ResolversParentTypes['MapServiceCenter']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ServiceCenterLevel'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceRadiusM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MapWorkstationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MapWorkstation'] = ResolversParentTypes['MapWorkstation']> = ResolversObject<{
  blankSpots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  buildingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  buildingName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _empty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  acceptInstructorDeployment?: Resolver<ResolversTypes['InstructorDeploymentResult'], ParentType, ContextType, RequireFields<MutationAcceptInstructorDeploymentArgs, 'dryRun' | 'groups'>>;
  acceptJointBranchProposal?: Resolver<ResolversTypes['PartyOrganizationEditResult'], ParentType, ContextType, RequireFields<MutationAcceptJointBranchProposalArgs, 'dryRun' | 'input'>>;
  addPartyOrganizationUnits?: Resolver<ResolversTypes['PartyOrganizationEditResult'], ParentType, ContextType, RequireFields<MutationAddPartyOrganizationUnitsArgs, 'dryRun' | 'expectedVersion' | 'id' | 'unitIds'>>;
  assignInstructor?: Resolver<ResolversTypes['InstructorEditResult'], ParentType, ContextType, RequireFields<MutationAssignInstructorArgs, 'dryRun' | 'expectedVersion' | 'instructorId' | 'organizationId'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'newPassword' | 'oldPassword'>>;
  closeServiceCenter?: Resolver<ResolversTypes['ServiceCenterEditResult'], ParentType, ContextType, RequireFields<MutationCloseServiceCenterArgs, 'dryRun' | 'expectedVersion' | 'id'>>;
  closeWorkstation?: Resolver<ResolversTypes['WorkstationEditResult'], ParentType, ContextType, RequireFields<MutationCloseWorkstationArgs, 'dryRun' | 'expectedVersion' | 'id'>>;
  confirmOrganization?: Resolver<ResolversTypes['ConfirmOrganizationResult'], ParentType, ContextType, RequireFields<MutationConfirmOrganizationArgs, 'expectedVersion' | 'id'>>;
  createGrid?: Resolver<ResolversTypes['GridEditResult'], ParentType, ContextType, RequireFields<MutationCreateGridArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['OrganizationEditResult'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'dryRun' | 'input'>>;
  createPolicyProfile?: Resolver<ResolversTypes['PolicyProfile'], ParentType, ContextType, RequireFields<MutationCreatePolicyProfileArgs, 'document'>>;
  createServiceCenter?: Resolver<ResolversTypes['ServiceCenterEditResult'], ParentType, ContextType, RequireFields<MutationCreateServiceCenterArgs, 'dryRun' | 'input'>>;
  createUser?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationCreateUserArgs, 'input'>>;
  createWorkstation?: Resolver<ResolversTypes['WorkstationEditResult'], ParentType, ContextType, RequireFields<MutationCreateWorkstationArgs, 'dryRun' | 'input'>>;
  deleteOrganization?: Resolver<ResolversTypes['DeletedOrganization'], ParentType, ContextType, RequireFields<MutationDeleteOrganizationArgs, 'expectedVersion' | 'id'>>;
  dissolvePartyOrganization?: Resolver<ResolversTypes['PartyOrganizationEditResult'], ParentType, ContextType, RequireFields<MutationDissolvePartyOrganizationArgs, 'dryRun' | 'expectedVersion' | 'id'>>;
  foundPartyOrganization?: Resolver<ResolversTypes['PartyOrganizationEditResult'], ParentType, ContextType, RequireFields<MutationFoundPartyOrganizationArgs, 'dryRun' | 'input'>>;
  importLedger?: Resolver<ResolversTypes['LedgerImportReport'], ParentType, ContextType, RequireFields<MutationImportLedgerArgs, 'crs' | 'dryRun' | 'file' | 'mode'>>;
  mergeGrids?: Resolver<ResolversTypes['GridEditResult'], ParentType, ContextType, RequireFields<MutationMergeGridsArgs, 'expectedVersion' | 'gridId' | 'otherExpectedVersion' | 'otherGridId'>>;
  moveOrganization?: Resolver<ResolversTypes['OrganizationEditResult'], ParentType, ContextType, RequireFields<MutationMoveOrganizationArgs, 'dryRun' | 'expectedVersion' | 'id' | 'place'>>;
  moveServiceCenter?: Resolver<ResolversTypes['ServiceCenterEditResult'], ParentType, ContextType, RequireFields<MutationMoveServiceCenterArgs, 'dryRun' | 'expectedVersion' | 'id' | 'location'>>;
  moveSharedVertex?: Resolver<ResolversTypes['GridEditResult'], ParentType, ContextType, RequireFields<MutationMoveSharedVertexArgs, 'input'>>;
  moveWorkstation?: Resolver<ResolversTypes['WorkstationEditResult'], ParentType, ContextType, RequireFields<MutationMoveWorkstationArgs, 'buildingId' | 'dryRun' | 'expectedVersion' | 'id'>>;
  releaseInstructor?: Resolver<ResolversTypes['InstructorEditResult'], ParentType, ContextType, RequireFields<MutationReleaseInstructorArgs, 'dryRun' | 'expectedVersion' | 'instructorId' | 'organizationId'>>;
  removePartyOrganizationUnits?: Resolver<ResolversTypes['PartyOrganizationEditResult'], ParentType, ContextType, RequireFields<MutationRemovePartyOrganizationUnitsArgs, 'dryRun' | 'expectedVersion' | 'id' | 'unitIds'>>;
  revertChange?: Resolver<ResolversTypes['GridEditResult'], ParentType, ContextType, RequireFields<MutationRevertChangeArgs, 'auditId'>>;
  revertOrganizationChange?: Resolver<ResolversTypes['OrganizationEditResult'], ParentType, ContextType, RequireFields<MutationRevertOrganizationChangeArgs, 'auditId' | 'dryRun' | 'expectedVersion'>>;
  setOrganizationStatus?: Resolver<ResolversTypes['OrganizationEditResult'], ParentType, ContextType, RequireFields<MutationSetOrganizationStatusArgs, 'dryRun' | 'expectedVersion' | 'id' | 'status'>>;
  signIn?: Resolver<ResolversTypes['SignInPayload'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  splitGrid?: Resolver<ResolversTypes['GridEditResult'], ParentType, ContextType, RequireFields<MutationSplitGridArgs, 'crs' | 'expectedVersion' | 'gridId' | 'line'>>;
  takeCoverageSnapshot?: Resolver<ResolversTypes['CoverageSnapshot'], ParentType, ContextType, Partial<MutationTakeCoverageSnapshotArgs>>;
  updateGridBoundaries?: Resolver<ResolversTypes['GridEditResult'], ParentType, ContextType, RequireFields<MutationUpdateGridBoundariesArgs, 'input'>>;
  updateGridBoundary?: Resolver<ResolversTypes['GridEditResult'], ParentType, ContextType, RequireFields<MutationUpdateGridBoundaryArgs, 'boundary' | 'expectedVersion' | 'gridId'>>;
  updateOrganization?: Resolver<ResolversTypes['OrganizationEditResult'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'dryRun' | 'expectedVersion' | 'facts' | 'id'>>;
  updatePolicyProfile?: Resolver<ResolversTypes['PolicyProfile'], ParentType, ContextType, RequireFields<MutationUpdatePolicyProfileArgs, 'document' | 'key' | 'version'>>;
  updateServiceCenter?: Resolver<ResolversTypes['ServiceCenterEditResult'], ParentType, ContextType, RequireFields<MutationUpdateServiceCenterArgs, 'dryRun' | 'expectedVersion' | 'facts' | 'id'>>;
  updateWorkstation?: Resolver<ResolversTypes['WorkstationEditResult'], ParentType, ContextType, RequireFields<MutationUpdateWorkstationArgs, 'dryRun' | 'expectedVersion' | 'facts' | 'id'>>;
}>;

export type NeighbourModeResolvers = { ADJUST: 'adjust', EXACT: 'exact' };

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Building' | 'BuildingWorkstation' | 'District' | 'Grid' | 'Instructor' | 'Organization' | 'PartyOrganization' | 'PolicyProfile' | 'ServiceCenter' | 'Subdistrict', ParentType, ContextType>;
}>;

export type OrgCategoryResolvers = { NEW_ECONOMIC: 'new_economic', NEW_SOCIAL: 'new_social' };

export type OrgStatusResolvers = { DEREGISTERED: 'deregistered', OPERATING: 'operating', SUSPENDED: 'suspended', ZOMBIE: 'zombie' };

export type OrgSubKindResolvers = { FOUNDATION: 'foundation', INDIVIDUAL_BUSINESS: 'individual_business', NON_PUBLIC_ENTERPRISE: 'non_public_enterprise', PRIVATE_NON_ENTERPRISE: 'private_non_enterprise', SOCIAL_GROUP: 'social_group', SOCIAL_INTERMEDIARY: 'social_intermediary' };

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  activists?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  affiliation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  canRevert?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['OrgCategory'], ParentType, ContextType>;
  checkedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  checkedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['OrganizationCoverage'], ParentType, ContextType, Partial<OrganizationCoverageArgs>>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  employees?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  establishmentDirection?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  hasTradeUnion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasWomensFederation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasYouthLeague?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<OrganizationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instructors?: Resolver<Array<ResolversTypes['Instructor']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  memberUnits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerIsMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partyMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partyOrganization?: Resolver<Maybe<ResolversTypes['PartyOrganization']>, ParentType, ContextType>;
  revenueYuan?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrgStatus'], ParentType, ContextType>;
  subKind?: Resolver<ResolversTypes['OrgSubKind'], ParentType, ContextType>;
  subdistrict?: Resolver<Maybe<ResolversTypes['Subdistrict']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  uscc?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationCoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationCoverage'] = ResolversParentTypes['OrganizationCoverage']> = ResolversObject<{
  blankSpot?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['CoverageKind'], ParentType, ContextType>;
  excluded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasInstructor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasMassOrganizations?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['CoverageRequirement']>, ParentType, ContextType>;
  sizeClass?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  standalone?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
}>;

export type OrganizationCoverageChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationCoverageChange'] = ResolversParentTypes['OrganizationCoverageChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['OrganizationCoverage']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['OrganizationCoverage']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
}>;

export type OrganizationEditResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationEditResult'] = ResolversParentTypes['OrganizationEditResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  coverageAfter?: Resolver<Maybe<ResolversTypes['OrganizationCoverage']>, ParentType, ContextType>;
  coverageBefore?: Resolver<Maybe<ResolversTypes['OrganizationCoverage']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrganizationMovePreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationMovePreview'] = ResolversParentTypes['OrganizationMovePreview']> = ResolversObject<{
  fromGridId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  toGridId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartyOrgKindResolvers = { BRANCH: 'branch', COMMITTEE: 'committee', GENERAL_BRANCH: 'general_branch' };

export type PartyOrgSetupResolvers = { ATTACHED: 'attached', JOINT: 'joint', STANDALONE: 'standalone' };

export type PartyOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyOrganization'] = ResolversParentTypes['PartyOrganization']> = ResolversObject<{
  dissolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  foundedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  foundingMode?: Resolver<ResolversTypes['FoundingMode'], ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<PartyOrganizationHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAttached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  isJoint?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartyOrgKind'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seat?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  secretary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PartyOrganizationEditResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartyOrganizationEditResult'] = ResolversParentTypes['PartyOrganizationEditResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  coverageChanges?: Resolver<Array<ResolversTypes['OrganizationCoverageChange']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kindReason?: Resolver<Maybe<ResolversTypes['LocalizedText']>, ParentType, ContextType>;
  partyOrganization?: Resolver<Maybe<ResolversTypes['PartyOrganization']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlaceAtPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlaceAtPoint'] = ResolversParentTypes['PlaceAtPoint']> = ResolversObject<{
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType>;
  buildingDistanceM?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  canPlaceOrganization?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snapped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subdistrict?: Resolver<Maybe<ResolversTypes['Subdistrict']>, ParentType, ContextType>;
}>;

export type PlanCostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanCost'] = ResolversParentTypes['PlanCost']> = ResolversObject<{
  activityYuanPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['PartyOrgKind']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startupYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PlanEngineResolvers = { EXACT: 'exact', HEURISTIC: 'heuristic' };

export type PlanQualityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanQuality'] = ResolversParentTypes['PlanQuality']> = ResolversObject<{
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exactComponents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lowerBound?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  objective?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  provenOptimal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalDistanceM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type PlanRunPhaseResolvers = { EXACT: 'exact', FINISHED: 'finished', GROUPING: 'grouping', LOADING: 'loading', QUICK: 'quick', THOROUGH: 'thorough' };

export type PlanRunProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanRunProgress'] = ResolversParentTypes['PlanRunProgress']> = ResolversObject<{
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  parts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  partsDone?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  phase?: Resolver<ResolversTypes['PlanRunPhase'], ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlanTextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlanText'] = ResolversParentTypes['PlanText']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  zh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlannedMemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannedMember'] = ResolversParentTypes['PlannedMember']> = ResolversObject<{
  distanceM?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlannerListResolvers = { BLANK_SPOTS: 'blank_spots', GAPS: 'gaps', JOIN_CANDIDATES: 'join_candidates', OUTSIDE_CENTERS: 'outside_centers', WORKSTATIONS: 'workstations' };

export type PlannerListCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannerListCounts'] = ResolversParentTypes['PlannerListCounts']> = ResolversObject<{
  blankSpots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  joinCandidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outsideCenters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workstations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlannerListPageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannerListPage'] = ResolversParentTypes['PlannerListPage']> = ResolversObject<{
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['PlannerListRow']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlannerListRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PlannerListRow'] = ResolversParentTypes['PlannerListRow']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  blankSpots?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  branchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  branchName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  branchRoom?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  branchUnits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  distanceM?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  employees?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  gridId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  gridName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  otherBranches?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  sameIndustry?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MapOrgStatus']>, ParentType, ContextType>;
  subdistrictName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workstationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlannerListSortResolvers = { BLANK_SPOTS: 'blank_spots', DISTANCE: 'distance', EMPLOYEES: 'employees', GRID: 'grid', NAME: 'name', ORGANIZATIONS: 'organizations' };

export type PolicyProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyProfile'] = ResolversParentTypes['PolicyProfile']> = ResolversObject<{
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointUnitLimit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgsPerInstructor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rules?: Resolver<Array<ResolversTypes['PolicyRule']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['PolicyTarget']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PolicyRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyRule'] = ResolversParentTypes['PolicyRule']> = ResolversObject<{
  article?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  requirement?: Resolver<ResolversTypes['RequirementKind'], ParentType, ContextType>;
}>;

export type PolicyTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyTarget'] = ResolversParentTypes['PolicyTarget']> = ResolversObject<{
  article?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type ProposalReasonResolvers = { JOINS_EXISTING: 'joins_existing', MIXED_INDUSTRY: 'mixed_industry', NEEDS_MEMBERS: 'needs_members', NO_PARTNER_IN_RADIUS: 'no_partner_in_radius', NO_ROOM_IN_REACH: 'no_room_in_reach', SAME_INDUSTRY: 'same_industry', SIMILAR_INDUSTRY: 'similar_industry', WITHIN_RADIUS: 'within_radius' };

export type ProposedSiteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProposedSite'] = ResolversParentTypes['ProposedSite']> = ResolversObject<{
  buildingId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cumulative?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['PlanText'], ParentType, ContextType>;
  gain?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gainOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first' | 'offset'>>;
  blankSpots?: Resolver<ResolversTypes['CoverageConnection'], ParentType, ContextType, RequireFields<QueryBlankSpotsArgs, 'first' | 'kind'>>;
  building?: Resolver<Maybe<ResolversTypes['Building']>, ParentType, ContextType, RequireFields<QueryBuildingArgs, 'id'>>;
  cleanupList?: Resolver<ResolversTypes['CoverageConnection'], ParentType, ContextType, RequireFields<QueryCleanupListArgs, 'first'>>;
  compareSnapshots?: Resolver<ResolversTypes['SnapshotComparison'], ParentType, ContextType, RequireFields<QueryCompareSnapshotsArgs, 'first' | 'from' | 'to'>>;
  coverageSnapshots?: Resolver<Array<ResolversTypes['CoverageSnapshot']>, ParentType, ContextType, Partial<QueryCoverageSnapshotsArgs>>;
  coverageSummary?: Resolver<ResolversTypes['CoverageSummary'], ParentType, ContextType, Partial<QueryCoverageSummaryArgs>>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, Partial<QueryDistrictArgs>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType>;
  exportLedger?: Resolver<ResolversTypes['LedgerFile'], ParentType, ContextType, Partial<QueryExportLedgerArgs>>;
  exportOrganizationForm?: Resolver<Maybe<ResolversTypes['LedgerFile']>, ParentType, ContextType, RequireFields<QueryExportOrganizationFormArgs, 'id'>>;
  grid?: Resolver<Maybe<ResolversTypes['Grid']>, ParentType, ContextType, Partial<QueryGridArgs>>;
  gridBoundaryAsOf?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType, RequireFields<QueryGridBoundaryAsOfArgs, 'at' | 'gridId'>>;
  instructorDeploymentPlan?: Resolver<ResolversTypes['InstructorDeploymentPlan'], ParentType, ContextType, RequireFields<QueryInstructorDeploymentPlanArgs, 'scope'>>;
  jointBranchPlan?: Resolver<ResolversTypes['JointBranchPlan'], ParentType, ContextType, RequireFields<QueryJointBranchPlanArgs, 'scope'>>;
  mapGrids?: Resolver<Array<ResolversTypes['MapGrid']>, ParentType, ContextType, Partial<QueryMapGridsArgs>>;
  mapInfo?: Resolver<ResolversTypes['MapInfo'], ParentType, ContextType, Partial<QueryMapInfoArgs>>;
  mapJoinCandidates?: Resolver<Array<ResolversTypes['MapJoinCandidate']>, ParentType, ContextType, RequireFields<QueryMapJoinCandidatesArgs, 'organizationId' | 'withinMeters'>>;
  mapJointBranches?: Resolver<ResolversTypes['MapJointBranches'], ParentType, ContextType, RequireFields<QueryMapJointBranchesArgs, 'viewport'>>;
  mapOrganizations?: Resolver<ResolversTypes['MapOrganizations'], ParentType, ContextType, RequireFields<QueryMapOrganizationsArgs, 'layer' | 'viewport'>>;
  mapServiceCenters?: Resolver<Array<ResolversTypes['MapServiceCenter']>, ParentType, ContextType, RequireFields<QueryMapServiceCentersArgs, 'viewport'>>;
  mapWorkstations?: Resolver<Array<ResolversTypes['MapWorkstation']>, ParentType, ContextType, RequireFields<QueryMapWorkstationsArgs, 'viewport'>>;
  me?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  placeAt?: Resolver<ResolversTypes['PlaceAtPoint'], ParentType, ContextType, RequireFields<QueryPlaceAtArgs, 'crs' | 'lat' | 'lon' | 'snapMeters'>>;
  planRunProgress?: Resolver<Maybe<ResolversTypes['PlanRunProgress']>, ParentType, ContextType, RequireFields<QueryPlanRunProgressArgs, 'runId'>>;
  plannerList?: Resolver<ResolversTypes['PlannerListPage'], ParentType, ContextType, RequireFields<QueryPlannerListArgs, 'first' | 'input'>>;
  plannerListCounts?: Resolver<ResolversTypes['PlannerListCounts'], ParentType, ContextType, RequireFields<QueryPlannerListCountsArgs, 'input'>>;
  policyProfile?: Resolver<Maybe<ResolversTypes['PolicyProfile']>, ParentType, ContextType, RequireFields<QueryPolicyProfileArgs, 'key'>>;
  policyProfiles?: Resolver<Array<ResolversTypes['PolicyProfile']>, ParentType, ContextType>;
  previewGridEdit?: Resolver<ResolversTypes['GridEditPreview'], ParentType, ContextType, RequireFields<QueryPreviewGridEditArgs, 'input'>>;
  previewSharedVertexMove?: Resolver<ResolversTypes['GridEditPreview'], ParentType, ContextType, RequireFields<QueryPreviewSharedVertexMoveArgs, 'input'>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  serviceCenterSiting?: Resolver<ResolversTypes['ServiceCenterSiting'], ParentType, ContextType, RequireFields<QueryServiceCenterSitingArgs, 'scope'>>;
  subdistrict?: Resolver<Maybe<ResolversTypes['Subdistrict']>, ParentType, ContextType, Partial<QuerySubdistrictArgs>>;
  tilingViolations?: Resolver<Array<ResolversTypes['TilingReport']>, ParentType, ContextType, Partial<QueryTilingViolationsArgs>>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type RequirementKindResolvers = { ACTIVISTS: 'activists', MEMBER: 'member', PARTY_ORG: 'party_org', STANDALONE_PARTY_ORG: 'standalone_party_org', WORK_COVERAGE: 'work_coverage' };

export type RoleResolvers = { ANALYST: 'analyst', DISTRICT_ADMIN: 'district_admin', GRID_MANAGER: 'grid_manager', PLANNER: 'planner', SUBDISTRICT_ADMIN: 'subdistrict_admin' };

export type ScopeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Scope'] = ResolversParentTypes['Scope']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ScopeKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ScopeKindResolvers = { DISTRICT: 'district', GRID: 'grid', SUBDISTRICT: 'subdistrict' };

export type SearchFieldResolvers = { ADDRESS: 'address', CODE: 'code', NAME: 'name' };

export type SearchGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchGroup'] = ResolversParentTypes['SearchGroup']> = ResolversObject<{
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['SearchField'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = ResolversObject<{
  buildings?: Resolver<ResolversTypes['SearchGroup'], ParentType, ContextType>;
  centers?: Resolver<ResolversTypes['SearchGroup'], ParentType, ContextType>;
  grids?: Resolver<ResolversTypes['SearchGroup'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['SearchGroup'], ParentType, ContextType>;
  subdistricts?: Resolver<ResolversTypes['SearchGroup'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceCenterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCenter'] = ResolversParentTypes['ServiceCenter']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  floorAreaM2?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<ServiceCenterHistoryArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ServiceCenterLevel'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoJSON'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serviceRadiusM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subdistrict?: Resolver<Maybe<ResolversTypes['Subdistrict']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ServiceCenterEditResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCenterEditResult'] = ResolversParentTypes['ServiceCenterEditResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  outsideAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outsideBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceCenter?: Resolver<Maybe<ResolversTypes['ServiceCenter']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceCenterLevelResolvers = { COMMUNITY: 'community', DISTRICT: 'district', STREET: 'street', TOWN: 'town' };

export type ServiceCenterSitingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCenterSiting'] = ResolversParentTypes['ServiceCenterSiting']> = ResolversObject<{
  candidates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  coveredWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  elapsedMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['PlanEngine'], ParentType, ContextType>;
  optimal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  radiusM?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sites?: Resolver<Array<ResolversTypes['ProposedSite']>, ParentType, ContextType>;
  uncoveredBuildings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uncoveredOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uncoveredWeight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  upperBound?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['SitingWeight'], ParentType, ContextType>;
}>;

export type SignInPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type SitingWeightResolvers = { EMPLOYEES: 'employees', ORGANIZATIONS: 'organizations', PARTY_MEMBERS: 'party_members' };

export type SizeClassCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SizeClassCount'] = ResolversParentTypes['SizeClassCount']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  organizational?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SnapshotChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SnapshotChange'] = ResolversParentTypes['SnapshotChange']> = ResolversObject<{
  after?: Resolver<ResolversTypes['CoverageKind'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['CoverageKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  organizationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SnapshotComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SnapshotComparison'] = ResolversParentTypes['SnapshotComparison']> = ResolversObject<{
  from?: Resolver<ResolversTypes['CoverageSnapshot'], ParentType, ContextType>;
  newlyBlank?: Resolver<Array<ResolversTypes['SnapshotChange']>, ParentType, ContextType>;
  newlyBlankCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newlyCovered?: Resolver<Array<ResolversTypes['SnapshotChange']>, ParentType, ContextType>;
  newlyCoveredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['CoverageSnapshot'], ParentType, ContextType>;
}>;

export type SnapshotScopeCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SnapshotScopeCounts'] = ResolversParentTypes['SnapshotScopeCounts']> = ResolversObject<{
  blankSpots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gaps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizational?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  work?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubdistrictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subdistrict'] = ResolversParentTypes['Subdistrict']> = ResolversObject<{
  boundary?: Resolver<Maybe<ResolversTypes['GeoJSON']>, ParentType, ContextType>;
  buildings?: Resolver<Array<ResolversTypes['Building']>, ParentType, ContextType, Partial<SubdistrictBuildingsArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverageSummary?: Resolver<ResolversTypes['CoverageSummary'], ParentType, ContextType, Partial<SubdistrictCoverageSummaryArgs>>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  grids?: Resolver<Array<ResolversTypes['Grid']>, ParentType, ContextType, RequireFields<SubdistrictGridsArgs, 'topLevelOnly'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubdistrictKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<SubdistrictOrganizationsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubdistrictCostResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubdistrictCost'] = ResolversParentTypes['SubdistrictCost']> = ResolversObject<{
  activityYuanPerYear?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  joiningUnits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newOrganizations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startupYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  subdistrictId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  totalYuan?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SubdistrictKindResolvers = { PARK: 'park', STREET: 'street', TOWN: 'town', TOWNSHIP: 'township' };

export type TargetMetricResolvers = { ORGANIZATIONAL_RATE: 'organizational_rate', PARTY_ORGANIZATIONS: 'party_organizations', WORK_RATE_OF_UNCOVERED: 'work_rate_of_uncovered' };

export type TargetStatusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TargetStatus'] = ResolversParentTypes['TargetStatus']> = ResolversObject<{
  article?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['TargetMetric'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  needed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type TilingReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TilingReport'] = ResolversParentTypes['TilingReport']> = ResolversObject<{
  gapAreaM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overlapAreaM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  subdistrict?: Resolver<ResolversTypes['Subdistrict'], ParentType, ContextType>;
  toleranceM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['TilingViolation']>, ParentType, ContextType>;
}>;

export type TilingViolationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TilingViolation'] = ResolversParentTypes['TilingViolation']> = ResolversObject<{
  areaM2?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['GeoJSON'], ParentType, ContextType>;
  gridIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  grids?: Resolver<Array<ResolversTypes['Grid']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TilingViolationKind'], ParentType, ContextType>;
  where?: Resolver<ResolversTypes['GeoJSON'], ParentType, ContextType>;
}>;

export type TilingViolationKindResolvers = { GAP: 'gap', OUTSIDE: 'outside', OVERLAP: 'overlap' };

export type UngroupedOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UngroupedOrganization'] = ResolversParentTypes['UngroupedOrganization']> = ResolversObject<{
  explanation?: Resolver<ResolversTypes['PlanText'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['PlannedMember'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['ProposalReason'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  canEdit?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['Scope']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WhoCanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhoCan'] = ResolversParentTypes['WhoCan']> = ResolversObject<{
  administrators?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  managers?: Resolver<Array<ResolversTypes['GridManagerNames']>, ParentType, ContextType>;
}>;

export type WorkstationEditResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkstationEditResult'] = ResolversParentTypes['WorkstationEditResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workstation?: Resolver<Maybe<ResolversTypes['BuildingWorkstation']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Audited?: AuditedResolvers<ContextType>;
  Building?: BuildingResolvers<ContextType>;
  BuildingKind?: BuildingKindResolvers;
  BuildingMove?: BuildingMoveResolvers<ContextType>;
  BuildingMovePreview?: BuildingMovePreviewResolvers<ContextType>;
  BuildingWorkstation?: BuildingWorkstationResolvers<ContextType>;
  ConfirmOrganizationResult?: ConfirmOrganizationResultResolvers<ContextType>;
  CoordinateSystem?: CoordinateSystemResolvers;
  CoverageBreakdown?: CoverageBreakdownResolvers<ContextType>;
  CoverageConnection?: CoverageConnectionResolvers<ContextType>;
  CoverageEdge?: CoverageEdgeResolvers<ContextType>;
  CoverageKind?: CoverageKindResolvers;
  CoverageListKind?: CoverageListKindResolvers;
  CoverageRequirement?: CoverageRequirementResolvers<ContextType>;
  CoverageSnapshot?: CoverageSnapshotResolvers<ContextType>;
  CoverageSummary?: CoverageSummaryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeletedOrganization?: DeletedOrganizationResolvers<ContextType>;
  DeployedOrganization?: DeployedOrganizationResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  EditRefusal?: EditRefusalResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  FoundingMode?: FoundingModeResolvers;
  GeoJSON?: GraphQLScalarType;
  Grid?: GridResolvers<ContextType>;
  GridChangePreview?: GridChangePreviewResolvers<ContextType>;
  GridEditPreview?: GridEditPreviewResolvers<ContextType>;
  GridEditResult?: GridEditResultResolvers<ContextType>;
  GridKind?: GridKindResolvers;
  GridManagerNames?: GridManagerNamesResolvers<ContextType>;
  GridVersionConflict?: GridVersionConflictResolvers<ContextType>;
  ImportMode?: ImportModeResolvers;
  IndustryCount?: IndustryCountResolvers<ContextType>;
  InputCrs?: InputCrsResolvers;
  Instructor?: InstructorResolvers<ContextType>;
  InstructorDeploymentPlan?: InstructorDeploymentPlanResolvers<ContextType>;
  InstructorDeploymentProposal?: InstructorDeploymentProposalResolvers<ContextType>;
  InstructorDeploymentResult?: InstructorDeploymentResultResolvers<ContextType>;
  InstructorEditResult?: InstructorEditResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  JointBranchAttachment?: JointBranchAttachmentResolvers<ContextType>;
  JointBranchPlan?: JointBranchPlanResolvers<ContextType>;
  JointBranchProposal?: JointBranchProposalResolvers<ContextType>;
  JointOverLimit?: JointOverLimitResolvers<ContextType>;
  LedgerCheck?: LedgerCheckResolvers<ContextType>;
  LedgerFile?: LedgerFileResolvers<ContextType>;
  LedgerImportReport?: LedgerImportReportResolvers<ContextType>;
  LedgerRowError?: LedgerRowErrorResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  MapCell?: MapCellResolvers<ContextType>;
  MapGrid?: MapGridResolvers<ContextType>;
  MapInfo?: MapInfoResolvers<ContextType>;
  MapJoinCandidate?: MapJoinCandidateResolvers<ContextType>;
  MapJointBranch?: MapJointBranchResolvers<ContextType>;
  MapJointBranches?: MapJointBranchesResolvers<ContextType>;
  MapJointCell?: MapJointCellResolvers<ContextType>;
  MapJointMember?: MapJointMemberResolvers<ContextType>;
  MapOrgLayer?: MapOrgLayerResolvers;
  MapOrgPoint?: MapOrgPointResolvers<ContextType>;
  MapOrgStatus?: MapOrgStatusResolvers;
  MapOrganizations?: MapOrganizationsResolvers<ContextType>;
  MapServiceCenter?: MapServiceCenterResolvers<ContextType>;
  MapWorkstation?: MapWorkstationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NeighbourMode?: NeighbourModeResolvers;
  Node?: NodeResolvers<ContextType>;
  OrgCategory?: OrgCategoryResolvers;
  OrgStatus?: OrgStatusResolvers;
  OrgSubKind?: OrgSubKindResolvers;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationCoverage?: OrganizationCoverageResolvers<ContextType>;
  OrganizationCoverageChange?: OrganizationCoverageChangeResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationEditResult?: OrganizationEditResultResolvers<ContextType>;
  OrganizationMovePreview?: OrganizationMovePreviewResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartyOrgKind?: PartyOrgKindResolvers;
  PartyOrgSetup?: PartyOrgSetupResolvers;
  PartyOrganization?: PartyOrganizationResolvers<ContextType>;
  PartyOrganizationEditResult?: PartyOrganizationEditResultResolvers<ContextType>;
  PlaceAtPoint?: PlaceAtPointResolvers<ContextType>;
  PlanCost?: PlanCostResolvers<ContextType>;
  PlanEngine?: PlanEngineResolvers;
  PlanQuality?: PlanQualityResolvers<ContextType>;
  PlanRunPhase?: PlanRunPhaseResolvers;
  PlanRunProgress?: PlanRunProgressResolvers<ContextType>;
  PlanText?: PlanTextResolvers<ContextType>;
  PlannedMember?: PlannedMemberResolvers<ContextType>;
  PlannerList?: PlannerListResolvers;
  PlannerListCounts?: PlannerListCountsResolvers<ContextType>;
  PlannerListPage?: PlannerListPageResolvers<ContextType>;
  PlannerListRow?: PlannerListRowResolvers<ContextType>;
  PlannerListSort?: PlannerListSortResolvers;
  PolicyProfile?: PolicyProfileResolvers<ContextType>;
  PolicyRule?: PolicyRuleResolvers<ContextType>;
  PolicyTarget?: PolicyTargetResolvers<ContextType>;
  ProposalReason?: ProposalReasonResolvers;
  ProposedSite?: ProposedSiteResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequirementKind?: RequirementKindResolvers;
  Role?: RoleResolvers;
  Scope?: ScopeResolvers<ContextType>;
  ScopeKind?: ScopeKindResolvers;
  SearchField?: SearchFieldResolvers;
  SearchGroup?: SearchGroupResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  ServiceCenter?: ServiceCenterResolvers<ContextType>;
  ServiceCenterEditResult?: ServiceCenterEditResultResolvers<ContextType>;
  ServiceCenterLevel?: ServiceCenterLevelResolvers;
  ServiceCenterSiting?: ServiceCenterSitingResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  SitingWeight?: SitingWeightResolvers;
  SizeClassCount?: SizeClassCountResolvers<ContextType>;
  SnapshotChange?: SnapshotChangeResolvers<ContextType>;
  SnapshotComparison?: SnapshotComparisonResolvers<ContextType>;
  SnapshotScopeCounts?: SnapshotScopeCountsResolvers<ContextType>;
  Subdistrict?: SubdistrictResolvers<ContextType>;
  SubdistrictCost?: SubdistrictCostResolvers<ContextType>;
  SubdistrictKind?: SubdistrictKindResolvers;
  TargetMetric?: TargetMetricResolvers;
  TargetStatus?: TargetStatusResolvers<ContextType>;
  TilingReport?: TilingReportResolvers<ContextType>;
  TilingViolation?: TilingViolationResolvers<ContextType>;
  TilingViolationKind?: TilingViolationKindResolvers;
  UngroupedOrganization?: UngroupedOrganizationResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WhoCan?: WhoCanResolvers<ContextType>;
  WorkstationEditResult?: WorkstationEditResultResolvers<ContextType>;
}>;

