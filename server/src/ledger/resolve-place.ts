import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import { HEADER_OF } from './columns.ts';
import { IMPORT_LIMITS } from './limits.ts';
import type { ImportReason, PlaceFacts, RowError } from './validate.ts';
import { rows } from '../db/rows.ts';

/** A row to place: its sheet row and what locates it. */
export interface PlaceRow {
  row: number;
  place: PlaceFacts;
}
/** Degrees that surely exceed the point-in-grid tolerance in longitude too (China: lat < 54°). */
const TOLERANCE_DEGREES = IMPORT_LIMITS.pointInGridToleranceMetres / 50_000;

/**
 * Where a ledger row lies: its building (by code, or by a name unique in the district or in the
 * given grid), its grid (by code or name), or its point (which must fall inside a district;
 * its grid is the one containing it). A row must name at least one of them. When a row names a
 * building or grid and gives a point too, the point must lie in that grid (within a few metres).
 */
export interface Place {
  districtId: number;
  subdistrictId: number | null;
  gridId: number | null;
  buildingId: number | null;
  point: [number, number] | null;
}

interface Area {
  id: number;
  subdistrictId: number;
  districtId: number;
  code: string;
  name: string;
}
interface BuildingRef {
  id: number;
  code: string | null;
  name: string;
  gridId: number | null;
  subdistrictId: number;
  districtId: number;
  lon: number;
  lat: number;
}

