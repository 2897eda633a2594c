import { sql } from 'drizzle-orm';
import { beginChange } from '../audit/audit.ts';
import type { Executor } from '../db/client.ts';
import type { Geometry } from '../db/geojson.ts';
import { rows } from '../db/rows.ts';
import { AppError } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { validateGeometry } from '../graphql/geojson.validate.ts';
import { idsSql } from './tiling.sql.ts';
import type { WhoCan } from './who-can.sql.ts';
import { saveBoundariesIn, type SaveBoundaries, type SaveRun } from './update-boundaries.ts';

/** Names listed in a preview (counts stay exact above it). */
const MAX_LISTED = 1000;

export interface GridChangeView {
  gridId: number;
  explicit: boolean;
  versionBefore: number;
  boundaryAfter: Geometry;
  areaBeforeM2: number;
  areaAfterM2: number;
}
export interface MoveView {
  id: number;
  name: string;
  fromGridId: number | null;
  toGridId: number | null;
  organizationCount?: number;
}
export interface EditPreview {
  ok: boolean;
  refusal: {
    code: string;
    reason: string | null;
    message: string;
    field: string | null;
    where: Geometry | null;
    violations: unknown[] | null;
    gridIds: string[] | null;
    whoCan: WhoCan | null;
  } | null;
  grids: GridChangeView[];
  neighbourGridIds: number[];
  buildingMoves: MoveView[];
  organizationMoves: MoveView[];
  buildingCount: number;
  organizationCount: number;
}

/** Thrown to roll the preview's transaction back with what it found. */
class Rollback extends Error {
  constructor(readonly preview: EditPreview) {
    super('preview');
  }
}

const empty = (): EditPreview => ({
  ok: true,
  refusal: null,
  grids: [],
  neighbourGridIds: [],
  buildingMoves: [],
  organizationMoves: [],
  buildingCount: 0,
  organizationCount: 0,
});

/** Error extensions are untyped: a `where` is passed on only if it is a geometry. */
const isGeometry = (v: unknown): v is Geometry => validateGeometry(v) === null;

const isWhoCan = (v: unknown): v is WhoCan =>
  !!v && typeof v === 'object' && 'managers' in v && 'administrators' in v;

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

async function describe(tx: Executor, run: SaveRun): Promise<EditPreview> {
  const adjusted = new Set(run.adjustedGridIds ?? []);
  const areas = await rows<{ id: number; area: number; geom: string }>(
    tx,
    sql`SELECT id, ST_Area(boundary::geography) AS area, ST_AsGeoJSON(boundary) AS geom
        FROM grids WHERE id IN (${idsSql(run.gridIds)})`,
  );
  const before = new Map<number, number>();
  for (const id of run.gridIds) {
    const b = run.before.get(id)?.boundary;
    const [r] = await rows<{ area: number }>(
      tx,
      sql`SELECT ST_Area(ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(b)}), 4326)::geography) AS area`,
    );
    before.set(id, Number(r?.area ?? 0));
  }
  const grids = areas.map((a) => ({
    gridId: Number(a.id),
    explicit: !adjusted.has(Number(a.id)),
    versionBefore: run.before.get(Number(a.id))!.version,
    boundaryAfter: JSON.parse(a.geom),
    areaBeforeM2: before.get(Number(a.id)) ?? 0,
    areaAfterM2: Number(a.area),
  }));
  const moves = run.reassignment.moves;
  const bNames = await rows<{ id: number; name: string }>(
    tx,
    sql`SELECT id, name FROM buildings WHERE id IN (${idsSql(moves.slice(0, MAX_LISTED).map((m) => m.buildingId))})`,
  );
  const bName = new Map(bNames.map((b) => [Number(b.id), b.name]));
  // Every organization's move is in this transaction's audit group (reassign.sql.ts writes it).
  const orgs = await rows<{ id: number; name: string; from_grid: unknown; to_grid: unknown }>(
    tx,
    sql`SELECT o.id, o.name, a.before->>'gridId' AS from_grid, a.after->>'gridId' AS to_grid
        FROM audit_log a JOIN organizations o ON o.id = a.entity_id::int
        WHERE a.change_id = current_setting('atlas.change_id', true)
          AND a.action = 'organization.grid.reassign'
        ORDER BY o.id LIMIT ${MAX_LISTED}`,
  );
  return {
    ...empty(),
    grids,
    neighbourGridIds: [...adjusted],
    buildingMoves: moves.slice(0, MAX_LISTED).map((m) => ({
      id: m.buildingId,
      name: bName.get(m.buildingId) ?? '',
      fromGridId: m.fromGridId,
      toGridId: m.toGridId,
      organizationCount: m.organizationIds.length,
    })),
    organizationMoves: orgs.map((o) => ({
      id: Number(o.id),
      name: o.name,
      fromGridId: num(o.from_grid),
      toGridId: num(o.to_grid),
    })),
    buildingCount: moves.length,
    organizationCount: run.reassignment.organizationIds.length,
  };
}

const refusalOf = (e: AppError): EditPreview => {
  const x = e.extensions as Record<string, unknown>;
  return {
    ...empty(),
    ok: false,
    refusal: {
      code: String(x.code ?? 'BAD_USER_INPUT'),
      reason: typeof x.reason === 'string' ? x.reason : null,
      message: e.message,
      field: typeof x.field === 'string' ? x.field : null,
      where: isGeometry(x.where) ? x.where : null,
      violations: Array.isArray(x.violations) ? x.violations : null,
      gridIds: Array.isArray(x.gridIds) ? x.gridIds.map(String) : null,
      whoCan: isWhoCan(x.whoCan) ? x.whoCan : null,
    },
  };
};

/**
 * What a save would do (issue 13): the save itself, in a transaction rolled back at the end, so
 * the preview and the save cannot disagree; its refusal, if any, comes back as data.
 * `prepare` builds the save inside the transaction (moveSharedVertex reads the grids first).
 */
export async function previewSave(
  ctx: Context,
  prepare: (tx: Executor) => Promise<SaveBoundaries>,
): Promise<EditPreview> {
  try {
    await ctx.database.db.transaction(async (tx) => {
      await beginChange(tx);
      const run = await saveBoundariesIn(ctx, tx, await prepare(tx), { preview: true });
      throw new Rollback(await describe(tx, run));
    });
  } catch (e) {
    if (e instanceof Rollback) return e.preview;
    if (e instanceof AppError) return refusalOf(e);
    throw e;
  }
  throw new Error('unreachable: a preview always rolls back');
}
