import type { Geometry, Position } from './geojson.ts';

const pos = (p: Position) => `${p[0]} ${p[1]}`;
const line = (ps: Position[]) => `(${ps.map(pos).join(',')})`;
const poly = (rings: Position[][]) => `(${rings.map(line).join(',')})`;

/** GeoJSON geometry to EWKT with SRID 4326, the text form PostGIS accepts for a geometry. */
export function toEwkt(g: Geometry): string {
  return `SRID=4326;${toWkt(g)}`;
}

function toWkt(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `POINT(${pos(g.coordinates)})`;
    case 'MultiPoint':
      return `MULTIPOINT(${g.coordinates.map((p) => `(${pos(p)})`).join(',')})`;
    case 'LineString':
      return `LINESTRING${line(g.coordinates)}`;
    case 'MultiLineString':
      return `MULTILINESTRING(${g.coordinates.map(line).join(',')})`;
    case 'Polygon':
      return `POLYGON${poly(g.coordinates)}`;
    case 'MultiPolygon':
      return `MULTIPOLYGON(${g.coordinates.map(poly).join(',')})`;
    case 'GeometryCollection':
      return `GEOMETRYCOLLECTION(${g.geometries.map(toWkt).join(',')})`;
  }
}
