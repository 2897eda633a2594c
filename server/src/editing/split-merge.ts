import { sql } from 'drizzle-orm';
import { audit, beginChange } from '../audit/audit.ts';
import { requireMergeGrids, requireWriteGrid } from '../auth/authorize.ts';
import type { Geometry } from '../db/geojson.ts';
import { badInput } from '../errors.ts';
import type { Context } from '../graphql/context.ts';
import { toGlobalId } from '../graphql/ids.ts';
import { refreshCoverage } from '../policy/index.ts';
import { toWgs84, type InputCrs } from './crs.ts';
import { applyConsequences, type EditOutcome } from './edit-context.ts';
import {
  checkVersion,
  gridCreated,
  insertGrid,
  lockSubdistrictGrids,
  subdistrictOfGrid,
  writeBoundary,
} from './grids.sql.ts';
import { EditReasons, LIMITS, resolveTolerance } from './limits.ts';
import { gridReassigned } from './reassign.sql.ts';
import { rows } from '../db/rows.ts';
import { boundaryEwkb, enforceTiling } from './tiling.sql.ts';

/**
 * Splits a grid with a line drawn across it: the larger piece keeps the grid (id, code, new
 * version), the other becomes a new sibling grid; users who managed the grid manage both.
 */
export async function splitGrid(
  ctx: Context,
  gridId: number,
  line: Geometry,
  expectedVersion: number,
  newName: string | null | undefined,
  crs: InputCrs | null | undefined,
): Promise<EditOutcome> {
  if (line.type !== 'LineString') {
    throw badInput(
      'line',
      EditReasons.WRONG_GEOMETRY_TYPE,
      `must be a LineString, got ${line.type}`,
    );
  }
  if (line.coordinates.length > LIMITS.maxVertices) {
    throw badInput('line', EditReasons.TOO_MANY_VERTICES, `at most ${LIMITS.maxVertices} vertices`);
  }
  const lineWgs = toWgs84(line, crs);
  const { database } = ctx;
  return database.db.transaction(async (tx) => {
    const changeId = await beginChange(tx);
    await requireWriteGrid(ctx, tx, gridId);
    const subdistrictId = await subdistrictOfGrid(database, tx, gridId);
    await lockSubdistrictGrids(database, tx, subdistrictId);
    const before = await checkVersion(database, tx, gridId, expectedVersion);
    const oldEwkb = await boundaryEwkb(tx, [gridId]);
    const pieces = await rows<{ geom: string; area: number }>(
      tx,
      sql`WITH parts AS (
          SELECT (ST_Dump(ST_CollectionExtract(ST_Split(g.boundary,
            ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(lineWgs)}), 4326)), 3))).geom AS geom
          FROM grids g WHERE g.id = ${gridId})
        SELECT ST_AsGeoJSON(geom) AS geom, ST_Area(geom::geography) AS area FROM parts
        ORDER BY area DESC`,
    );
    if (pieces.length !== 2) {
      throw badInput(
        'line',
        EditReasons.LINE_DOES_NOT_SPLIT,
        pieces.length < 2
          ? 'the line must cross the grid from one side to the other'
          : `the line cuts the grid into ${pieces.length} pieces; draw one that makes two`,
      );
    }
    for (const p of pieces) {
      if (Number(p.area) < LIMITS.minAreaM2) {
        throw badInput(
          'line',
          EditReasons.TOO_SMALL,
          `a piece would have only ${Number(p.area).toFixed(1)} m²`,
        );
      }
    }
    const multi = (g: string) => sql`ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(${g}), 4326))`;
    const after = await writeBoundary(
      database,
      tx,
      gridId,
      expectedVersion,
      multi(pieces[0]!.geom),
      ctx.actor,
    );
    const [n] = await rows<{ n: number }>(
      tx,
      sql`SELECT count(*) AS n FROM grids WHERE code LIKE ${before.code + '-%'}`,
    );
    const created = await insertGrid(
      database,
      tx,
      {
        subdistrictId,
        parentGridId: before.parentGridId,
        code: `${before.code}-${Number(n!.n) + 1}`,
        name: newName?.trim() || `${before.name}(分)`,
        kind: before.kind,
        managerName: before.managerName,
      },
      multi(pieces[1]!.geom),
      ctx.actor,
    );
    await rows(
      tx,
      sql`INSERT INTO user_scopes (user_id, kind, node_id)
          SELECT user_id, 'grid', ${created.id} FROM user_scopes WHERE kind = 'grid' AND node_id = ${gridId}
          ON CONFLICT DO NOTHING`,
    );
    await enforceTiling(
      tx,
      {
        subdistrictId,
        parentGridId: before.parentGridId,
        changedGridIds: [gridId, created.id],
        oldEwkb,
      },
      'line',
    );
    const what = `grid.split ${toGlobalId('Grid', gridId)} -> ${toGlobalId('Grid', created.id)}`;
    await audit(tx, [
      {
        actor: ctx.actor,
        action: 'grid.split',
        entityType: 'Grid',
        entityId: gridId,
        before,
        after,
        note: what,
      },
      gridCreated(ctx.actor, created, what),
    ]);
    const reassignment = await applyConsequences(
      ctx,
      tx,
      subdistrictId,
      [gridId, created.id],
      what,
    );
    return {
      gridIds: [gridId, created.id],
      clippedGridIds: [],
      removedGridIds: [],
      reassignment,
      changeId,
    };
  });
}

/**
 * Merges two adjacent sibling grids: the first keeps its id with the union as boundary; the
 * second's buildings, organizations, party organizations, child grids and managers move to it,
 * and it is deleted (its history stays in the audit log).
 */
