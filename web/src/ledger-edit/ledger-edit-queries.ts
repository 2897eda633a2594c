import { graphql } from '../__generated__/gql.ts';

/** The one-enterprise-one-form facts the edit form shows, with the version it starts from. */
export const OrgEditQuery = graphql(`
  query OrgEdit($id: ID!) {
    organization(id: $id) {
      id
      version
      updatedBy
      updatedAt
      canEdit
      name
      uscc
      subKind
      industry
      status
      employees
      partyMembers
      revenueYuan
      memberUnits
      ownerIsMember
      hasTradeUnion
      hasYouthLeague
      hasWomensFederation
      activists
      affiliation
      establishmentDirection
      address
    }
  }
`);

export const EditResultFields = graphql(`
  fragment EditResultFields on OrganizationEditResult {
    version
    dryRun
    changes {
      field
      before
      after
    }
    coverageBefore {
      ...CoverageSummary
    }
    coverageAfter {
      ...CoverageSummary
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization(
    $id: ID!
    $expectedVersion: Int!
    $facts: OrganizationFactsInput!
    $dryRun: Boolean
  ) {
    updateOrganization(id: $id, expectedVersion: $expectedVersion, facts: $facts, dryRun: $dryRun) {
      ...EditResultFields
    }
  }
`);

export const SetOrganizationStatusMutation = graphql(`
  mutation SetOrganizationStatus(
    $id: ID!
    $expectedVersion: Int!
    $status: OrgStatus!
    $dryRun: Boolean
  ) {
    setOrganizationStatus(
      id: $id
      expectedVersion: $expectedVersion
      status: $status
      dryRun: $dryRun
    ) {
      ...EditResultFields
    }
  }
`);
