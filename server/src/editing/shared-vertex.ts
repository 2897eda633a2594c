import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import type { MultiPolygon, Position } from '../db/geojson.ts';
import { rows } from '../db/rows.ts';
import { badInput } from '../errors.ts';
import { toWgs84, type InputCrs } from './crs.ts';
import { gridState, staleVersion } from './grids.sql.ts';
import { EditReasons, LIMITS } from './limits.ts';
import type { SaveBoundaries } from './update-boundaries.ts';

export interface MoveSharedVertex {
  subdistrictId: number;
  from: number[];
  to: number[];
  expectedVersions: ReadonlyMap<number, number>;
  toleranceMeters?: number | null;
  crs?: InputCrs | null;
}

const point = (p: number[], field: string): [number, number] => {
  if (
    p.length !== 2 ||
    !p.every(Number.isFinite) ||
    Math.abs(p[0]!) > 180 ||
    Math.abs(p[1]!) > 90
  ) {
    throw badInput(field, EditReasons.OUT_OF_RANGE, 'expected [longitude, latitude]');
  }
  return [p[0]!, p[1]!];
};

/** Metres between two nearby WGS84 positions (equirectangular: exact enough under 5 m). */
const metres = (a: Position, b: Position) => {
  const k = 111_320;
  const dx = (a[0]! - b[0]!) * k * Math.cos((a[1]! * Math.PI) / 180);
  const dy = (a[1]! - b[1]!) * k;
  return Math.hypot(dx, dy);
};

/**
 * The save that moves one vertex in every grid of the subdistrict holding it (issue 13): each
 * position within the tolerance of `from` becomes `to`, in every part and ring, and the grids
 * are saved together with ADJUST (a neighbour whose edge ran through the vertex without a vertex
 * of its own is adjusted across the moved boundary instead). Read in the save's transaction.
 */
export async function sharedVertexSave(
  database: Database,
  tx: Executor,
  m: MoveSharedVertex,
): Promise<SaveBoundaries> {
  const tol = m.toleranceMeters ?? LIMITS.vertexSnapM;
  if (!Number.isFinite(tol) || tol < 0 || tol > LIMITS.maxVertexSnapM) {
    throw badInput(
      'input.toleranceMeters',
      EditReasons.OUT_OF_RANGE,
      `0..${LIMITS.maxVertexSnapM} m`,
    );
  }
  const from = toWgs84(
    { type: 'Point', coordinates: point(m.from, 'input.from') },
    m.crs,
  ).coordinates;
  const to = toWgs84({ type: 'Point', coordinates: point(m.to, 'input.to') }, m.crs).coordinates;
  const deg = (tol + 0.01) / 80_000; // a box of at least tol metres at any latitude below 44°
  const found = await rows<{ id: number; version: number; geom: string }>(
    tx,
    sql`WITH p AS (SELECT ST_SetSRID(ST_MakePoint(${from[0]!}, ${from[1]!}), 4326) AS g)
      SELECT id, version, ST_AsGeoJSON(boundary, 15) AS geom FROM grids, p
      WHERE subdistrict_id = ${m.subdistrictId} AND boundary && ST_Expand(p.g, ${deg})
        AND ST_DWithin(ST_Boundary(boundary), p.g, ${deg})
      ORDER BY id`,
  );
  const changes: SaveBoundaries['changes'] = [];
  for (const g of found) {
    const shape = JSON.parse(g.geom) as MultiPolygon;
    let moved = 0;
    const coordinates = shape.coordinates.map((poly) =>
      poly.map((ring) =>
        ring.map((p) => (metres(p, from) <= tol ? (moved++, [to[0]!, to[1]!]) : p)),
      ),
    );
    if (moved === 0) continue;
    const id = Number(g.id);
    const seen = m.expectedVersions.get(id);
    if (seen !== undefined && seen !== Number(g.version)) {
      throw staleVersion((await gridState(database, tx, id))!, seen);
    }
    changes.push({
      gridId: id,
      expectedVersion: Number(g.version),
      boundary: { type: 'MultiPolygon', coordinates },
    });
  }
  if (changes.length === 0) {
    throw badInput(
      'input.from',
      EditReasons.NO_SHARED_VERTEX,
      `no grid has a vertex within ${tol} m of it`,
    );
  }
  return {
    changes,
    neighbours: 'adjust',
    note: `moveSharedVertex ${from.join(',')} -> ${to.join(',')}`,
  };
}
