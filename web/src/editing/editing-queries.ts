import { graphql } from '../__generated__/gql.ts';

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
  }
`);

export const CreateGridMutation = graphql(`
  mutation CreateGrid($input: CreateGridInput!) {
    createGrid(input: $input) {
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
  }
`);

export const SplitGridMutation = graphql(`
  mutation SplitGrid($gridId: ID!, $line: GeoJSON!, $expectedVersion: Int!) {
    splitGrid(gridId: $gridId, line: $line, expectedVersion: $expectedVersion) {
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
      grids {
        id
        name
        version
      }
      removedGridIds
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
