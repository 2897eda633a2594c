import { graphql } from '../__generated__/gql.ts';

/** A service center's facts with the version an edit starts from. */
export const CenterEditQuery = graphql(`
  query CenterEdit($id: ID!) {
    node(id: $id) {
      ... on ServiceCenter {
        id
        version
        canEdit
        name
        level
        serviceRadiusM
        floorAreaM2
        address
      }
    }
  }
`);

/** A building's workstation with the version an edit starts from. */
export const WorkstationEditQuery = graphql(`
  query WorkstationEdit($id: ID!) {
    building(id: $id) {
      id
      workstation {
        id
        version
        canEdit
        name
        staff
        openedOn
      }
    }
  }
`);

export const UpdateCenterMutation = graphql(`
  mutation UpdateCenter($id: ID!, $v: Int!, $facts: ServiceCenterFactsInput!) {
    updateServiceCenter(id: $id, expectedVersion: $v, facts: $facts) {
      version
      outsideBefore
      outsideAfter
    }
  }
`);
export const CloseCenterMutation = graphql(`
  mutation CloseCenter($id: ID!, $v: Int!) {
    closeServiceCenter(id: $id, expectedVersion: $v) {
      version
    }
  }
`);
export const UpdateWorkstationMutation = graphql(`
  mutation UpdateWorkstation($id: ID!, $v: Int!, $facts: WorkstationFactsInput!) {
    updateWorkstation(id: $id, expectedVersion: $v, facts: $facts) {
      version
    }
  }
`);
export const CloseWorkstationMutation = graphql(`
  mutation CloseWorkstation($id: ID!, $v: Int!) {
    closeWorkstation(id: $id, expectedVersion: $v) {
      version
    }
  }
`);
