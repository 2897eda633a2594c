CREATE TABLE "center_reach_rollup" (
	"grid_id" integer NOT NULL,
	"walk_minutes" smallint NOT NULL,
	"outside_own" boolean NOT NULL,
	"organizations" integer NOT NULL,
	CONSTRAINT "center_reach_rollup_grid_id_walk_minutes_outside_own_pk" PRIMARY KEY("grid_id","walk_minutes","outside_own")
);
--> statement-breakpoint
CREATE TABLE "org_center_reach" (
	"organization_id" integer PRIMARY KEY NOT NULL,
	"grid_id" integer,
	"active" boolean NOT NULL,
	"walk_minutes" smallint NOT NULL,
	"outside_own" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "instructor_areas" (
	"instructor_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"subdistrict_id" integer,
	"grid_id" integer,
	"assignments" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_unit_counts" (
	"party_organization_id" integer PRIMARY KEY NOT NULL,
	"units" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coverage_rollup" ADD COLUMN "gaps_not_blank" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "coverage_rollup_subdistrict" ADD COLUMN "gaps_not_blank" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "org_center_reach_grid_idx" ON "org_center_reach" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "instructor_areas_instructor_idx" ON "instructor_areas" USING btree ("instructor_id");--> statement-breakpoint
CREATE INDEX "instructor_areas_district_idx" ON "instructor_areas" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "instructor_areas_subdistrict_idx" ON "instructor_areas" USING btree ("subdistrict_id");--> statement-breakpoint
CREATE INDEX "instructor_areas_grid_idx" ON "instructor_areas" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "party_unit_counts_units_idx" ON "party_unit_counts" USING btree ("units");