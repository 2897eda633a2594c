import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { LIMITS } from './limits.ts';
import { ewkbUnion, idsSql } from './tiling.sql.ts';

/** A neighbour's boundary after a save moved a shared boundary (EWKB hex, exact). */
export interface NeighbourPlan {
  id: number;
  ewkb: string;
  areaM2: number;
}

/**
 * The neighbours across a moved boundary (issue 13), computed after the listed grids were
 * written: each sibling loses the land the listed grids now hold (`ST_Difference`), and each
 * piece of land the listed grids released goes to the sibling sharing the longest border with
 * it (within 1e-7 degrees, about 1 cm, so float noise on a shared edge still counts as shared;
 * a border under `LIMITS.minSharedBorderM` is a corner touch, not a border).
 * A released piece touching no unlisted sibling (only the subdistrict's outline, or only listed
 * grids) goes to nobody: the tiling check then refuses it as a gap. Dust pieces are ignored.
 */
export async function planNeighbours(
  tx: Executor,
  save: {
    subdistrictId: number;
    parentGridId: number | null;
    gridIds: number[];
    oldEwkb: string[];
  },
): Promise<NeighbourPlan[]> {
  const dust = LIMITS.dustM2;
  const found = await rows<{ id: number; ewkb: string; area: number }>(
    tx,
    sql`WITH u AS (SELECT ST_Union(boundary) AS g FROM grids WHERE id IN (${idsSql(save.gridIds)})),
      old AS (SELECT ${ewkbUnion(save.oldEwkb)} AS g),
      box AS (SELECT ST_Expand(ST_Envelope(ST_Collect(old.g, u.g)), 1e-6) AS g FROM old, u),
      sib AS (
        SELECT s.id, s.boundary FROM grids s, box
        WHERE s.subdistrict_id = ${save.subdistrictId}
          AND s.parent_grid_id IS NOT DISTINCT FROM ${save.parentGridId}
          AND s.id NOT IN (${idsSql(save.gridIds)}) AND s.boundary && box.g),
      released AS (
        SELECT row_number() OVER () AS k, r.g FROM (
          SELECT (ST_Dump(ST_Difference(old.g, u.g))).geom AS g FROM old, u) r
        WHERE ST_Dimension(r.g) = 2 AND ST_Area(r.g::geography) > ${dust}),
      best AS (
        SELECT DISTINCT ON (p.k) p.k, s.id,
          ST_Length(ST_Intersection(ST_Boundary(p.g), ST_Buffer(s.boundary, 1e-7))::geography) AS len
        FROM released p JOIN sib s ON s.boundary && ST_Expand(p.g, 1e-6) AND ST_DWithin(s.boundary, p.g, 1e-7)
        ORDER BY p.k, len DESC, s.id),
      gain AS (
        SELECT b.id, ST_Union(p.g) AS g FROM best b JOIN released p USING (k)
        WHERE b.len > ${LIMITS.minSharedBorderM} GROUP BY b.id),
      plan AS (
        SELECT s.id,
          CASE WHEN ST_Intersects(s.boundary, u.g)
                 AND ST_Area(ST_Intersection(s.boundary, u.g)::geography) > ${dust}
               THEN ST_Difference(s.boundary, u.g) END AS lost,
          gain.g AS gained, s.boundary
        FROM sib s CROSS JOIN u LEFT JOIN gain ON gain.id = s.id),
      next AS (
        SELECT id, ST_Multi(ST_CollectionExtract(
          CASE WHEN gained IS NULL THEN lost
               ELSE ST_UnaryUnion(ST_Collect(coalesce(lost, boundary), gained)) END, 3)) AS g
        FROM plan WHERE lost IS NOT NULL OR gained IS NOT NULL)
      SELECT id, encode(ST_AsEWKB(g), 'hex') AS ewkb, coalesce(ST_Area(g::geography), 0) AS area
      FROM next ORDER BY id`,
  );
  return found.map((r) => ({ id: Number(r.id), ewkb: r.ewkb, areaM2: Number(r.area) }));
}
