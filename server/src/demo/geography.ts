import type { MultiPolygon, Position } from '../db/geojson.ts';
import type { BulkSession } from './bulk.ts';
import {
  bboxOf,
  M_PER_DEG_LAT,
  M_PER_DEG_LON,
  pointNear,
  randomPointIn,
  spacedPoints,
} from './geometry.ts';
import { createRng, hashSeed } from './random.ts';
import { isVillage, type DistrictSource, type SubdistrictDivision } from './shunyi.ts';

/**
 * The district, its subdistricts and one area grid per community / village, with generated
 * boundaries that tile their parent: Voronoi cells of generated centres (PostGIS
 * ST_VoronoiPolygons, in both PostGIS 3.3 and 3.6) clipped to the parent with ST_Intersection.
 * Streets (街道) crowd around the district seat so their cells come out small and urban; towns
 * spread over the rest. Communities cluster near their subdistrict's centre, villages spread.
 */
export interface GridPlace {
  id: number;
  code: string;
  name: string;
  village: boolean;
  centre: Position;
  boundary: MultiPolygon;
  subdistrict: SubdistrictPlace;
}
export interface SubdistrictPlace {
  id: number;
  code: string;
  name: string;
  kind: SubdistrictDivision['kind'];
  centre: Position;
  boundary: MultiPolygon;
  grids: GridPlace[];
}
export interface DistrictPlace {
  id: number;
  code: string;
  name: string;
  seat: Position;
  boundary: MultiPolygon;
  subdistricts: SubdistrictPlace[];
}

/** Clip a cell to its parent and keep only its polygons, as a MultiPolygon. */
const CLIPPED = (cell: string, parent: string) =>
  `ST_Multi(ST_CollectionExtract(ST_Intersection(${cell}, ${parent}), 3))`;

const voronoiCells = (parentTable: string) => `
  WITH input AS (
    SELECT p.code, p.name, p.kind, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326) AS pt
    FROM jsonb_to_recordset($1::jsonb) AS p(code text, name text, kind text, lon float8, lat float8)
  ),
  parent AS (SELECT boundary AS g FROM ${parentTable} WHERE id = $2),
  cells AS (
    SELECT (ST_Dump(ST_VoronoiPolygons(
      (SELECT ST_Collect(pt) FROM input), 0, (SELECT ST_Expand(ST_Envelope(g), 0.05) FROM parent)
    ))).geom AS cell
  )
  SELECT input.code, input.name, input.kind,
         ${CLIPPED('ST_SetSRID(cells.cell, 4326)', '(SELECT g FROM parent)')} AS boundary
  FROM input JOIN cells ON ST_Contains(ST_SetSRID(cells.cell, 4326), input.pt)`;

interface Seed {
  code: string;
  name: string;
  kind: string;
  lon: number;
  lat: number;
}

export async function loadGeography(
  s: BulkSession,
  src: DistrictSource,
  seed: number,
): Promise<DistrictPlace> {
  const rng = createRng(hashSeed(seed, 'geography', src.code));
  const [d] = await s.query<{ id: number; geojson: string }>(
    `INSERT INTO districts (code, name, boundary)
     VALUES ($1, $2, ST_Multi(ST_CollectionExtract(ST_MakeValid(
       ST_SetSRID(ST_GeomFromGeoJSON($3), 4326)), 3)))
     RETURNING id, ST_AsGeoJSON(boundary) AS geojson`,
    [src.code, src.name, JSON.stringify(src.boundary)],
  );
  const boundary = JSON.parse(d!.geojson) as MultiPolygon;
  const box = bboxOf(boundary);
  const seat = src.seat as Position;
  // Streets within ~4 km of the seat, towns at least 3 km from each other and from the streets.
  const streets = src.subdistricts.filter((x) => x.kind === 'street');
  const others = src.subdistricts.filter((x) => x.kind !== 'street');
  const streetPts = spacedPoints(rng, streets.length, 1500, () =>
    pointNear(rng, seat, 2500, boundary, box),
  );
  const otherPts = spacedPoints(rng, others.length, 4500, () => randomPointIn(rng, boundary, box), [
    ...streetPts,
    seat,
  ]);
  const seeds: Seed[] = [...streets, ...others].map((x, i) => {
    const p = i < streets.length ? streetPts[i]! : otherPts[i - streets.length]!;
    return { code: x.code, name: x.name, kind: x.kind, lon: p[0]!, lat: p[1]! };
  });
  const subRows = await insertCells(s, seeds, 'districts', d!.id, (row) => ({
    table: 'subdistricts',
    columns: 'district_id, code, name, kind',
    values: [d!.id, row.code, row.name, row.kind],
    casts: ['int', 'text', 'text', 'subdistrict_kind'],
  }));
  const district: DistrictPlace = {
    id: d!.id,
    code: src.code,
    name: src.name,
    seat,
    boundary,
    subdistricts: [],
  };
  for (const sub of src.subdistricts) {
    const row = subRows.get(sub.code)!;
    const seedPt = seeds.find((x) => x.code === sub.code)!;
    const place: SubdistrictPlace = {
      id: row.id,
      code: sub.code,
      name: sub.name,
      kind: sub.kind,
      centre: [seedPt.lon, seedPt.lat],
      boundary: row.boundary,
      grids: [],
    };
    district.subdistricts.push(place);
    place.grids = await loadGrids(s, place, sub, rng);
  }
  await shareBorderVertices(s, d!.id);
  return district;
}

