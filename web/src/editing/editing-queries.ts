import { graphql } from '../__generated__/gql.ts';

/** What every boundary edit returns: the grids it saved and the buildings that changed grid. */
export const GridEditResultFragment = graphql(`
  fragment GridEditResultFields on GridEditResult {
    grids {
      id
      name
      version
    }
    moves {
      building {
        id
        name
      }
      from {
        name
      }
      to {
        name
      }
      organizationIds
    }
    movedOrganizationIds
  }
`);

export const EditGridQuery = graphql(`
  query EditGrid($id: ID!) {
    grid(id: $id) {
      id
      name
      version
      canEdit
      boundary
      managerName
      parent {
        id
      }
      updatedBy
      updatedAt
      subdistrict {
        id
        name
        grids {
          id
          name
          version
          canEdit
          parent {
            id
          }
          boundary
        }
      }
    }
  }
`);

export const UpdateBoundaryMutation = graphql(`
  mutation UpdateGridBoundary($gridId: ID!, $boundary: GeoJSON!, $expectedVersion: Int!) {
    updateGridBoundary(gridId: $gridId, boundary: $boundary, expectedVersion: $expectedVersion) {
      ...GridEditResultFields
    }
  }
`);

export const CreateGridMutation = graphql(`
  mutation CreateGrid($input: CreateGridInput!) {
    createGrid(input: $input) {
      ...GridEditResultFields
    }
  }
`);

export const SplitGridMutation = graphql(`
  mutation SplitGrid($gridId: ID!, $line: GeoJSON!, $expectedVersion: Int!, $newName: String) {
    splitGrid(gridId: $gridId, line: $line, expectedVersion: $expectedVersion, newName: $newName) {
      ...GridEditResultFields
    }
  }
`);

export const MergeGridsMutation = graphql(`
  mutation MergeGrids(
    $gridId: ID!
    $expectedVersion: Int!
    $otherGridId: ID!
    $otherExpectedVersion: Int!
  ) {
    mergeGrids(
      gridId: $gridId
      expectedVersion: $expectedVersion
      otherGridId: $otherGridId
      otherExpectedVersion: $otherExpectedVersion
    ) {
      ...GridEditResultFields
      removedGridIds
    }
  }
`);

export const GridVersionQuery = graphql(`
  query GridVersion($id: ID!) {
    grid(id: $id) {
      id
      name
      version
    }
  }
`);

/**
 * The `extensions` of a CONFLICT on a stale save (schema/editing.graphql `GridVersionConflict`).
 * No query selects it: the fragment exists to give the web the schema's shape of that payload.
 */
export const GridVersionConflictFragment = graphql(`
  fragment GridVersionConflictFields on GridVersionConflict {
    gridId
    expectedVersion
    currentVersion
    currentBoundary
    updatedBy
    updatedAt
  }
`);

/** Issue 13: several grids saved at once (a moved shared boundary), neighbours adjusted. */
export const UpdateBoundariesMutation = graphql(`
  mutation UpdateGridBoundaries($input: GridBoundariesInput!) {
    updateGridBoundaries(input: $input) {
      ...GridEditResultFields
      changeId
    }
  }
`);

/** What a save would change, written nowhere: shown to the user before saving. */
export const PreviewGridEditQuery = graphql(`
  query PreviewGridEdit($input: GridBoundariesInput!) {
    previewGridEdit(input: $input) {
      ok
      refusal {
        code
        reason
        message
        where
        gridIds
        whoCan {
          managers {
            gridId
            gridName
            names
          }
          administrators
        }
      }
      grids {
        grid {
          id
          name
          version
        }
        explicit
        versionBefore
      }
      neighbourGridIds
      buildingMoves {
        buildingId
        name
        fromGridId
        toGridId
        organizationCount
      }
      organizationMoves {
        organizationId
        name
        fromGridId
        toGridId
      }
      buildingCount
      organizationCount
    }
  }
`);
