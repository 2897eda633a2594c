CREATE TYPE "public"."coverage_kind" AS ENUM('none', 'work', 'organizational');--> statement-breakpoint
CREATE TABLE "coverage_rollup" (
	"profile_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"subdistrict_id" integer,
	"grid_id" integer,
	"category" "org_category" NOT NULL,
	"sub_kind" "org_sub_kind" NOT NULL,
	"size_class" text,
	"total" integer NOT NULL,
	"organizational" integer NOT NULL,
	"standalone" integer NOT NULL,
	"work" integer NOT NULL,
	"blank_spots" integer NOT NULL,
	"gaps" integer NOT NULL,
	"required" integer NOT NULL,
	"with_instructor" integer NOT NULL,
	"members" integer NOT NULL,
	"excluded" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_state" (
	"profile_id" integer PRIMARY KEY NOT NULL,
	"profile_version" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_coverage" (
	"profile_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"subdistrict_id" integer,
	"grid_id" integer,
	"building_id" integer,
	"category" "org_category" NOT NULL,
	"sub_kind" "org_sub_kind" NOT NULL,
	"size_class" text,
	"party_members" integer NOT NULL,
	"coverage" "coverage_kind" NOT NULL,
	"party_organization_id" integer,
	"standalone" boolean NOT NULL,
	"has_instructor" boolean NOT NULL,
	"has_mass_orgs" boolean NOT NULL,
	"applicable" integer NOT NULL,
	"unmet" integer NOT NULL,
	"is_excluded" boolean NOT NULL,
	"is_blank_spot" boolean NOT NULL,
	"is_gap" boolean NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_coverage_profile_id_organization_id_pk" PRIMARY KEY("profile_id","organization_id")
);
--> statement-breakpoint
ALTER TABLE "coverage_rollup" ADD CONSTRAINT "coverage_rollup_profile_id_policy_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."policy_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_state" ADD CONSTRAINT "coverage_state_profile_id_policy_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."policy_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_coverage" ADD CONSTRAINT "org_coverage_profile_id_policy_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."policy_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_coverage" ADD CONSTRAINT "org_coverage_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coverage_rollup_district_idx" ON "coverage_rollup" USING btree ("profile_id","district_id");--> statement-breakpoint
CREATE INDEX "coverage_rollup_subdistrict_idx" ON "coverage_rollup" USING btree ("profile_id","subdistrict_id");--> statement-breakpoint
CREATE INDEX "coverage_rollup_grid_idx" ON "coverage_rollup" USING btree ("profile_id","grid_id");--> statement-breakpoint
CREATE INDEX "org_coverage_org_idx" ON "org_coverage" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "org_coverage_subdistrict_idx" ON "org_coverage" USING btree ("profile_id","subdistrict_id");--> statement-breakpoint
CREATE INDEX "org_coverage_grid_idx" ON "org_coverage" USING btree ("profile_id","grid_id");--> statement-breakpoint
CREATE INDEX "org_coverage_building_idx" ON "org_coverage" USING btree ("profile_id","building_id");--> statement-breakpoint
CREATE INDEX "org_coverage_blank_idx" ON "org_coverage" USING btree ("profile_id","organization_id") WHERE "org_coverage"."is_blank_spot";--> statement-breakpoint
CREATE INDEX "org_coverage_gap_idx" ON "org_coverage" USING btree ("profile_id","organization_id") WHERE "org_coverage"."is_gap";--> statement-breakpoint
CREATE INDEX "org_coverage_excluded_idx" ON "org_coverage" USING btree ("profile_id","organization_id") WHERE "org_coverage"."is_excluded";