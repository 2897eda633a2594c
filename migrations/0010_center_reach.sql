-- Issue 14: what the map's viewport queries and the district summary computed per request is
-- kept by triggers in the writing transaction (tables in places.tables.ts, policy.tables.ts).
-- Statement-level triggers with transition tables, so a bulk load (COPY of 1M organizations)
-- is one set-based refresh, not a million row triggers.

-- Squared metres between `loc` and a center `c`, in a local equirectangular frame at the
-- center's latitude (metres per degree of WGS 84 there): the distance map/low-zoom.sql.ts used
-- per request before (geo/meters-per-degree.ts: 0.0066943799901413165 = e^2,
-- 111319.49079327357 = a pi/180, 110574.27582159435 = a (1 - e^2) pi/180).
CREATE FUNCTION center_d2(loc geometry, c geometry) RETURNS float8
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT power((ST_X(loc) - ST_X(c)) * (111319.49079327357::float8
          / sqrt(1 - 0.0066943799901413165::float8 * power(sin(radians(ST_Y(c))), 2))
          * cos(radians(ST_Y(c)))), 2)
      + power((ST_Y(loc) - ST_Y(c)) * (110574.27582159435::float8
          / power(1 - 0.0066943799901413165::float8 * power(sin(radians(ST_Y(c))), 2), 1.5)), 2)
$$;
--> statement-breakpoint
-- Walking minutes to the nearest service center, rounded up (80 m/min, map/viewport.ts
-- WALK_METERS_PER_MINUTE; 61 = none within an hour, the longest walk the map asks for, or no
-- location), and whether no center's own radius reaches `loc`. Candidates: centers in a box
-- as wide as the distance to the nearest center in degrees (one KNN probe), capped at an
-- hour's walk, and at least `max_radius_m` (the largest own radius); the box is taken wider
-- than any metre-per-degree factor at that latitude, so no nearer center is missed.
CREATE FUNCTION center_reach_of(loc geometry, max_radius_m float8)
RETURNS TABLE (walk_minutes smallint, outside_own boolean)
LANGUAGE sql STABLE AS $$
  SELECT least(61, COALESCE(ceil(sqrt(min(d.d2)) / 80), 61))::smallint,
    NOT COALESCE(bool_or(d.d2 <= power(d.radius, 2)), false)
  FROM (
    SELECT c.service_radius_m AS radius, center_d2(loc, c.location) AS d2
    FROM service_centers c
    WHERE c.location && ST_Expand(loc, greatest(max_radius_m, least(4800,
      (SELECT sqrt(center_d2(loc, k.location)) FROM service_centers k
       ORDER BY k.location <-> loc LIMIT 1)))
      / (110000 * cos(radians(least(89, abs(ST_Y(loc)) + 1)))))
  ) d
$$;
--> statement-breakpoint
CREATE FUNCTION center_max_radius() RETURNS float8 LANGUAGE sql STABLE AS $$
  SELECT COALESCE(max(service_radius_m), 0)::float8 FROM service_centers
