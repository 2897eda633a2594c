CREATE TYPE "public"."building_kind" AS ENUM('commercial_office', 'factory', 'shop', 'residential', 'industrial_park', 'mixed', 'other');--> statement-breakpoint
CREATE TYPE "public"."grid_kind" AS ENUM('area', 'unit', 'basic');--> statement-breakpoint
CREATE TYPE "public"."subdistrict_kind" AS ENUM('street', 'town', 'township', 'park');--> statement-breakpoint
CREATE TYPE "public"."org_category" AS ENUM('new_economic', 'new_social');--> statement-breakpoint
CREATE TYPE "public"."org_status" AS ENUM('operating', 'suspended', 'zombie', 'deregistered');--> statement-breakpoint
CREATE TYPE "public"."org_sub_kind" AS ENUM('non_public_enterprise', 'individual_business', 'social_group', 'private_non_enterprise', 'foundation', 'social_intermediary');--> statement-breakpoint
CREATE TYPE "public"."founding_mode" AS ENUM('standalone', 'dispatched', 'park_joint', 'industry_wide', 'leading_enterprise', 'regional', 'village_enterprise');--> statement-breakpoint
CREATE TYPE "public"."party_org_kind" AS ENUM('committee', 'general_branch', 'branch');--> statement-breakpoint
CREATE TYPE "public"."service_center_level" AS ENUM('district', 'town', 'street', 'community');--> statement-breakpoint
CREATE TABLE "buildings" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "buildings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subdistrict_id" integer NOT NULL,
	"grid_id" integer,
	"code" text,
	"name" text NOT NULL,
	"kind" "building_kind" DEFAULT 'other' NOT NULL,
	"address" text,
	"floors" integer,
	"location" geometry(Point,4326) NOT NULL,
	"footprint" geometry(MultiPolygon,4326),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "buildings_floors_range" CHECK ("buildings"."floors" IS NULL OR "buildings"."floors" BETWEEN 1 AND 300)
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "districts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"boundary" geometry(MultiPolygon,4326),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grids" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "grids_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"subdistrict_id" integer NOT NULL,
	"parent_grid_id" integer,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "grid_kind" DEFAULT 'area' NOT NULL,
	"manager_name" text,
	"boundary" geometry(MultiPolygon,4326),
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "grids_version_positive" CHECK ("grids"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "subdistricts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "subdistricts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"district_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" "subdistrict_kind" NOT NULL,
	"boundary" geometry(MultiPolygon,4326),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"uscc" text,
	"category" "org_category" NOT NULL,
	"sub_kind" "org_sub_kind" NOT NULL,
	"industry" text DEFAULT 'other' NOT NULL,
	"status" "org_status" DEFAULT 'operating' NOT NULL,
	"employees" integer DEFAULT 0 NOT NULL,
	"party_members" integer DEFAULT 0 NOT NULL,
	"revenue_yuan" bigint,
	"member_units" integer,
	"owner_is_member" boolean DEFAULT false NOT NULL,
	"has_trade_union" boolean DEFAULT false NOT NULL,
	"has_youth_league" boolean DEFAULT false NOT NULL,
	"has_womens_federation" boolean DEFAULT false NOT NULL,
	"activists" integer DEFAULT 0 NOT NULL,
	"affiliation" text,
	"establishment_direction" text,
	"address" text,
	"building_id" integer,
	"grid_id" integer,
	"subdistrict_id" integer,
	"district_id" integer NOT NULL,
	"location" geometry(Point,4326),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_employees_range" CHECK ("organizations"."employees" BETWEEN 0 AND 1000000),
	CONSTRAINT "organizations_members_range" CHECK ("organizations"."party_members" >= 0 AND "organizations"."party_members" <= GREATEST("organizations"."employees", 1)),
	CONSTRAINT "organizations_revenue_range" CHECK ("organizations"."revenue_yuan" IS NULL OR "organizations"."revenue_yuan" >= 0),
	CONSTRAINT "organizations_member_units_range" CHECK ("organizations"."member_units" IS NULL OR "organizations"."member_units" >= 0),
	CONSTRAINT "organizations_activists_range" CHECK ("organizations"."activists" >= 0),
	CONSTRAINT "organizations_uscc_format" CHECK ("organizations"."uscc" IS NULL OR length("organizations"."uscc") = 18),
	CONSTRAINT "organizations_category_kind" CHECK (("organizations"."category" = 'new_economic') = ("organizations"."sub_kind" IN ('non_public_enterprise', 'individual_business')))
);
--> statement-breakpoint
CREATE TABLE "instructor_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "instructor_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"instructor_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"assigned_on" date,
	"ended_on" date
);
--> statement-breakpoint
CREATE TABLE "instructors" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "instructors_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"phone" text,
	"is_part_time" boolean DEFAULT true NOT NULL,
	"district_id" integer NOT NULL,
	"subdistrict_id" integer
);
--> statement-breakpoint
CREATE TABLE "party_org_units" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "party_org_units_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"party_organization_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"joined_on" date,
	"left_on" date
);
--> statement-breakpoint
CREATE TABLE "party_organizations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "party_organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" "party_org_kind" NOT NULL,
	"founding_mode" "founding_mode" NOT NULL,
	"is_joint" boolean DEFAULT false NOT NULL,
	"is_attached" boolean DEFAULT false NOT NULL,
	"secretary" text,
	"member_count" integer DEFAULT 0 NOT NULL,
	"founded_on" date,
	"dissolved_on" date,
	"seat" geometry(Point,4326),
	"district_id" integer NOT NULL,
	"subdistrict_id" integer,
	"grid_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "party_orgs_member_count_range" CHECK ("party_organizations"."member_count" >= 0),
	CONSTRAINT "party_orgs_dates_order" CHECK ("party_organizations"."dissolved_on" IS NULL OR "party_organizations"."founded_on" IS NULL OR "party_organizations"."dissolved_on" >= "party_organizations"."founded_on")
);
--> statement-breakpoint
CREATE TABLE "building_workstations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "building_workstations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"building_id" integer NOT NULL,
	"name" text NOT NULL,
	"opened_on" date,
	"staff" integer,
	CONSTRAINT "building_workstations_staff_range" CHECK ("building_workstations"."staff" IS NULL OR "building_workstations"."staff" >= 0)
);
--> statement-breakpoint
CREATE TABLE "service_centers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_centers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"level" "service_center_level" NOT NULL,
	"floor_area_m_2" real,
	"service_radius_m" integer DEFAULT 400 NOT NULL,
	"address" text,
	"location" geometry(Point,4326) NOT NULL,
	"district_id" integer NOT NULL,
	"subdistrict_id" integer,
	CONSTRAINT "service_centers_radius_range" CHECK ("service_centers"."service_radius_m" BETWEEN 1 AND 50000),
	CONSTRAINT "service_centers_area_range" CHECK ("service_centers"."floor_area_m_2" IS NULL OR "service_centers"."floor_area_m_2" > 0)
);
--> statement-breakpoint
CREATE TABLE "policy_profiles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policy_profiles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"name" text NOT NULL,
	"document" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text,
	CONSTRAINT "policy_profiles_version_positive" CHECK ("policy_profiles"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_subdistrict_id_subdistricts_id_fk" FOREIGN KEY ("subdistrict_id") REFERENCES "public"."subdistricts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "buildings" ADD CONSTRAINT "buildings_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grids" ADD CONSTRAINT "grids_subdistrict_id_subdistricts_id_fk" FOREIGN KEY ("subdistrict_id") REFERENCES "public"."subdistricts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grids" ADD CONSTRAINT "grids_parent_grid_id_grids_id_fk" FOREIGN KEY ("parent_grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subdistricts" ADD CONSTRAINT "subdistricts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_subdistrict_id_subdistricts_id_fk" FOREIGN KEY ("subdistrict_id") REFERENCES "public"."subdistricts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_assignments" ADD CONSTRAINT "instructor_assignments_instructor_id_instructors_id_fk" FOREIGN KEY ("instructor_id") REFERENCES "public"."instructors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructor_assignments" ADD CONSTRAINT "instructor_assignments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructors" ADD CONSTRAINT "instructors_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instructors" ADD CONSTRAINT "instructors_subdistrict_id_subdistricts_id_fk" FOREIGN KEY ("subdistrict_id") REFERENCES "public"."subdistricts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_org_units" ADD CONSTRAINT "party_org_units_party_organization_id_party_organizations_id_fk" FOREIGN KEY ("party_organization_id") REFERENCES "public"."party_organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_org_units" ADD CONSTRAINT "party_org_units_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_organizations_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_organizations_subdistrict_id_subdistricts_id_fk" FOREIGN KEY ("subdistrict_id") REFERENCES "public"."subdistricts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_organizations_grid_id_grids_id_fk" FOREIGN KEY ("grid_id") REFERENCES "public"."grids"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "building_workstations" ADD CONSTRAINT "building_workstations_building_id_buildings_id_fk" FOREIGN KEY ("building_id") REFERENCES "public"."buildings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_centers" ADD CONSTRAINT "service_centers_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_centers" ADD CONSTRAINT "service_centers_subdistrict_id_subdistricts_id_fk" FOREIGN KEY ("subdistrict_id") REFERENCES "public"."subdistricts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "buildings_code_uq" ON "buildings" USING btree ("code");--> statement-breakpoint
CREATE INDEX "buildings_grid_idx" ON "buildings" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "buildings_subdistrict_idx" ON "buildings" USING btree ("subdistrict_id");--> statement-breakpoint
CREATE INDEX "buildings_location_gist" ON "buildings" USING gist ("location");--> statement-breakpoint
CREATE INDEX "buildings_footprint_gist" ON "buildings" USING gist ("footprint");--> statement-breakpoint
CREATE UNIQUE INDEX "districts_code_uq" ON "districts" USING btree ("code");--> statement-breakpoint
CREATE INDEX "districts_boundary_gist" ON "districts" USING gist ("boundary");--> statement-breakpoint
CREATE UNIQUE INDEX "grids_code_uq" ON "grids" USING btree ("code");--> statement-breakpoint
CREATE INDEX "grids_subdistrict_idx" ON "grids" USING btree ("subdistrict_id");--> statement-breakpoint
CREATE INDEX "grids_parent_idx" ON "grids" USING btree ("parent_grid_id");--> statement-breakpoint
CREATE INDEX "grids_boundary_gist" ON "grids" USING gist ("boundary");--> statement-breakpoint
CREATE UNIQUE INDEX "subdistricts_code_uq" ON "subdistricts" USING btree ("code");--> statement-breakpoint
CREATE INDEX "subdistricts_district_idx" ON "subdistricts" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "subdistricts_boundary_gist" ON "subdistricts" USING gist ("boundary");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_uscc_uq" ON "organizations" USING btree ("uscc");--> statement-breakpoint
CREATE INDEX "organizations_district_idx" ON "organizations" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "organizations_subdistrict_idx" ON "organizations" USING btree ("subdistrict_id");--> statement-breakpoint
CREATE INDEX "organizations_grid_idx" ON "organizations" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "organizations_building_idx" ON "organizations" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "organizations_location_gist" ON "organizations" USING gist ("location");--> statement-breakpoint
CREATE UNIQUE INDEX "instructor_assignments_current_uq" ON "instructor_assignments" USING btree ("instructor_id","organization_id") WHERE "instructor_assignments"."ended_on" IS NULL;--> statement-breakpoint
CREATE INDEX "instructor_assignments_org_idx" ON "instructor_assignments" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "instructors_district_idx" ON "instructors" USING btree ("district_id");--> statement-breakpoint
CREATE UNIQUE INDEX "party_org_units_current_uq" ON "party_org_units" USING btree ("organization_id") WHERE "party_org_units"."left_on" IS NULL;--> statement-breakpoint
CREATE INDEX "party_org_units_party_org_idx" ON "party_org_units" USING btree ("party_organization_id");--> statement-breakpoint
CREATE INDEX "party_orgs_district_idx" ON "party_organizations" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "party_orgs_grid_idx" ON "party_organizations" USING btree ("grid_id");--> statement-breakpoint
CREATE INDEX "party_orgs_seat_gist" ON "party_organizations" USING gist ("seat");--> statement-breakpoint
CREATE UNIQUE INDEX "building_workstations_building_uq" ON "building_workstations" USING btree ("building_id");--> statement-breakpoint
CREATE INDEX "service_centers_location_gist" ON "service_centers" USING gist ("location");--> statement-breakpoint
CREATE INDEX "service_centers_district_idx" ON "service_centers" USING btree ("district_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_profiles_key_uq" ON "policy_profiles" USING btree ("key");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");