import { graphql } from '../__generated__/gql.ts';

// The planner's lists (schema/lists.graphql): one page of a list, and the lists' counts (not the
// join candidates': slow for a whole district, shown from the list's own total when it is open).

export const PlannerListQuery = graphql(`
  query PlannerList($input: PlannerListInput!, $first: Int, $after: String) {
    plannerList(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      rows {
        id
        name
        lon
        lat
        subdistrictName
        gridName
        address
        industry
        employees
        status
        branchId
        branchName
        branchUnits
        branchRoom
        distanceM
        sameIndustry
        otherBranches
        workstationName
        organizations
        blankSpots
      }
    }
  }
`);

export const PlannerListCountsQuery = graphql(`
  query PlannerListCounts($input: PlannerListInput!) {
    plannerListCounts(input: $input) {
      blankSpots
      gaps
      workstations
      outsideCenters
    }
  }
`);
