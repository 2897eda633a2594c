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
      updatedBy
      updatedAt
      subdistrict {
        id
        name
        grids {
          id
          name
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
  mutation SplitGrid($gridId: ID!, $line: GeoJSON!, $expectedVersion: Int!) {
    splitGrid(gridId: $gridId, line: $line, expectedVersion: $expectedVersion) {
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
