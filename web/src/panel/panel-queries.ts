import { graphql } from '../__generated__/gql.ts';

export const SummaryQuery = graphql(`
  query ScopeSummary($scope: ID) {
    policyProfiles {
      key
      name
      nameEn
    }
    coverageSummary(scope: $scope) {
      profile
      total
      organizational
      work
      blankSpots
      gaps
      organizationalRate
      targets {
        id
        article
        label {
          zh
          en
        }
        min
        value
        met
        needed
        message {
          zh
          en
        }
      }
    }
  }
`);

export const SearchQuery = graphql(`
  query SearchOrganizations($text: String!) {
    organizations(filter: { search: $text }, first: 8) {
      totalCount
      nodes {
        id
        name
        uscc
        location
      }
    }
  }
`);