export async function mergeGrids(
  ctx: Context,
  keepId: number,
  keepVersion: number,
  dropId: number,
  dropVersion: number,
  toleranceMeters?: number | null,
): Promise<EditOutcome> {
  if (keepId === dropId)
    throw badInput('otherGridId', EditReasons.NOT_SIBLINGS, 'merge two different grids');
  const tol = resolveTolerance(toleranceMeters, 'toleranceMeters');
  const { database } = ctx;
  return database.db.transaction(async (tx) => {
    const changeId = await beginChange(tx);
    await requireMergeGrids(ctx, tx, keepId, dropId);
    const subdistrictId = await subdistrictOfGrid(database, tx, keepId);
    await lockSubdistrictGrids(database, tx, subdistrictId);
    const keep = await checkVersion(database, tx, keepId, keepVersion);
    const drop = await checkVersion(database, tx, dropId, dropVersion);
    if (drop.subdistrictId !== keep.subdistrictId || drop.parentGridId !== keep.parentGridId) {
      throw badInput(
        'otherGridId',
        EditReasons.NOT_SIBLINGS,
        'only sibling grids (same subdistrict and parent) merge',
      );
    }
    const [adj] = await rows<{ d: number | null }>(
      tx,
      sql`SELECT ST_Distance(a.boundary::geography, b.boundary::geography) AS d
          FROM grids a, grids b WHERE a.id = ${keepId} AND b.id = ${dropId}`,
    );
    if (adj?.d === null || adj?.d === undefined || Number(adj.d) > tol) {
      throw badInput(
        'otherGridId',
        EditReasons.NOT_ADJACENT,
        `${drop.name} does not touch ${keep.name}`,
      );
    }
    const oldEwkb = await boundaryEwkb(tx, [keepId, dropId]);
    const union = sql`ST_Multi(ST_CollectionExtract(ST_UnaryUnion(ST_Collect(
      (SELECT boundary FROM grids WHERE id = ${keepId}), (SELECT boundary FROM grids WHERE id = ${dropId}))), 3))`;
    const after = await writeBoundary(database, tx, keepId, keepVersion, union, ctx.actor);
    const moveRefs = [
      sql`UPDATE buildings SET grid_id = ${keepId} WHERE grid_id = ${dropId}`,
      sql`UPDATE organizations SET grid_id = ${keepId}, updated_at = now() WHERE grid_id = ${dropId}`,
      sql`UPDATE party_organizations SET grid_id = ${keepId} WHERE grid_id = ${dropId}`,
      sql`UPDATE grids SET parent_grid_id = ${keepId} WHERE parent_grid_id = ${dropId}`,
      sql`INSERT INTO user_scopes (user_id, kind, node_id)
          SELECT user_id, 'grid', ${keepId} FROM user_scopes WHERE kind = 'grid' AND node_id = ${dropId}
          ON CONFLICT DO NOTHING`,
      sql`DELETE FROM user_scopes WHERE kind = 'grid' AND node_id = ${dropId}`,
    ];
    const movedBuildings = await rows<{ id: number }>(
      tx,
      sql`SELECT id FROM buildings WHERE grid_id = ${dropId} ORDER BY id`,
    );
    const movedOrgs = await rows<{ id: number; building_id: number | null }>(
      tx,
      sql`SELECT id, building_id FROM organizations WHERE grid_id = ${dropId} ORDER BY id`,
    );
    for (const q of moveRefs) await rows(tx, q);
    await rows(tx, sql`DELETE FROM grids WHERE id = ${dropId}`);
    await enforceTiling(
      tx,
      { subdistrictId, parentGridId: keep.parentGridId, changedGridIds: [keepId], oldEwkb },
      'otherGridId',
    );
    const what = `grid.merge ${toGlobalId('Grid', dropId)} into ${toGlobalId('Grid', keepId)}`;
    await audit(tx, [
      {
        actor: ctx.actor,
        action: 'grid.merge',
        entityType: 'Grid',
        entityId: keepId,
        before: keep,
        after,
        note: what,
      },
      {
        actor: ctx.actor,
        action: 'grid.delete',
        entityType: 'Grid',
        entityId: dropId,
        before: drop,
        after: null,
        note: what,
      },
      ...movedBuildings.map((b) =>
        gridReassigned('Building', Number(b.id), dropId, keepId, ctx.actor, what),
      ),
      ...movedOrgs.map((o) =>
        gridReassigned('Organization', Number(o.id), dropId, keepId, ctx.actor, what),
      ),
    ]);
    const rest = await applyConsequences(ctx, tx, subdistrictId, [keepId, dropId], what);
    const orgIds = movedOrgs.map((o) => Number(o.id));
    const moves = [
      ...movedBuildings.map((b) => ({
        buildingId: Number(b.id),
        fromGridId: dropId,
        toGridId: keepId,
        organizationIds: movedOrgs
          .filter((o) => Number(o.building_id) === Number(b.id))
          .map((o) => Number(o.id)),
      })),
      ...rest.moves,
    ];
    if (orgIds.length) {
      await refreshCoverage(tx, { organizationIds: orgIds, gridIds: [keepId, dropId] });
    }
    return {
      gridIds: [keepId],
      clippedGridIds: [],
      removedGridIds: [dropId],
      changeId,
      reassignment: {
        moves,
        organizationIds: [...new Set([...orgIds, ...rest.organizationIds])].sort((a, b) => a - b),
      },
    };
  });
}