interface PointInfo {
  gridId: number | null;
  districtId: number | null;
  /** Grids within the tolerance of the point (when the row names a building or grid). */
  near: number[];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export class PlaceResolver {
  private constructor(
    private grids: Area[],
    private buildings: BuildingRef[],
    /** Per sheet row with a point: its district, and its grid when no building or grid is named. */
    private pointInfo: Map<number, PointInfo>,
  ) {
    this.gridById = new Map(grids.map((g) => [g.id, g]));
    for (const g of grids) for (const k of [g.code, g.name]) push(this.gridByKey, k, g);
    for (const b of buildings) {
      if (b.code) push(this.buildingByCode, b.code, b);
      push(this.buildingByName, b.name, b);
    }
  }
  private gridById: Map<number, Area>;
  private gridByKey = new Map<string, Area[]>();
  private buildingByCode = new Map<string, BuildingRef[]>();
  private buildingByName = new Map<string, BuildingRef[]>();

  /** Loads the districts, grids and the buildings the file names (by code or name). */
  static async load(database: Database, tx: Executor, places: PlaceRow[]): Promise<PlaceResolver> {
    const grids = await rows<Area>(
      tx,
      sql`SELECT g.id, g.subdistrict_id AS "subdistrictId", s.district_id AS "districtId",
            g.code, g.name
          FROM grids g JOIN subdistricts s ON s.id = g.subdistrict_id`,
    );
    const names = [...new Set(places.map((r) => r.place.building).filter((b) => b !== null))];
    const buildings =
      names.length === 0
        ? []
        : await rows<BuildingRef>(
            tx,
            sql`SELECT b.id, b.code, b.name, b.grid_id AS "gridId", b.subdistrict_id AS "subdistrictId",
                  s.district_id AS "districtId", ST_X(b.location) AS lon, ST_Y(b.location) AS lat
                FROM buildings b JOIN subdistricts s ON s.id = b.subdistrict_id
                WHERE b.code IN (SELECT jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))
                   OR b.name IN (SELECT jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))`,
          );
    const pointInfo = new Map<number, PointInfo>();
    const withPoint = places.filter((r) => r.place.point);
    const tolerance = IMPORT_LIMITS.pointInGridToleranceMetres;
    for (let i = 0; i < withPoint.length; i += 20_000) {
      const pts = withPoint
        .slice(i, i + 20_000)
        .map((r) => [r.row, ...r.place.point!, !r.place.building && !r.place.grid]);
      const found = await rows<{
        i: number;
        g: number | null;
        d: number | null;
        near: number[] | null;
      }>(
        tx,
        sql`SELECT p.i,
              CASE WHEN p.need_grid THEN (SELECT g.id FROM grids g
                WHERE g.boundary && p.pt AND ST_Covers(g.boundary, p.pt) ORDER BY g.id LIMIT 1)
              END AS g,
              CASE WHEN NOT p.need_grid THEN (SELECT jsonb_agg(g.id) FROM grids g
                WHERE g.boundary && ST_Expand(p.pt, ${TOLERANCE_DEGREES}::float8)
                  -- CASE: the costly distance on the sphere only for points not inside
                  AND CASE WHEN ST_Covers(g.boundary, p.pt) THEN true
                    ELSE ST_DWithin(g.boundary::geography, p.pt::geography, ${tolerance}::float8)
                  END)
              END AS near,
              (SELECT d.id FROM districts d WHERE d.boundary && p.pt AND ST_Covers(d.boundary, p.pt)
                ORDER BY d.id LIMIT 1) AS d
            FROM (SELECT (e->>0)::int AS i, (e->>3)::boolean AS need_grid,
                    ST_SetSRID(ST_MakePoint((e->>1)::float8, (e->>2)::float8), 4326) AS pt
                  FROM jsonb_array_elements(${JSON.stringify(pts)}::jsonb) e) p`,
      );
      for (const f of found) {
        pointInfo.set(Number(f.i), {
          gridId: f.g === null ? null : Number(f.g),
          districtId: f.d === null ? null : Number(f.d),
          near: (f.near ?? []).map(Number),
        });
      }
    }
    return new PlaceResolver(grids, buildings, pointInfo);
  }

  resolve(r: PlaceRow, headers: Map<string, string>): { place?: Place; errors: RowError[] } {
    const v = r.place;
    const errors: RowError[] = [];
    const col = (k: 'building' | 'grid' | 'lon') => headers.get(k) ?? HEADER_OF[k];
    const fail = (
      k: 'building' | 'grid' | 'lon',
      reason: ImportReason,
      message: string,
      value: string,
    ) => errors.push({ row: r.row, column: col(k), reason, message, value });
    let grid: Area | undefined;
    if (v.grid) {
      const found = [...new Set(this.gridByKey.get(v.grid) ?? [])];
      if (found.length === 0) {
        fail('grid', 'UNKNOWN_GRID', `网格不存在 (no such grid): ${v.grid}`, v.grid);
      } else if (found.length > 1 && !found.some((g) => g.code === v.grid)) {
        fail(
          'grid',
          'AMBIGUOUS_GRID',
          `网格名称不唯一, 请填写网格编码 (name not unique, give the code): ${v.grid}`,
          v.grid,
        );
      } else grid = found.find((g) => g.code === v.grid) ?? found[0];
    }
    let building: BuildingRef | undefined;
    if (v.building) {
      let found = this.buildingByCode.get(v.building) ?? [];
      if (found.length === 0) {
        found = this.buildingByName.get(v.building) ?? [];
        if (grid) found = found.filter((b) => b.gridId === grid!.id);
      }
      if (found.length === 0) {
        fail(
          'building',
          'UNKNOWN_BUILDING',
          `楼宇不存在 (no such building): ${v.building}`,
          v.building,
        );
      } else if (found.length > 1) {
        fail(
          'building',
          'AMBIGUOUS_BUILDING',
          `楼宇名称不唯一, 请填写楼宇编码或所在网格 (name not unique): ${v.building}`,
          v.building,
        );
      } else building = found[0];
    }
    let district: { id: number } | undefined;
    if (v.point) {
      const id = this.pointInfo.get(r.row)?.districtId;
      district = id ? { id } : undefined;
      if (!district) {
        fail(
          'lon',
          'OUTSIDE_DISTRICT',
          `坐标不在辖区内 (point outside the district): ${v.point.map((x) => x.toFixed(6)).join(', ')}`,
          `${v.point[0]}, ${v.point[1]}`,
        );
      }
    }
    if (errors.length > 0) return { errors };
    if (!v.building && !v.grid && !v.point) {
      if (v.coordinatesGiven) return { errors }; // the coordinates' own errors say it
      return {
        errors: [
          {
            row: r.row,
            column: col('building'),
            reason: 'NO_PLACE',
            message:
              '须填写所在楼宇、所在网格或经纬度之一 (give a building, a grid or coordinates)',
          },
        ],
      };
    }
    const pointGridId = v.point ? this.pointInfo.get(r.row)?.gridId : undefined;
    const pointGrid = pointGridId ? this.gridById.get(pointGridId) : undefined;
    const g = building ? this.grids.find((x) => x.id === building!.gridId) : (grid ?? pointGrid);
    if (v.point && (v.building || v.grid) && g && !this.pointInfo.get(r.row)?.near.includes(g.id)) {
      return {
        errors: [
          {
            row: r.row,
            column: col('lon'),
            reason: 'POINT_NOT_IN_GRID',
            message: `坐标不在${building ? '该楼宇所在' : '所填'}网格「${g.name}」内 (the point lies outside grid ${g.code})`,
            value: `${v.point[0]}, ${v.point[1]}`,
          },
        ],
      };
    }
    return {
      errors,
      place: {
        districtId: building?.districtId ?? g?.districtId ?? district!.id,
        subdistrictId: building?.subdistrictId ?? g?.subdistrictId ?? null,
        gridId: g?.id ?? null,
        buildingId: building?.id ?? null,
        point: v.point ?? (building ? [building.lon, building.lat] : null),
      },
    };
  }
}
