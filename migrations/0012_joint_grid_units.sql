CREATE TABLE "joint_grid_units" (
	"grid_id" integer NOT NULL,
	"units" integer NOT NULL,
	"branches" integer NOT NULL,
	CONSTRAINT "joint_grid_units_grid_id_units_pk" PRIMARY KEY("grid_id","units")
);
--> statement-breakpoint
-- Issue 14: the map's zoomed-out joint layer counts branches per grid from this table (kept in
-- the writing transaction like 0010_center_reach.sql's tables) instead of reading every seat.
-- Recomputes the rows of these grids (NULL: all) from party_organizations and party_unit_counts.
CREATE FUNCTION joint_grid_units_refresh(grids int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF grids IS NULL THEN
    TRUNCATE joint_grid_units;
    INSERT INTO joint_grid_units (grid_id, units, branches)
    SELECT p.grid_id, n.units, count(*) FROM party_organizations p
    JOIN party_unit_counts n ON n.party_organization_id = p.id
    WHERE p.is_joint AND p.dissolved_on IS NULL AND p.seat IS NOT NULL
      AND p.grid_id IS NOT NULL AND n.units > 0
    GROUP BY 1, 2;
    RETURN;
  END IF;
  IF cardinality(grids) = 0 THEN RETURN; END IF;
  DELETE FROM joint_grid_units WHERE grid_id = ANY(grids);
  INSERT INTO joint_grid_units (grid_id, units, branches)
  SELECT p.grid_id, n.units, count(*) FROM party_organizations p
  JOIN party_unit_counts n ON n.party_organization_id = p.id
  WHERE p.is_joint AND p.dissolved_on IS NULL AND p.seat IS NOT NULL
    AND p.grid_id = ANY(grids) AND n.units > 0
  GROUP BY 1, 2;
END $$;
--> statement-breakpoint
-- The grids of these party organizations (their unit counts changed).
CREATE FUNCTION joint_grid_units_of_parties(ids int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM joint_grid_units_refresh(ARRAY(
    SELECT DISTINCT grid_id FROM party_organizations
    WHERE id = ANY(ids) AND grid_id IS NOT NULL));
END $$;
--> statement-breakpoint
CREATE FUNCTION joint_grid_units_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM joint_grid_units_refresh(NULL);
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A branch's grid, seat, jointness or dissolution (old and new grid), or its unit count, changed.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('party_organizations', 'grid_id', 'joint_grid_units_refresh'),
    ('party_unit_counts', 'party_organization_id', 'joint_grid_units_of_parties')) v(tbl, key, fn)
  LOOP
    EXECUTE format('CREATE TRIGGER %1$s_joint_grid_ins AFTER INSERT ON %1$I
      REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION precompute_by_key(%2$L, %3$L)', t.tbl, t.key, t.fn);
    EXECUTE format('CREATE TRIGGER %1$s_joint_grid_del AFTER DELETE ON %1$I
      REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION precompute_by_key(%2$L, %3$L)', t.tbl, t.key, t.fn);
    EXECUTE format('CREATE TRIGGER %1$s_joint_grid_upd AFTER UPDATE ON %1$I
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION precompute_by_key(%2$L, %3$L)', t.tbl, t.key, t.fn);
    EXECUTE format('CREATE TRIGGER %1$s_joint_grid_truncate AFTER TRUNCATE ON %1$I
      FOR EACH STATEMENT EXECUTE FUNCTION joint_grid_units_all()', t.tbl);
  END LOOP;
END $$;
--> statement-breakpoint
-- Branches without a grid are counted live at low zoom: their seats, from a small index.
CREATE INDEX party_orgs_joint_gridless_seat_gist ON party_organizations USING gist (seat)
  WHERE is_joint AND grid_id IS NULL AND dissolved_on IS NULL;
--> statement-breakpoint
SELECT joint_grid_units_refresh(NULL);
