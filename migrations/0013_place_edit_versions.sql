ALTER TABLE "building_workstations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "building_workstations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "building_workstations" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "service_centers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_centers" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "service_centers" ADD COLUMN "updated_by" text;--> statement-breakpoint
ALTER TABLE "building_workstations" ADD CONSTRAINT "building_workstations_version_positive" CHECK ("building_workstations"."version" >= 1);--> statement-breakpoint
ALTER TABLE "service_centers" ADD CONSTRAINT "service_centers_version_positive" CHECK ("service_centers"."version" >= 1);--> statement-breakpoint
-- Issue 16: centers are now edited one at a time from the map, so a change recomputes the reach
-- of the organizations it can affect, not of all of them (migration 0010 recomputed every
-- organization on any change). A center at `loc` with radius `r` can be the nearest center
-- within an hour's walk (4800 m: beyond it the walk is 61 minutes whatever the centers) or reach
-- by its own radius only organizations within greatest(4800, r) metres; the box is taken wider
-- than that at every latitude (as center_reach_of does). Old and new rows both count: a moved or
-- removed center leaves organizations whose nearest center it was.
CREATE FUNCTION center_reach_near(loc geometry, radius_m float8) RETURNS int[]
LANGUAGE sql STABLE AS $$
  SELECT ARRAY(SELECT o.id FROM organizations o
    WHERE o.location && ST_Expand(loc, greatest(4800, radius_m)
      / (110000 * cos(radians(least(89, abs(ST_Y(loc)) + 1))))))
$$;
--> statement-breakpoint
CREATE FUNCTION service_centers_precompute_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM center_reach_refresh(ARRAY(SELECT DISTINCT unnest(center_reach_near(location,
      service_radius_m)) FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM center_reach_refresh(ARRAY(SELECT DISTINCT unnest(center_reach_near(location,
      service_radius_m)) FROM old_rows));
  ELSE
    PERFORM center_reach_refresh(ARRAY(SELECT DISTINCT unnest(center_reach_near(c.location,
      c.service_radius_m)) FROM (
        SELECT n.location, n.service_radius_m FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.location::text IS DISTINCT FROM o.location::text
          OR n.service_radius_m <> o.service_radius_m
        UNION ALL
        SELECT o.location, o.service_radius_m FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.location::text IS DISTINCT FROM o.location::text
          OR n.service_radius_m <> o.service_radius_m) c));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER service_centers_precompute ON service_centers;
--> statement-breakpoint
CREATE TRIGGER service_centers_precompute_ins AFTER INSERT ON service_centers
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION service_centers_precompute_rows();
--> statement-breakpoint
CREATE TRIGGER service_centers_precompute_upd AFTER UPDATE ON service_centers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION service_centers_precompute_rows();
--> statement-breakpoint
CREATE TRIGGER service_centers_precompute_del AFTER DELETE ON service_centers
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION service_centers_precompute_rows();
--> statement-breakpoint
CREATE TRIGGER service_centers_precompute_truncate AFTER TRUNCATE ON service_centers
  FOR EACH STATEMENT EXECUTE FUNCTION precompute_all();
