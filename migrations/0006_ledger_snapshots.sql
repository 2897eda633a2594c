CREATE TABLE "coverage_snapshots" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "coverage_snapshots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"taken_on" date NOT NULL,
	"label" text,
	"profile_id" integer NOT NULL,
	"profile_version" integer NOT NULL,
	"organizations" integer NOT NULL,
	"organizational" integer NOT NULL,
	"work" integer NOT NULL,
	"blank_spots" integer NOT NULL,
	"gaps" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "coverage_snapshots_counts" CHECK ("coverage_snapshots"."organizations" >= 0)
);
--> statement-breakpoint
CREATE TABLE "snapshot_organizations" (
	"snapshot_id" integer NOT NULL,
	"organization_id" integer NOT NULL,
	"name" text NOT NULL,
	"district_id" integer NOT NULL,
	"subdistrict_id" integer,
	"grid_id" integer,
	"coverage" "coverage_kind" NOT NULL,
	"is_blank_spot" boolean NOT NULL,
	"is_gap" boolean NOT NULL,
	"is_excluded" boolean NOT NULL,
	CONSTRAINT "snapshot_organizations_snapshot_id_organization_id_pk" PRIMARY KEY("snapshot_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "snapshot_scopes" (
	"snapshot_id" integer NOT NULL,
	"scope_kind" text NOT NULL,
	"scope_id" integer NOT NULL,
	"total" integer NOT NULL,
	"organizational" integer NOT NULL,
	"work" integer NOT NULL,
	"blank_spots" integer NOT NULL,
	"gaps" integer NOT NULL,
	CONSTRAINT "snapshot_scopes_snapshot_id_scope_kind_scope_id_pk" PRIMARY KEY("snapshot_id","scope_kind","scope_id"),
	CONSTRAINT "snapshot_scopes_kind" CHECK ("snapshot_scopes"."scope_kind" IN ('district', 'subdistrict', 'grid'))
);
--> statement-breakpoint
ALTER TABLE "coverage_snapshots" ADD CONSTRAINT "coverage_snapshots_profile_id_policy_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."policy_profiles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_organizations" ADD CONSTRAINT "snapshot_organizations_snapshot_id_coverage_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."coverage_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "snapshot_scopes" ADD CONSTRAINT "snapshot_scopes_snapshot_id_coverage_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."coverage_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coverage_snapshots_profile_date_uq" ON "coverage_snapshots" USING btree ("profile_id","taken_on");--> statement-breakpoint
CREATE INDEX "snapshot_scopes_scope_idx" ON "snapshot_scopes" USING btree ("scope_kind","scope_id");