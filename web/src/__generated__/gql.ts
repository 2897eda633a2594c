/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      canEdit\n      scopes {\n        kind\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query OrgCard($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      uscc\n      category\n      subKind\n      industry\n      status\n      employees\n      partyMembers\n      address\n      hasTradeUnion\n      hasYouthLeague\n      hasWomensFederation\n      building {\n        id\n        name\n      }\n      grid {\n        id\n        name\n      }\n      partyOrganization {\n        id\n        name\n        isJoint\n      }\n      instructors {\n        id\n        name\n      }\n      coverage {\n        coverage\n        excluded\n        blankSpot\n        gap\n        summary {\n          zh\n          en\n        }\n        requirements {\n          rule\n          article\n          met\n          reason {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgCardDocument,
    "\n  query BuildingCard($id: ID!) {\n    building(id: $id) {\n      id\n      name\n      address\n      floors\n      workstation {\n        id\n        name\n        staff\n      }\n      organizations(first: 200) {\n        totalCount\n        nodes {\n          id\n          name\n          employees\n          coverage {\n            coverage\n            excluded\n            blankSpot\n            gap\n          }\n        }\n      }\n    }\n  }\n": typeof types.BuildingCardDocument,
    "\n  query NodeCard($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on PartyOrganization {\n        name\n        secretary\n        memberCount\n        unitCount\n        isJoint\n        units {\n          id\n          name\n          industry\n          employees\n        }\n      }\n      ... on ServiceCenter {\n        name\n        level\n        floorAreaM2\n        serviceRadiusM\n        address\n      }\n      ... on Grid {\n        name\n        code\n        managerName\n        coverageSummary {\n          total\n          organizational\n          blankSpots\n          gaps\n          organizationalRate\n        }\n      }\n    }\n  }\n": typeof types.NodeCardDocument,
    "\n  query ProfileLimit($key: String!) {\n    policyProfile(key: $key) {\n      key\n      name\n      nameEn\n      jointUnitLimit\n    }\n  }\n": typeof types.ProfileLimitDocument,
    "\n  query JoinCandidates($id: ID!) {\n    mapJoinCandidates(organizationId: $id, withinMeters: 1000) {\n      id\n      name\n      unitCount\n      room\n      distanceM\n      sameIndustry\n    }\n  }\n": typeof types.JoinCandidatesDocument,
    "\n  fragment GridEditResultFields on GridEditResult {\n    grids {\n      id\n      name\n      version\n    }\n    moves {\n      building {\n        id\n        name\n      }\n      from {\n        name\n      }\n      to {\n        name\n      }\n      organizationIds\n    }\n    movedOrganizationIds\n  }\n": typeof types.GridEditResultFieldsFragmentDoc,
    "\n  query EditGrid($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      version\n      canEdit\n      boundary\n      updatedBy\n      updatedAt\n      subdistrict {\n        id\n        name\n        grids {\n          id\n          name\n          boundary\n        }\n      }\n    }\n  }\n": typeof types.EditGridDocument,
    "\n  mutation UpdateGridBoundary($gridId: ID!, $boundary: GeoJSON!, $expectedVersion: Int!) {\n    updateGridBoundary(gridId: $gridId, boundary: $boundary, expectedVersion: $expectedVersion) {\n      ...GridEditResultFields\n    }\n  }\n": typeof types.UpdateGridBoundaryDocument,
    "\n  mutation CreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      ...GridEditResultFields\n    }\n  }\n": typeof types.CreateGridDocument,
    "\n  mutation SplitGrid($gridId: ID!, $line: GeoJSON!, $expectedVersion: Int!) {\n    splitGrid(gridId: $gridId, line: $line, expectedVersion: $expectedVersion) {\n      ...GridEditResultFields\n    }\n  }\n": typeof types.SplitGridDocument,
    "\n  mutation MergeGrids(\n    $gridId: ID!\n    $expectedVersion: Int!\n    $otherGridId: ID!\n    $otherExpectedVersion: Int!\n  ) {\n    mergeGrids(\n      gridId: $gridId\n      expectedVersion: $expectedVersion\n      otherGridId: $otherGridId\n      otherExpectedVersion: $otherExpectedVersion\n    ) {\n      ...GridEditResultFields\n      removedGridIds\n    }\n  }\n": typeof types.MergeGridsDocument,
    "\n  query GridVersion($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.GridVersionDocument,
    "\n  query PlannerList($input: PlannerListInput!, $first: Int, $after: String) {\n    plannerList(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      rows {\n        id\n        name\n        lon\n        lat\n        subdistrictName\n        gridName\n        address\n        industry\n        employees\n        status\n        branchId\n        branchName\n        branchUnits\n        branchRoom\n        distanceM\n        sameIndustry\n        otherBranches\n        workstationName\n        organizations\n        blankSpots\n      }\n    }\n  }\n": typeof types.PlannerListDocument,
    "\n  query PlannerListCounts($input: PlannerListInput!) {\n    plannerListCounts(input: $input) {\n      blankSpots\n      gaps\n      workstations\n      outsideCenters\n    }\n  }\n": typeof types.PlannerListCountsDocument,
    "\n  query MapGrids($viewport: Viewport!) {\n    mapGrids(viewport: $viewport) {\n      id\n      code\n      name\n      subdistrictId\n      boundary\n      organizations\n      organizational\n      work\n      blankSpots\n      gaps\n      rate\n    }\n  }\n": typeof types.MapGridsDocument,
    "\n  query MapOrganizations(\n    $viewport: Viewport!\n    $layer: MapOrgLayer!\n    $filter: OrganizationFilter\n    $reach: ReachInput\n  ) {\n    mapOrganizations(viewport: $viewport, layer: $layer, filter: $filter, reach: $reach) {\n      aggregated\n      total\n      cells {\n        lon\n        lat\n        count\n        blankSpots\n        gaps\n      }\n      points {\n        id\n        name\n        lon\n        lat\n        status\n      }\n    }\n  }\n": typeof types.MapOrganizationsDocument,
    "\n  query MapJointBranches($viewport: Viewport!) {\n    mapJointBranches(viewport: $viewport) {\n      id\n      name\n      seatLon\n      seatLat\n      unitCount\n      overLimit\n      hull\n      members {\n        id\n        name\n        lon\n        lat\n        status\n      }\n    }\n  }\n": typeof types.MapJointBranchesDocument,
    "\n  query MapWorkstations($viewport: Viewport!) {\n    mapWorkstations(viewport: $viewport) {\n      id\n      name\n      buildingId\n      buildingName\n      lon\n      lat\n      organizations\n      blankSpots\n    }\n  }\n": typeof types.MapWorkstationsDocument,
    "\n  query MapServiceCenters($viewport: Viewport!) {\n    mapServiceCenters(viewport: $viewport) {\n      id\n      name\n      level\n      serviceRadiusM\n      lon\n      lat\n    }\n  }\n": typeof types.MapServiceCentersDocument,
    "\n  query MapInfo {\n    mapInfo {\n      profileKey\n      jointUnitLimit\n      walkMetersPerMinute\n      basemapUrl\n    }\n  }\n": typeof types.MapInfoDocument,
    "\n  query Hierarchy {\n    districts {\n      id\n      code\n      name\n      boundary\n      subdistricts {\n        id\n        code\n        name\n        boundary\n        grids {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.HierarchyDocument,
    "\n  query GridBoundary($id: ID!) {\n    grid(id: $id) {\n      id\n      boundary\n    }\n  }\n": typeof types.GridBoundaryDocument,
    "\n  query MapGridRates($viewport: Viewport!) {\n    mapGrids(viewport: $viewport) {\n      id\n      rate\n    }\n  }\n": typeof types.MapGridRatesDocument,
    "\n  query ScopeSummary($scope: ID) {\n    coverageSummary(scope: $scope) {\n      profile\n      total\n      organizational\n      work\n      blankSpots\n      gaps\n      organizationalRate\n      targets {\n        id\n        article\n        label {\n          zh\n          en\n        }\n        min\n        value\n        met\n        needed\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n": typeof types.ScopeSummaryDocument,
    "\n  query SearchOrganizations($text: String!) {\n    organizations(filter: { search: $text }, first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        uscc\n        location\n      }\n    }\n  }\n": typeof types.SearchOrganizationsDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      canEdit\n      scopes {\n        kind\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.SignInDocument,
    "\n  query OrgCard($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      uscc\n      category\n      subKind\n      industry\n      status\n      employees\n      partyMembers\n      address\n      hasTradeUnion\n      hasYouthLeague\n      hasWomensFederation\n      building {\n        id\n        name\n      }\n      grid {\n        id\n        name\n      }\n      partyOrganization {\n        id\n        name\n        isJoint\n      }\n      instructors {\n        id\n        name\n      }\n      coverage {\n        coverage\n        excluded\n        blankSpot\n        gap\n        summary {\n          zh\n          en\n        }\n        requirements {\n          rule\n          article\n          met\n          reason {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n": types.OrgCardDocument,
    "\n  query BuildingCard($id: ID!) {\n    building(id: $id) {\n      id\n      name\n      address\n      floors\n      workstation {\n        id\n        name\n        staff\n      }\n      organizations(first: 200) {\n        totalCount\n        nodes {\n          id\n          name\n          employees\n          coverage {\n            coverage\n            excluded\n            blankSpot\n            gap\n          }\n        }\n      }\n    }\n  }\n": types.BuildingCardDocument,
    "\n  query NodeCard($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on PartyOrganization {\n        name\n        secretary\n        memberCount\n        unitCount\n        isJoint\n        units {\n          id\n          name\n          industry\n          employees\n        }\n      }\n      ... on ServiceCenter {\n        name\n        level\n        floorAreaM2\n        serviceRadiusM\n        address\n      }\n      ... on Grid {\n        name\n        code\n        managerName\n        coverageSummary {\n          total\n          organizational\n          blankSpots\n          gaps\n          organizationalRate\n        }\n      }\n    }\n  }\n": types.NodeCardDocument,
    "\n  query ProfileLimit($key: String!) {\n    policyProfile(key: $key) {\n      key\n      name\n      nameEn\n      jointUnitLimit\n    }\n  }\n": types.ProfileLimitDocument,
    "\n  query JoinCandidates($id: ID!) {\n    mapJoinCandidates(organizationId: $id, withinMeters: 1000) {\n      id\n      name\n      unitCount\n      room\n      distanceM\n      sameIndustry\n    }\n  }\n": types.JoinCandidatesDocument,
    "\n  fragment GridEditResultFields on GridEditResult {\n    grids {\n      id\n      name\n      version\n    }\n    moves {\n      building {\n        id\n        name\n      }\n      from {\n        name\n      }\n      to {\n        name\n      }\n      organizationIds\n    }\n    movedOrganizationIds\n  }\n": types.GridEditResultFieldsFragmentDoc,
    "\n  query EditGrid($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      version\n      canEdit\n      boundary\n      updatedBy\n      updatedAt\n      subdistrict {\n        id\n        name\n        grids {\n          id\n          name\n          boundary\n        }\n      }\n    }\n  }\n": types.EditGridDocument,
    "\n  mutation UpdateGridBoundary($gridId: ID!, $boundary: GeoJSON!, $expectedVersion: Int!) {\n    updateGridBoundary(gridId: $gridId, boundary: $boundary, expectedVersion: $expectedVersion) {\n      ...GridEditResultFields\n    }\n  }\n": types.UpdateGridBoundaryDocument,
    "\n  mutation CreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      ...GridEditResultFields\n    }\n  }\n": types.CreateGridDocument,
    "\n  mutation SplitGrid($gridId: ID!, $line: GeoJSON!, $expectedVersion: Int!) {\n    splitGrid(gridId: $gridId, line: $line, expectedVersion: $expectedVersion) {\n      ...GridEditResultFields\n    }\n  }\n": types.SplitGridDocument,
    "\n  mutation MergeGrids(\n    $gridId: ID!\n    $expectedVersion: Int!\n    $otherGridId: ID!\n    $otherExpectedVersion: Int!\n  ) {\n    mergeGrids(\n      gridId: $gridId\n      expectedVersion: $expectedVersion\n      otherGridId: $otherGridId\n      otherExpectedVersion: $otherExpectedVersion\n    ) {\n      ...GridEditResultFields\n      removedGridIds\n    }\n  }\n": types.MergeGridsDocument,
    "\n  query GridVersion($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      version\n    }\n  }\n": types.GridVersionDocument,
    "\n  query PlannerList($input: PlannerListInput!, $first: Int, $after: String) {\n    plannerList(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      rows {\n        id\n        name\n        lon\n        lat\n        subdistrictName\n        gridName\n        address\n        industry\n        employees\n        status\n        branchId\n        branchName\n        branchUnits\n        branchRoom\n        distanceM\n        sameIndustry\n        otherBranches\n        workstationName\n        organizations\n        blankSpots\n      }\n    }\n  }\n": types.PlannerListDocument,
    "\n  query PlannerListCounts($input: PlannerListInput!) {\n    plannerListCounts(input: $input) {\n      blankSpots\n      gaps\n      workstations\n      outsideCenters\n    }\n  }\n": types.PlannerListCountsDocument,
    "\n  query MapGrids($viewport: Viewport!) {\n    mapGrids(viewport: $viewport) {\n      id\n      code\n      name\n      subdistrictId\n      boundary\n      organizations\n      organizational\n      work\n      blankSpots\n      gaps\n      rate\n    }\n  }\n": types.MapGridsDocument,
    "\n  query MapOrganizations(\n    $viewport: Viewport!\n    $layer: MapOrgLayer!\n    $filter: OrganizationFilter\n    $reach: ReachInput\n  ) {\n    mapOrganizations(viewport: $viewport, layer: $layer, filter: $filter, reach: $reach) {\n      aggregated\n      total\n      cells {\n        lon\n        lat\n        count\n        blankSpots\n        gaps\n      }\n      points {\n        id\n        name\n        lon\n        lat\n        status\n      }\n    }\n  }\n": types.MapOrganizationsDocument,
    "\n  query MapJointBranches($viewport: Viewport!) {\n    mapJointBranches(viewport: $viewport) {\n      id\n      name\n      seatLon\n      seatLat\n      unitCount\n      overLimit\n      hull\n      members {\n        id\n        name\n        lon\n        lat\n        status\n      }\n    }\n  }\n": types.MapJointBranchesDocument,
    "\n  query MapWorkstations($viewport: Viewport!) {\n    mapWorkstations(viewport: $viewport) {\n      id\n      name\n      buildingId\n      buildingName\n      lon\n      lat\n      organizations\n      blankSpots\n    }\n  }\n": types.MapWorkstationsDocument,
    "\n  query MapServiceCenters($viewport: Viewport!) {\n    mapServiceCenters(viewport: $viewport) {\n      id\n      name\n      level\n      serviceRadiusM\n      lon\n      lat\n    }\n  }\n": types.MapServiceCentersDocument,
    "\n  query MapInfo {\n    mapInfo {\n      profileKey\n      jointUnitLimit\n      walkMetersPerMinute\n      basemapUrl\n    }\n  }\n": types.MapInfoDocument,
    "\n  query Hierarchy {\n    districts {\n      id\n      code\n      name\n      boundary\n      subdistricts {\n        id\n        code\n        name\n        boundary\n        grids {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.HierarchyDocument,
    "\n  query GridBoundary($id: ID!) {\n    grid(id: $id) {\n      id\n      boundary\n    }\n  }\n": types.GridBoundaryDocument,
    "\n  query MapGridRates($viewport: Viewport!) {\n    mapGrids(viewport: $viewport) {\n      id\n      rate\n    }\n  }\n": types.MapGridRatesDocument,
    "\n  query ScopeSummary($scope: ID) {\n    coverageSummary(scope: $scope) {\n      profile\n      total\n      organizational\n      work\n      blankSpots\n      gaps\n      organizationalRate\n      targets {\n        id\n        article\n        label {\n          zh\n          en\n        }\n        min\n        value\n        met\n        needed\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n": types.ScopeSummaryDocument,
    "\n  query SearchOrganizations($text: String!) {\n    organizations(filter: { search: $text }, first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        uscc\n        location\n      }\n    }\n  }\n": types.SearchOrganizationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      canEdit\n      scopes {\n        kind\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      role\n      canEdit\n      scopes {\n        kind\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgCard($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      uscc\n      category\n      subKind\n      industry\n      status\n      employees\n      partyMembers\n      address\n      hasTradeUnion\n      hasYouthLeague\n      hasWomensFederation\n      building {\n        id\n        name\n      }\n      grid {\n        id\n        name\n      }\n      partyOrganization {\n        id\n        name\n        isJoint\n      }\n      instructors {\n        id\n        name\n      }\n      coverage {\n        coverage\n        excluded\n        blankSpot\n        gap\n        summary {\n          zh\n          en\n        }\n        requirements {\n          rule\n          article\n          met\n          reason {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgCard($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      uscc\n      category\n      subKind\n      industry\n      status\n      employees\n      partyMembers\n      address\n      hasTradeUnion\n      hasYouthLeague\n      hasWomensFederation\n      building {\n        id\n        name\n      }\n      grid {\n        id\n        name\n      }\n      partyOrganization {\n        id\n        name\n        isJoint\n      }\n      instructors {\n        id\n        name\n      }\n      coverage {\n        coverage\n        excluded\n        blankSpot\n        gap\n        summary {\n          zh\n          en\n        }\n        requirements {\n          rule\n          article\n          met\n          reason {\n            zh\n            en\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BuildingCard($id: ID!) {\n    building(id: $id) {\n      id\n      name\n      address\n      floors\n      workstation {\n        id\n        name\n        staff\n      }\n      organizations(first: 200) {\n        totalCount\n        nodes {\n          id\n          name\n          employees\n          coverage {\n            coverage\n            excluded\n            blankSpot\n            gap\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BuildingCard($id: ID!) {\n    building(id: $id) {\n      id\n      name\n      address\n      floors\n      workstation {\n        id\n        name\n        staff\n      }\n      organizations(first: 200) {\n        totalCount\n        nodes {\n          id\n          name\n          employees\n          coverage {\n            coverage\n            excluded\n            blankSpot\n            gap\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeCard($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on PartyOrganization {\n        name\n        secretary\n        memberCount\n        unitCount\n        isJoint\n        units {\n          id\n          name\n          industry\n          employees\n        }\n      }\n      ... on ServiceCenter {\n        name\n        level\n        floorAreaM2\n        serviceRadiusM\n        address\n      }\n      ... on Grid {\n        name\n        code\n        managerName\n        coverageSummary {\n          total\n          organizational\n          blankSpots\n          gaps\n          organizationalRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeCard($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on PartyOrganization {\n        name\n        secretary\n        memberCount\n        unitCount\n        isJoint\n        units {\n          id\n          name\n          industry\n          employees\n        }\n      }\n      ... on ServiceCenter {\n        name\n        level\n        floorAreaM2\n        serviceRadiusM\n        address\n      }\n      ... on Grid {\n        name\n        code\n        managerName\n        coverageSummary {\n          total\n          organizational\n          blankSpots\n          gaps\n          organizationalRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileLimit($key: String!) {\n    policyProfile(key: $key) {\n      key\n      name\n      nameEn\n      jointUnitLimit\n    }\n  }\n"): (typeof documents)["\n  query ProfileLimit($key: String!) {\n    policyProfile(key: $key) {\n      key\n      name\n      nameEn\n      jointUnitLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinCandidates($id: ID!) {\n    mapJoinCandidates(organizationId: $id, withinMeters: 1000) {\n      id\n      name\n      unitCount\n      room\n      distanceM\n      sameIndustry\n    }\n  }\n"): (typeof documents)["\n  query JoinCandidates($id: ID!) {\n    mapJoinCandidates(organizationId: $id, withinMeters: 1000) {\n      id\n      name\n      unitCount\n      room\n      distanceM\n      sameIndustry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GridEditResultFields on GridEditResult {\n    grids {\n      id\n      name\n      version\n    }\n    moves {\n      building {\n        id\n        name\n      }\n      from {\n        name\n      }\n      to {\n        name\n      }\n      organizationIds\n    }\n    movedOrganizationIds\n  }\n"): (typeof documents)["\n  fragment GridEditResultFields on GridEditResult {\n    grids {\n      id\n      name\n      version\n    }\n    moves {\n      building {\n        id\n        name\n      }\n      from {\n        name\n      }\n      to {\n        name\n      }\n      organizationIds\n    }\n    movedOrganizationIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditGrid($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      version\n      canEdit\n      boundary\n      updatedBy\n      updatedAt\n      subdistrict {\n        id\n        name\n        grids {\n          id\n          name\n          boundary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditGrid($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      version\n      canEdit\n      boundary\n      updatedBy\n      updatedAt\n      subdistrict {\n        id\n        name\n        grids {\n          id\n          name\n          boundary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGridBoundary($gridId: ID!, $boundary: GeoJSON!, $expectedVersion: Int!) {\n    updateGridBoundary(gridId: $gridId, boundary: $boundary, expectedVersion: $expectedVersion) {\n      ...GridEditResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGridBoundary($gridId: ID!, $boundary: GeoJSON!, $expectedVersion: Int!) {\n    updateGridBoundary(gridId: $gridId, boundary: $boundary, expectedVersion: $expectedVersion) {\n      ...GridEditResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      ...GridEditResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) {\n      ...GridEditResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitGrid($gridId: ID!, $line: GeoJSON!, $expectedVersion: Int!) {\n    splitGrid(gridId: $gridId, line: $line, expectedVersion: $expectedVersion) {\n      ...GridEditResultFields\n    }\n  }\n"): (typeof documents)["\n  mutation SplitGrid($gridId: ID!, $line: GeoJSON!, $expectedVersion: Int!) {\n    splitGrid(gridId: $gridId, line: $line, expectedVersion: $expectedVersion) {\n      ...GridEditResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeGrids(\n    $gridId: ID!\n    $expectedVersion: Int!\n    $otherGridId: ID!\n    $otherExpectedVersion: Int!\n  ) {\n    mergeGrids(\n      gridId: $gridId\n      expectedVersion: $expectedVersion\n      otherGridId: $otherGridId\n      otherExpectedVersion: $otherExpectedVersion\n    ) {\n      ...GridEditResultFields\n      removedGridIds\n    }\n  }\n"): (typeof documents)["\n  mutation MergeGrids(\n    $gridId: ID!\n    $expectedVersion: Int!\n    $otherGridId: ID!\n    $otherExpectedVersion: Int!\n  ) {\n    mergeGrids(\n      gridId: $gridId\n      expectedVersion: $expectedVersion\n      otherGridId: $otherGridId\n      otherExpectedVersion: $otherExpectedVersion\n    ) {\n      ...GridEditResultFields\n      removedGridIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridVersion($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  query GridVersion($id: ID!) {\n    grid(id: $id) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerList($input: PlannerListInput!, $first: Int, $after: String) {\n    plannerList(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      rows {\n        id\n        name\n        lon\n        lat\n        subdistrictName\n        gridName\n        address\n        industry\n        employees\n        status\n        branchId\n        branchName\n        branchUnits\n        branchRoom\n        distanceM\n        sameIndustry\n        otherBranches\n        workstationName\n        organizations\n        blankSpots\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlannerList($input: PlannerListInput!, $first: Int, $after: String) {\n    plannerList(input: $input, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      rows {\n        id\n        name\n        lon\n        lat\n        subdistrictName\n        gridName\n        address\n        industry\n        employees\n        status\n        branchId\n        branchName\n        branchUnits\n        branchRoom\n        distanceM\n        sameIndustry\n        otherBranches\n        workstationName\n        organizations\n        blankSpots\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannerListCounts($input: PlannerListInput!) {\n    plannerListCounts(input: $input) {\n      blankSpots\n      gaps\n      workstations\n      outsideCenters\n    }\n  }\n"): (typeof documents)["\n  query PlannerListCounts($input: PlannerListInput!) {\n    plannerListCounts(input: $input) {\n      blankSpots\n      gaps\n      workstations\n      outsideCenters\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapGrids($viewport: Viewport!) {\n    mapGrids(viewport: $viewport) {\n      id\n      code\n      name\n      subdistrictId\n      boundary\n      organizations\n      organizational\n      work\n      blankSpots\n      gaps\n      rate\n    }\n  }\n"): (typeof documents)["\n  query MapGrids($viewport: Viewport!) {\n    mapGrids(viewport: $viewport) {\n      id\n      code\n      name\n      subdistrictId\n      boundary\n      organizations\n      organizational\n      work\n      blankSpots\n      gaps\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapOrganizations(\n    $viewport: Viewport!\n    $layer: MapOrgLayer!\n    $filter: OrganizationFilter\n    $reach: ReachInput\n  ) {\n    mapOrganizations(viewport: $viewport, layer: $layer, filter: $filter, reach: $reach) {\n      aggregated\n      total\n      cells {\n        lon\n        lat\n        count\n        blankSpots\n        gaps\n      }\n      points {\n        id\n        name\n        lon\n        lat\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapOrganizations(\n    $viewport: Viewport!\n    $layer: MapOrgLayer!\n    $filter: OrganizationFilter\n    $reach: ReachInput\n  ) {\n    mapOrganizations(viewport: $viewport, layer: $layer, filter: $filter, reach: $reach) {\n      aggregated\n      total\n      cells {\n        lon\n        lat\n        count\n        blankSpots\n        gaps\n      }\n      points {\n        id\n        name\n        lon\n        lat\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapJointBranches($viewport: Viewport!) {\n    mapJointBranches(viewport: $viewport) {\n      id\n      name\n      seatLon\n      seatLat\n      unitCount\n      overLimit\n      hull\n      members {\n        id\n        name\n        lon\n        lat\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapJointBranches($viewport: Viewport!) {\n    mapJointBranches(viewport: $viewport) {\n      id\n      name\n      seatLon\n      seatLat\n      unitCount\n      overLimit\n      hull\n      members {\n        id\n        name\n        lon\n        lat\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapWorkstations($viewport: Viewport!) {\n    mapWorkstations(viewport: $viewport) {\n      id\n      name\n      buildingId\n      buildingName\n      lon\n      lat\n      organizations\n      blankSpots\n    }\n  }\n"): (typeof documents)["\n  query MapWorkstations($viewport: Viewport!) {\n    mapWorkstations(viewport: $viewport) {\n      id\n      name\n      buildingId\n      buildingName\n      lon\n      lat\n      organizations\n      blankSpots\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapServiceCenters($viewport: Viewport!) {\n    mapServiceCenters(viewport: $viewport) {\n      id\n      name\n      level\n      serviceRadiusM\n      lon\n      lat\n    }\n  }\n"): (typeof documents)["\n  query MapServiceCenters($viewport: Viewport!) {\n    mapServiceCenters(viewport: $viewport) {\n      id\n      name\n      level\n      serviceRadiusM\n      lon\n      lat\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapInfo {\n    mapInfo {\n      profileKey\n      jointUnitLimit\n      walkMetersPerMinute\n      basemapUrl\n    }\n  }\n"): (typeof documents)["\n  query MapInfo {\n    mapInfo {\n      profileKey\n      jointUnitLimit\n      walkMetersPerMinute\n      basemapUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hierarchy {\n    districts {\n      id\n      code\n      name\n      boundary\n      subdistricts {\n        id\n        code\n        name\n        boundary\n        grids {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Hierarchy {\n    districts {\n      id\n      code\n      name\n      boundary\n      subdistricts {\n        id\n        code\n        name\n        boundary\n        grids {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridBoundary($id: ID!) {\n    grid(id: $id) {\n      id\n      boundary\n    }\n  }\n"): (typeof documents)["\n  query GridBoundary($id: ID!) {\n    grid(id: $id) {\n      id\n      boundary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapGridRates($viewport: Viewport!) {\n    mapGrids(viewport: $viewport) {\n      id\n      rate\n    }\n  }\n"): (typeof documents)["\n  query MapGridRates($viewport: Viewport!) {\n    mapGrids(viewport: $viewport) {\n      id\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeSummary($scope: ID) {\n    coverageSummary(scope: $scope) {\n      profile\n      total\n      organizational\n      work\n      blankSpots\n      gaps\n      organizationalRate\n      targets {\n        id\n        article\n        label {\n          zh\n          en\n        }\n        min\n        value\n        met\n        needed\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScopeSummary($scope: ID) {\n    coverageSummary(scope: $scope) {\n      profile\n      total\n      organizational\n      work\n      blankSpots\n      gaps\n      organizationalRate\n      targets {\n        id\n        article\n        label {\n          zh\n          en\n        }\n        min\n        value\n        met\n        needed\n        message {\n          zh\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrganizations($text: String!) {\n    organizations(filter: { search: $text }, first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        uscc\n        location\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchOrganizations($text: String!) {\n    organizations(filter: { search: $text }, first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        uscc\n        location\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;