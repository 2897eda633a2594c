/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A bounding box in WGS84 degrees. */
export type BBox = {
  maxLat: number;
  maxLon: number;
  minLat: number;
  minLon: number;
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

/** 党群服务中心 levels (seed 000 art. 25: district >= 1500 m², town >= 1200 m², street >= 800 m²). */
export type ServiceCenterLevel =
  | 'COMMUNITY'
  | 'DISTRICT'
  | 'STREET'
  | 'TOWN';

/**
 * What the map draws for one viewport. The client sends the visible bounding box and zoom; the
 * server returns only what lies in it, aggregated into cells at low zoom.
 */
export type Viewport = {
  bbox: BBox;
  /** Web-mercator zoom of the map (0-22); decides between cells and single points. */
  zoom: number;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, canEdit: boolean, scopes: Array<{ kind: ScopeKind, id: string, name: string | null }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { token: string, expiresAt: unknown } };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { districts: Array<{ id: string, code: string, name: string, subdistricts: Array<{ id: string, name: string }> }> };

export type MapGridsQueryVariables = Exact<{
  viewport: Viewport;
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


export type MapJointBranchesQuery = { mapJointBranches: Array<{ id: string, name: string, seatLon: number, seatLat: number, unitCount: number, overLimit: boolean, hull: unknown, members: Array<{ id: string, name: string, lon: number, lat: number, status: MapOrgStatus }> }> };

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


export type HierarchyQuery = { districts: Array<{ id: string, code: string, name: string, boundary: unknown, subdistricts: Array<{ id: string, code: string, name: string, boundary: unknown, grids: Array<{ id: string, code: string, name: string, boundary: unknown }> }> }> };


export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subdistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const MapGridsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapGrids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapGrids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subdistrictId"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"organizational"}},{"kind":"Field","name":{"kind":"Name","value":"work"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<MapGridsQuery, MapGridsQueryVariables>;
export const MapOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layer"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MapOrgLayer"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reach"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReachInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}},{"kind":"Argument","name":{"kind":"Name","value":"layer"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layer"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"reach"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reach"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregated"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MapOrganizationsQuery, MapOrganizationsQueryVariables>;
export const MapJointBranchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapJointBranches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapJointBranches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"seatLon"}},{"kind":"Field","name":{"kind":"Name","value":"seatLat"}},{"kind":"Field","name":{"kind":"Name","value":"unitCount"}},{"kind":"Field","name":{"kind":"Name","value":"overLimit"}},{"kind":"Field","name":{"kind":"Name","value":"hull"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MapJointBranchesQuery, MapJointBranchesQueryVariables>;
export const MapWorkstationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapWorkstations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapWorkstations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"buildingId"}},{"kind":"Field","name":{"kind":"Name","value":"buildingName"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"blankSpots"}}]}}]}}]} as unknown as DocumentNode<MapWorkstationsQuery, MapWorkstationsQueryVariables>;
export const MapServiceCentersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapServiceCenters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Viewport"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapServiceCenters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"viewport"},"value":{"kind":"Variable","name":{"kind":"Name","value":"viewport"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"serviceRadiusM"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}}]}}]}}]} as unknown as DocumentNode<MapServiceCentersQuery, MapServiceCentersQueryVariables>;
export const MapInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mapInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"profileKey"}},{"kind":"Field","name":{"kind":"Name","value":"jointUnitLimit"}},{"kind":"Field","name":{"kind":"Name","value":"walkMetersPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"basemapUrl"}}]}}]}}]} as unknown as DocumentNode<MapInfoQuery, MapInfoQueryVariables>;
export const HierarchyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hierarchy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"subdistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HierarchyQuery, HierarchyQueryVariables>;