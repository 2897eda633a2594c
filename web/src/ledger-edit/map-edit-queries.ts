import { graphql } from '../__generated__/gql.ts';

/** What a click or a drag lands on: the building it snaps to, the grid, and may the user put an organization there. */
export const PlaceAtQuery = graphql(`
  query PlaceAt($lon: Float!, $lat: Float!) {
    placeAt(lon: $lon, lat: $lat, snapMeters: 30) {
      lon
      lat
      snapped
      buildingDistanceM
      building {
        id
        name
        address
      }
      grid {
        id
        name
      }
      subdistrict {
        id
        name
      }
      district {
        id
      }
      canPlaceOrganization
    }
  }
`);

/** An organization with the same full credit code (the form warns before the server refuses). */
export const UsccHolderQuery = graphql(`
  query UsccHolder($code: String!) {
    organizations(filter: { search: $code }, first: 1) {
      nodes {
        id
        name
        uscc
      }
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
      }
    }
  }
`);

/** Where an organization lies now, with the version a move starts from. */
export const OrgPlaceQuery = graphql(`
  query OrgPlace($id: ID!) {
    organization(id: $id) {
      id
      name
      version
      canEdit
      location
      building {
        id
        name
      }
      grid {
        id
        name
      }
    }
  }
`);

export const MoveOrganizationMutation = graphql(`
  mutation MoveOrganization(
    $id: ID!
    $expectedVersion: Int!
    $place: OrganizationPlaceInput!
    $dryRun: Boolean
  ) {
    moveOrganization(id: $id, expectedVersion: $expectedVersion, place: $place, dryRun: $dryRun) {
      ...EditResultFields
    }
  }
`);

/** A service center's point with the version a move starts from. */
export const CenterPlaceQuery = graphql(`
  query CenterPlace($id: ID!) {
    node(id: $id) {
      ... on ServiceCenter {
        id
        name
        version
        canEdit
        location
      }
    }
  }
`);

export const MoveCenterMutation = graphql(`
  mutation MoveCenter($id: ID!, $v: Int!, $location: PointInput!, $dryRun: Boolean) {
    moveServiceCenter(id: $id, expectedVersion: $v, location: $location, dryRun: $dryRun) {
      version
      outsideBefore
      outsideAfter
      changes {
        field
        before
        after
      }
    }
  }
`);

export const BuildingWorkstationOpenQuery = graphql(`
  query BuildingWorkstationOpen($id: ID!) {
    building(id: $id) {
      id
      name
      canOpenWorkstation
      workstation {
        id
      }
    }
  }
`);

export const CreateWorkstationMutation = graphql(`
  mutation CreateWorkstation($input: CreateWorkstationInput!) {
    createWorkstation(input: $input) {
      workstation {
        id
        name
      }
    }
  }
`);

/** A building's point and its workstation with the version a move starts from. */
export const WorkstationPlaceQuery = graphql(`
  query WorkstationPlace($id: ID!) {
    building(id: $id) {
      id
      name
      location
      workstation {
        id
        name
        version
        canEdit
      }
    }
  }
`);

export const MoveWorkstationMutation = graphql(`
  mutation MoveWorkstation($id: ID!, $v: Int!, $buildingId: ID!, $dryRun: Boolean) {
    moveWorkstation(id: $id, expectedVersion: $v, buildingId: $buildingId, dryRun: $dryRun) {
      version
    }
  }
`);
