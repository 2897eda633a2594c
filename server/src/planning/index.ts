// Public surface of planning (issue 18): read-only proposals for joint branches and new
// service-center sites, computed on demand from policy's materialized coverage.
export { planningResolvers } from './planning.resolvers.ts';
export { planJointBranches, type JointPlan } from './joint-branches.ts';
export { planServiceCenters, type SitingPlan } from './service-centers.ts';
export { PROPOSAL_REASONS } from './explain.ts';
export { registerPlanningRoutes } from './planning.routes.ts';
export { planInstructors, type InstructorPlan } from './instructors.ts';