/**
 * Makes the stored boundaries tile each other exactly as the tiling check measures them (issue
 * 13). Clipping leaves each grid's corners on its subdistrict's long straight edges, where the
 * subdistrict has no vertex: flat in degrees, but a long edge is a great circle in
 * `ST_Area(geography)`, and its bulge against the grids' shorter edges left ~0.3 m wide slivers,
 * kilometres long, of land in no grid (2,500 m² per subdistrict). So every grid takes the
 * vertices other grids have on its edges (ST_Snap, 0.1 mm), each subdistrict becomes the union
 * of its grids and the district the union of its subdistricts: the same shapes in degrees, with
 * the same vertices on both sides of every border. The in-memory places keep their boundaries.
 */
async function shareBorderVertices(s: BulkSession, districtId: number): Promise<void> {
  await s.query(
    `WITH snapped AS (
       SELECT g.id, ST_Multi(ST_Snap(g.boundary, ST_Collect(ARRAY(
         SELECT (ST_DumpPoints(o.boundary)).geom FROM grids o
         WHERE o.id <> g.id AND o.boundary && ST_Expand(g.boundary, 1e-9)
           AND ST_DWithin(o.boundary, g.boundary, 1e-9))), 1e-9)) AS boundary
       FROM grids g JOIN subdistricts sd ON sd.id = g.subdistrict_id
       WHERE sd.district_id = $1
     )
     UPDATE grids g SET boundary = snapped.boundary FROM snapped
     WHERE snapped.id = g.id AND ST_IsValid(snapped.boundary)`,
    [districtId],
  );
  await s.query(
    `UPDATE subdistricts sd SET boundary = (SELECT ST_Multi(ST_Union(g.boundary)) FROM grids g
       WHERE g.subdistrict_id = sd.id) WHERE sd.district_id = $1`,
    [districtId],
  );
  await s.query(
    `UPDATE districts d SET boundary = (SELECT ST_Multi(ST_Union(sd.boundary)) FROM subdistricts sd
       WHERE sd.district_id = d.id) WHERE d.id = $1`,
    [districtId],
  );
}

async function loadGrids(
  s: BulkSession,
  sub: SubdistrictPlace,
  src: SubdistrictDivision,
  rng: ReturnType<typeof createRng>,
): Promise<GridPlace[]> {
  const box = bboxOf(sub.boundary);
  const areaM2 = (box.maxX - box.minX) * M_PER_DEG_LON * (box.maxY - box.minY) * M_PER_DEG_LAT;
  const spacing = 0.5 * Math.sqrt(areaM2 / Math.max(1, src.children.length));
  const communities = src.children.filter((c) => !isVillage(c.code));
  const villages = src.children.filter((c) => isVillage(c.code));
  const cPts = spacedPoints(rng, communities.length, spacing * 0.5, () =>
    pointNear(rng, sub.centre, Math.max(600, spacing), sub.boundary, box),
  );
  const vPts = spacedPoints(
    rng,
    villages.length,
    spacing,
    () => randomPointIn(rng, sub.boundary, box),
    cPts,
  );
  const seeds: Seed[] = [...communities, ...villages].map((c, i) => {
    const p = i < communities.length ? cPts[i]! : vPts[i - communities.length]!;
    return { code: c.code, name: c.name, kind: 'area', lon: p[0]!, lat: p[1]! };
  });
  const rows = await insertCells(s, seeds, 'subdistricts', sub.id, (row) => ({
    table: 'grids',
    columns: 'subdistrict_id, code, name, kind',
    values: [sub.id, row.code, row.name, row.kind],
    casts: ['int', 'text', 'text', 'grid_kind'],
  }));
  return seeds.map((x) => {
    const r = rows.get(x.code)!;
    return {
      id: r.id,
      code: x.code,
      name: x.name,
      village: isVillage(x.code),
      centre: [x.lon, x.lat],
      boundary: r.boundary,
      subdistrict: sub,
    };
  });
}

/** Computes clipped Voronoi cells for the seeds and inserts one row per seed. */
async function insertCells(
  s: BulkSession,
  seeds: Seed[],
  parentTable: 'districts' | 'subdistricts',
  parentId: number,
  row: (seed: Seed) => { table: string; columns: string; values: unknown[]; casts: string[] },
): Promise<Map<string, { id: number; boundary: MultiPolygon }>> {
  const sample = row(seeds[0]!);
  const cols = sample.casts.map((c, i) => `(r.v->>${i})::${c}`).join(', ');
  const rows = await s.query<{ id: number; code: string; boundary: string }>(
    `WITH cells AS (${voronoiCells(parentTable)}),
     vals AS (SELECT r.v, r.code FROM jsonb_to_recordset($3::jsonb) AS r(code text, v jsonb))
     INSERT INTO ${sample.table} (${sample.columns}, boundary)
     SELECT ${cols}, cells.boundary FROM cells JOIN vals r ON r.code = cells.code
     ORDER BY r.code
     RETURNING id, code, ST_AsGeoJSON(boundary, 7) AS boundary`,
    [
      JSON.stringify(seeds),
      parentId,
      JSON.stringify(seeds.map((x) => ({ code: x.code, v: row(x).values }))),
    ],
  );
  if (rows.length !== seeds.length) {
    throw new Error(`Voronoi gave ${rows.length} cells for ${seeds.length} ${sample.table}`);
  }
  return new Map(rows.map((r) => [r.code, { id: r.id, boundary: JSON.parse(r.boundary) }]));
}
