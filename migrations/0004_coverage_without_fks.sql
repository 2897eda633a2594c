ALTER TABLE "org_coverage" DROP CONSTRAINT "org_coverage_profile_id_policy_profiles_id_fk";
--> statement-breakpoint
ALTER TABLE "org_coverage" DROP CONSTRAINT "org_coverage_organization_id_organizations_id_fk";
--> statement-breakpoint
DROP INDEX "org_coverage_org_idx";--> statement-breakpoint
DROP INDEX "org_coverage_subdistrict_idx";