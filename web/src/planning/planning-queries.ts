import { graphql } from '../__generated__/gql.ts';

/** Proposed joint branches of a scope (read-only; issue 18). */
export const JointBranchPlanQuery = graphql(`
  query JointBranchPlan($scope: ID!) {
    jointBranchPlan(scope: $scope) {
      unitLimit
      radiusM
      candidates
      complete
      elapsedMs
      costYears
      costs {
        subdistrictId
        newOrganizations
        joiningUnits
        startupYuan
        activityYuanPerYear
        totalYuan
      }
      proposals {
        key
        subdistrictId
        cost {
          kind
          totalYuan
        }
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
        cost {
          totalYuan
        }
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

/** Which instructor looks after which organizations without work coverage (issue 18, point 3). */
export const InstructorDeploymentQuery = graphql(`
  query InstructorDeployment($scope: ID!) {
    instructorDeploymentPlan(scope: $scope) {
      loadLimit
      candidates
      instructorsWithRoom
      instructorsNeeded
      complete
      proposals {
        key
        instructorId
        instructorName
        loadBefore
        loadAfter
        centreLon
        centreLat
        farthestMemberM
        explanation {
          zh
          en
        }
        organizations {
          id
          name
          lon
          lat
          version
        }
      }
    }
  }
`);

/** Accepting a deployment: the ledger's own instructor assignment, once per organization. */
export const AssignInstructorMutation = graphql(`
  mutation PlanningAssignInstructor($instructorId: ID!, $organizationId: ID!, $version: Int!) {
    assignInstructor(
      instructorId: $instructorId
      organizationId: $organizationId
      expectedVersion: $version
    ) {
      load
      loadLimit
    }
  }
`);
