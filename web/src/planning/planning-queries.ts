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
        version
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

/** Accepts a proposal: founds the joint branch or adds the units, through the ledger (issue 18). */
export const AcceptJointBranchMutation = graphql(`
  mutation AcceptJointBranch($input: AcceptJointBranchInput!) {
    acceptJointBranchProposal(input: $input) {
      version
      partyOrganization {
        id
        name
        unitCount
      }
    }
  }
`);