$$;
--> statement-breakpoint
-- Recomputes org_center_reach and its per-grid counts for these organizations (NULL: all).
CREATE FUNCTION center_reach_refresh(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  win float8 := center_max_radius();
BEGIN
  IF ids IS NULL THEN
    TRUNCATE org_center_reach, center_reach_rollup;
    INSERT INTO org_center_reach (organization_id, grid_id, active, walk_minutes, outside_own)
    SELECT o.id, o.grid_id, o.status::text NOT IN ('zombie', 'deregistered'), r.walk_minutes,
      r.outside_own
    FROM organizations o CROSS JOIN LATERAL center_reach_of(o.location, win) r;
    INSERT INTO center_reach_rollup (grid_id, walk_minutes, outside_own, organizations)
    SELECT grid_id, walk_minutes, outside_own, count(*) FROM org_center_reach
    WHERE active AND grid_id IS NOT NULL GROUP BY 1, 2, 3;
    RETURN;
  END IF;
  IF cardinality(ids) = 0 THEN RETURN; END IF;
  WITH gone AS (
    DELETE FROM org_center_reach WHERE organization_id = ANY(ids)
    RETURNING grid_id, active, walk_minutes, outside_own
  ), d AS (
    SELECT grid_id, walk_minutes, outside_own, count(*)::int AS n FROM gone
    WHERE active AND grid_id IS NOT NULL GROUP BY 1, 2, 3
  )
  UPDATE center_reach_rollup h SET organizations = h.organizations - d.n FROM d
  WHERE h.grid_id = d.grid_id AND h.walk_minutes = d.walk_minutes
    AND h.outside_own = d.outside_own;
  INSERT INTO org_center_reach (organization_id, grid_id, active, walk_minutes, outside_own)
  SELECT o.id, o.grid_id, o.status::text NOT IN ('zombie', 'deregistered'), r.walk_minutes,
    r.outside_own
  FROM organizations o CROSS JOIN LATERAL center_reach_of(o.location, win) r
  WHERE o.id = ANY(ids);
  INSERT INTO center_reach_rollup (grid_id, walk_minutes, outside_own, organizations)
  SELECT grid_id, walk_minutes, outside_own, count(*) FROM org_center_reach
  WHERE organization_id = ANY(ids) AND active AND grid_id IS NOT NULL GROUP BY 1, 2, 3
  ON CONFLICT (grid_id, walk_minutes, outside_own)
  DO UPDATE SET organizations = center_reach_rollup.organizations + EXCLUDED.organizations;
END $$;
--> statement-breakpoint
-- Current member units of these party organizations (NULL: all).
CREATE FUNCTION party_unit_counts_refresh(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Two branches, so each statement keeps a plan on the index of its own case.
  IF ids IS NULL THEN
    TRUNCATE party_unit_counts;
    INSERT INTO party_unit_counts (party_organization_id, units)
    SELECT party_organization_id, count(*) FROM party_org_units WHERE left_on IS NULL GROUP BY 1;
    RETURN;
  END IF;
  DELETE FROM party_unit_counts WHERE party_organization_id = ANY(ids);
  INSERT INTO party_unit_counts (party_organization_id, units)
  SELECT party_organization_id, count(*) FROM party_org_units
  WHERE left_on IS NULL AND party_organization_id = ANY(ids)
  GROUP BY 1;
END $$;
--> statement-breakpoint
-- Current assignments of these instructors per grid of the organizations (NULL: all).
CREATE FUNCTION instructor_areas_refresh(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL THEN
    TRUNCATE instructor_areas;
    INSERT INTO instructor_areas (instructor_id, district_id, subdistrict_id, grid_id, assignments)
    SELECT a.instructor_id, o.district_id, o.subdistrict_id, o.grid_id, count(*)
    FROM instructor_assignments a JOIN organizations o ON o.id = a.organization_id
    WHERE a.ended_on IS NULL GROUP BY 1, 2, 3, 4;
    RETURN;
  END IF;
  DELETE FROM instructor_areas WHERE instructor_id = ANY(ids);
  INSERT INTO instructor_areas (instructor_id, district_id, subdistrict_id, grid_id, assignments)
  SELECT a.instructor_id, o.district_id, o.subdistrict_id, o.grid_id, count(*)
  FROM instructor_assignments a JOIN organizations o ON o.id = a.organization_id
  WHERE a.ended_on IS NULL AND a.instructor_id = ANY(ids)
  GROUP BY 1, 2, 3, 4;
END $$;
--> statement-breakpoint
-- A statement trigger's keys go to a refresh function: TG_ARGV[0] names the key column of the
-- changed rows, TG_ARGV[1] the function taking them as int[] (old and new rows for an UPDATE).
CREATE FUNCTION precompute_by_key() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT %I FROM new_rows', TG_ARGV[0])
    WHEN 'DELETE' THEN format('SELECT %I FROM old_rows', TG_ARGV[0])
    ELSE format('SELECT %1$I FROM new_rows UNION SELECT %1$I FROM old_rows', TG_ARGV[0])
  END;
BEGIN
  EXECUTE format('SELECT %I(ARRAY(SELECT DISTINCT k FROM (%s) t(k)))', TG_ARGV[1], keys);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION organizations_precompute_upd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM center_reach_refresh(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.location::text IS DISTINCT FROM o.location::text OR n.status <> o.status
      OR n.grid_id IS DISTINCT FROM o.grid_id));
  PERFORM instructor_areas_refresh(ARRAY(
    SELECT DISTINCT a.instructor_id FROM new_rows n JOIN old_rows o ON o.id = n.id
    JOIN instructor_assignments a ON a.organization_id = n.id AND a.ended_on IS NULL
    WHERE n.district_id <> o.district_id OR n.subdistrict_id IS DISTINCT FROM o.subdistrict_id
      OR n.grid_id IS DISTINCT FROM o.grid_id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION precompute_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME IN ('organizations', 'service_centers') THEN
    PERFORM center_reach_refresh(NULL);
  END IF;
  IF TG_TABLE_NAME IN ('organizations', 'instructor_assignments') THEN
    PERFORM instructor_areas_refresh(NULL);
  END IF;
  IF TG_TABLE_NAME IN ('party_org_units') THEN
    PERFORM party_unit_counts_refresh(NULL);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Each kept table follows the keys of its source's changed rows; a TRUNCATE recomputes all.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('organizations', 'id', 'center_reach_refresh'),
    ('party_org_units', 'party_organization_id', 'party_unit_counts_refresh'),
    ('instructor_assignments', 'instructor_id', 'instructor_areas_refresh')) v(tbl, key, fn)
  LOOP
    EXECUTE format('CREATE TRIGGER %1$s_precompute_ins AFTER INSERT ON %1$I
      REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION precompute_by_key(%2$L, %3$L)', t.tbl, t.key, t.fn);
    EXECUTE format('CREATE TRIGGER %1$s_precompute_del AFTER DELETE ON %1$I
      REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION precompute_by_key(%2$L, %3$L)', t.tbl, t.key, t.fn);
    EXECUTE format('CREATE TRIGGER %1$s_precompute_truncate AFTER TRUNCATE ON %1$I
      FOR EACH STATEMENT EXECUTE FUNCTION precompute_all()', t.tbl);
    -- An organization's update matters only for some columns (organizations_precompute_upd).
    IF t.tbl <> 'organizations' THEN
      EXECUTE format('CREATE TRIGGER %1$s_precompute_upd AFTER UPDATE ON %1$I
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION precompute_by_key(%2$L, %3$L)', t.tbl, t.key, t.fn);
    END IF;
  END LOOP;
END $$;
--> statement-breakpoint
CREATE TRIGGER organizations_precompute_upd AFTER UPDATE ON organizations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION organizations_precompute_upd();
--> statement-breakpoint
-- A center moved, added, removed or resized changes the reach of the organizations around it;
-- centers change rarely (no API writes them yet): recompute every organization.
CREATE TRIGGER service_centers_precompute AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON service_centers FOR EACH STATEMENT EXECUTE FUNCTION precompute_all();
--> statement-breakpoint
SELECT center_reach_refresh(NULL);
--> statement-breakpoint
SELECT party_unit_counts_refresh(NULL);
--> statement-breakpoint
SELECT instructor_areas_refresh(NULL);
--> statement-breakpoint
-- The map's workstation counts read a building's coverage rows from the index alone.
CREATE INDEX org_coverage_building_cover_idx ON org_coverage (profile_id, building_id)
  INCLUDE (is_excluded, is_blank_spot);
--> statement-breakpoint
-- coverage_rollup gained gaps_not_blank: recompute every profile's evaluation on next start.
DELETE FROM coverage_state;
