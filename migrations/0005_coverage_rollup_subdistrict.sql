CREATE TABLE "coverage_rollup_subdistrict" (
	"profile_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"subdistrict_id" integer,
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
CREATE INDEX "coverage_rollup_sub_district_idx" ON "coverage_rollup_subdistrict" USING btree ("profile_id","district_id");--> statement-breakpoint
CREATE INDEX "coverage_rollup_sub_subdistrict_idx" ON "coverage_rollup_subdistrict" USING btree ("profile_id","subdistrict_id");