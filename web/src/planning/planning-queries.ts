import { graphql } from '../__generated__/gql.ts';

/** Where a planned organization (a member, a seat) lies. */
export const PlannedPointFragment = graphql(`
  fragment PlannedPoint on PlannedMember {
    id
    lon
    lat
  }
`);

/** Why the plan proposes something, in both languages. */
export const PlanExplanationFragment = graphql(`
  fragment PlanExplanation on PlanText {
    zh
    en
  }
`);

/** Proposed joint branches of a scope (read-only; issue 18). */
export const JointBranchPlanQuery = graphql(`
  query JointBranchPlan($scope: ID!, $runId: String) {
    jointBranchPlan(scope: $scope, options: { runId: $runId }) {
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
          ...PlanExplanation
        }
        seat {
          ...PlannedPoint
          name
        }
        members {
          ...PlannedPoint
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
          ...PlannedPoint
        }
        explanation {
          ...PlanExplanation
        }
      }
      ungrouped {
        organization {
          ...PlannedPoint
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
  query InstructorDeployment($scope: ID!, $runId: String) {
    instructorDeploymentPlan(scope: $scope, options: { runId: $runId }) {
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
          ...PlanExplanation
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

/**
 * Accepting a deployment or one instructor's group: the ledger's own instructor assignment for
 * every organization, all in one transaction on the server (all or nothing, issue 18).
 */
export const AcceptDeploymentMutation = graphql(`
  mutation AcceptInstructorDeployment($groups: [InstructorGroupInput!]!) {
    acceptInstructorDeployment(groups: $groups) {
      assignments {
        load
        loadLimit
      }
    }
  }
`);

/** What a plan run named by runId is doing (polled while it computes, issue 18 point 6). */
export const PlanRunProgressQuery = graphql(`
  query PlanRunProgress($runId: String!) {
    planRunProgress(runId: $runId) {
      phase
      done
      total
      partsDone
      parts
    }
  }
`);

/** New service-center sites for a scope (issue 18 point 2): maximal covering from buildings. */
export const ServiceCenterSitingQuery = graphql(`
  query ServiceCenterSiting($scope: ID!, $options: ServiceCenterSitingOptions) {
    serviceCenterSiting(scope: $scope, options: $options) {
      radiusM
      uncoveredOrganizations
      uncoveredBuildings
      coveredWeight
      upperBound
      optimal
      complete
      sites {
        buildingId
        name
        lon
        lat
        gain
        gainOrganizations
        cumulative
        explanation {
          ...PlanExplanation
        }
      }
    }
  }
`);

/** Accepting a site: a new service center there (dryRun first: the outside counts it moves). */
export const CreateCenterAtSiteMutation = graphql(`
  mutation CreateCenterAtSite($input: CreateServiceCenterInput!, $dryRun: Boolean!) {
    createServiceCenter(input: $input, dryRun: $dryRun) {
      dryRun
      outsideBefore
      outsideAfter
      serviceCenter {
        id
        name
      }
    }
  }
`);
