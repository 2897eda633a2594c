import { graphql } from '../__generated__/gql.ts';

/** Proposed joint branches of a scope (read-only; issue 18). */
export const JointBranchPlanQuery = graphql(`
  query JointBranchPlan($scope: ID!) {
    jointBranchPlan(scope: $scope) {
      unitLimit
      radiusM
      candidates
      complete
      proposals {
        key
        unitCount
        farthestMemberM
        formalMembers
        engine
        explanation {
          zh
          en
        }
        seat {
          id
          name
          lon
          lat
        }
        members {
          id
          lon
          lat
        }
      }
      attachments {
        key
        name
        lon
        lat
        members {
          id
          lon
          lat
        }
        explanation {
          zh
          en
        }
      }
      ungrouped {
        organization {
          id
          lon
          lat
        }
      }
      quality {
        gap
        provenOptimal
        components
        totalDistanceM
      }
    }
  }
`);
