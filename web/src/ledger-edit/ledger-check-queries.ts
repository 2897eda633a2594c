import { graphql } from '../__generated__/gql.ts';

/** A grid's semiannual check: the progress and the first organizations still to check. */
export const LedgerCheckQuery = graphql(`
  query LedgerCheck($id: ID!, $first: Int) {
    node(id: $id) {
      ... on Grid {
        id
        ledgerCheck {
          since {
            id
            takenOn
          }
          organizations
          checked
          pending(first: $first) {
            id
            name
            version
            canEdit
          }
        }
      }
    }
  }
`);

export const ConfirmOrganizationMutation = graphql(`
  mutation ConfirmOrganization($id: ID!, $v: Int!) {
    confirmOrganization(id: $id, expectedVersion: $v) {
      organization {
        id
        checkedAt
      }
      check {
        organizations
        checked
      }
    }
  }
`);
