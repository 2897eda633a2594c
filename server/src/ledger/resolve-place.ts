import { sql } from 'drizzle-orm';
import type { Database, Executor } from '../db/client.ts';
import type { MultiPolygon } from '../db/geojson.ts';
import { bboxOf, pointInMultiPolygon, type BBox } from '../demo/geometry.ts';
import type { RowError, ValidRow } from './validate.ts';
import { HEADER_OF } from './columns.ts';

/**
 * Where a ledger row lies: its building (by code, or by a name unique in the district or in the
 * given grid), its grid (by code or name), or its point (which must fall inside a district;
 * its grid is the one containing it). A row must name at least one of them.
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
  boundary: MultiPolygon | null;
  bbox: BBox | null;
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

export class PlaceResolver {
  private constructor(
    private districts: { id: number; boundary: MultiPolygon; bbox: BBox }[],
    private grids: Area[],
    private buildings: BuildingRef[],
  ) {}

  /** Loads the districts, grids and the buildings the file names (by code or name). */
  static async load(database: Database, tx: Executor, rows: ValidRow[]): Promise<PlaceResolver> {
    const districts = (
      await database.rows<{ id: number; b: string }>(
        sql`SELECT id, ST_AsGeoJSON(boundary) AS b FROM districts WHERE boundary IS NOT NULL`,
        tx,
      )
    ).map((d) => {
      const boundary = JSON.parse(d.b) as MultiPolygon;
      return { id: d.id, boundary, bbox: bboxOf(boundary) };
    });
    const grids = (
      await database.rows<Omit<Area, 'boundary' | 'bbox'> & { b: string | null }>(
        sql`SELECT g.id, g.subdistrict_id AS "subdistrictId", s.district_id AS "districtId",
              g.code, g.name, ST_AsGeoJSON(g.boundary) AS b
            FROM grids g JOIN subdistricts s ON s.id = g.subdistrict_id`,
        tx,
      )
    ).map(({ b, ...g }) => {
      const boundary = b ? (JSON.parse(b) as MultiPolygon) : null;
      return { ...g, boundary, bbox: boundary ? bboxOf(boundary) : null };
    });
    const names = [...new Set(rows.map((r) => r.values.building).filter((b) => b !== null))];
    const buildings =
      names.length === 0
        ? []
        : await database.rows<BuildingRef>(
            sql`SELECT b.id, b.code, b.name, b.grid_id AS "gridId", b.subdistrict_id AS "subdistrictId",
                  s.district_id AS "districtId", ST_X(b.location) AS lon, ST_Y(b.location) AS lat
                FROM buildings b JOIN subdistricts s ON s.id = b.subdistrict_id
                WHERE b.code IN (SELECT jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))
                   OR b.name IN (SELECT jsonb_array_elements_text(${JSON.stringify(names)}::jsonb))`,
            tx,
          );
    return new PlaceResolver(districts, grids, buildings);
  }

  private gridAt(p: [number, number]): Area | undefined {
    return this.grids.find(
      (g) =>
        g.bbox &&
        p[0] >= g.bbox.minX &&
        p[0] <= g.bbox.maxX &&
        p[1] >= g.bbox.minY &&
        p[1] <= g.bbox.maxY &&
        pointInMultiPolygon(p, g.boundary!),
    );
  }

  private districtAt(p: [number, number]) {
    return this.districts.find(
      (d) =>
        p[0] >= d.bbox.minX &&
        p[0] <= d.bbox.maxX &&
        p[1] >= d.bbox.minY &&
        p[1] <= d.bbox.maxY &&
        pointInMultiPolygon(p, d.boundary),
    );
  }

  resolve(r: ValidRow, headers: Map<string, string>): { place?: Place; errors: RowError[] } {
    const v = r.values;
    const errors: RowError[] = [];
    const col = (k: 'building' | 'grid' | 'lon') => headers.get(k) ?? HEADER_OF[k];
    let grid: Area | undefined;
    if (v.grid) {
      const found = this.grids.filter((g) => g.code === v.grid || g.name === v.grid);
      if (found.length === 0) {
        errors.push({
          row: r.row,
          column: col('grid'),
          reason: 'UNKNOWN_GRID',
          message: `网格不存在 (no such grid): ${v.grid}`,
          value: v.grid,
        });
      } else if (found.length > 1 && !found.some((g) => g.code === v.grid)) {
        errors.push({
          row: r.row,
          column: col('grid'),
          reason: 'AMBIGUOUS_GRID',
          message: `网格名称不唯一, 请填写网格编码 (name not unique, give the code): ${v.grid}`,
          value: v.grid,
        });
      } else grid = found.find((g) => g.code === v.grid) ?? found[0];
    }
    let building: BuildingRef | undefined;
    if (v.building) {
      let found = this.buildings.filter((b) => b.code === v.building);
      if (found.length === 0) {
        found = this.buildings.filter((b) => b.name === v.building);
        if (grid) found = found.filter((b) => b.gridId === grid!.id);
      }
      if (found.length === 0) {
        errors.push({
          row: r.row,
          column: col('building'),
          reason: 'UNKNOWN_BUILDING',
          message: `楼宇不存在 (no such building): ${v.building}`,
          value: v.building,
        });
      } else if (found.length > 1) {
        errors.push({
          row: r.row,
          column: col('building'),
          reason: 'AMBIGUOUS_BUILDING',
          message: `楼宇名称不唯一, 请填写楼宇编码或所在网格 (name not unique): ${v.building}`,
          value: v.building,
        });
      } else building = found[0];
    }
    let district: { id: number } | undefined;
    if (v.point) {
      district = this.districtAt(v.point);
      if (!district) {
        errors.push({
          row: r.row,
          column: col('lon'),
          reason: 'OUTSIDE_DISTRICT',
          message: `坐标不在辖区内 (point outside the district): ${v.point.map((x) => x.toFixed(6)).join(', ')}`,
          value: `${v.point[0]}, ${v.point[1]}`,
        });
      }
    }
    if (errors.length > 0) return { errors };
    if (!v.building && !v.grid && !v.point) {
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
    const pointGrid = v.point ? this.gridAt(v.point) : undefined;
    const g = building ? this.grids.find((x) => x.id === building!.gridId) : (grid ?? pointGrid);
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
