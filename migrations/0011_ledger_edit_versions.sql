ALTER TABLE "organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "party_organizations" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_version_positive" CHECK ("organizations"."version" >= 1);--> statement-breakpoint
ALTER TABLE "party_organizations" ADD CONSTRAINT "party_orgs_version_positive" CHECK ("party_organizations"."version" >= 1);