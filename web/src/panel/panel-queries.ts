import { graphql } from '../__generated__/gql.ts';

export const SummaryQuery = graphql(`
  query ScopeSummary($scope: ID, $filter: OrganizationFilter) {
    policyProfiles {
      key
      name
      nameEn
    }
    coverageSummary(scope: $scope, filter: $filter) {
      profile
      filtered
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

/** Grouped search (schema/search.graphql): five groups, a few hits each, with their counts. */
export const SearchQuery = graphql(`
  query GroupedSearch($text: String!, $scope: ID) {
    search(text: $text, first: 5, scope: $scope) {
      text
      organizations {
        ...SearchGroupFields
      }
      grids {
        ...SearchGroupFields
      }
      subdistricts {
        ...SearchGroupFields
      }
      buildings {
        ...SearchGroupFields
      }
      centers {
        ...SearchGroupFields
      }
    }
  }
  fragment SearchGroupFields on SearchGroup {
    totalCount
    hits {
      id
      name
      matched
      detail
      address
      lon
      lat
    }
  }
`);
