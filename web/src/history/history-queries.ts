import { graphql } from '../__generated__/gql.ts';

/** A card's history (issue 16): its audit entries, newest first, and whether the user may revert. */
export const HistoryQuery = graphql(`
  query CardHistory($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        version
        canRevert
      }
      ... on Audited {
        history(first: 20) {
          ...HistoryEntry
        }
      }
    }
  }
`);

export const HistoryEntryFields = graphql(`
  fragment HistoryEntry on AuditEntry {
    id
    at
    actor
    action
    note
    before
    after
    revertible
  }
`);

export const RevertOrganizationChangeMutation = graphql(`
  mutation RevertOrganizationChange($auditId: ID!, $expectedVersion: Int!) {
    revertOrganizationChange(auditId: $auditId, expectedVersion: $expectedVersion) {
      version
    }
  }
`);
