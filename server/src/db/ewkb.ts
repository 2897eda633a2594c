import type { Geometry, Position } from './geojson.ts';

/**
 * Parses PostGIS hex EWKB (what a geometry column returns as text) into GeoJSON. Handles the 2D
 * OGC types and an optional SRID; Z/M ordinates are read and dropped.
 */
export function parseEwkbHex(hex: string): Geometry {
  const buf = Buffer.from(hex, 'hex');
  const reader = { buf, off: 0 };
  return readGeometry(reader);
}

interface Reader {
  buf: Buffer;
  off: number;
}

function readGeometry(r: Reader): Geometry {
  const little = r.buf.readUInt8(r.off) === 1;
  r.off += 1;
  const u32 = () => {
    const v = little ? r.buf.readUInt32LE(r.off) : r.buf.readUInt32BE(r.off);
    r.off += 4;
    return v;
  };
  const f64 = () => {
    const v = little ? r.buf.readDoubleLE(r.off) : r.buf.readDoubleBE(r.off);
    r.off += 8;
    return v;
  };
  const rawType = u32();
  const base = rawType & 0x0fffffff;
  const iso = Math.floor(base / 1000); // ISO WKB: 1xxx Z, 2xxx M, 3xxx ZM
  const hasZ = (rawType & 0x80000000) !== 0 || iso === 1 || iso === 3;
  const hasM = (rawType & 0x40000000) !== 0 || iso === 2 || iso === 3;
  if (rawType & 0x20000000) u32(); // SRID: always 4326 inside the product
  const type = base % 1000;
  const dims = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
  const point = (): Position => {
    const x = f64();
    const y = f64();
    for (let i = 2; i < dims; i++) f64();
    return [x, y];
  };
  const points = () => Array.from({ length: u32() }, point);
  const rings = () => Array.from({ length: u32() }, points);
  const children = () => Array.from({ length: u32() }, () => readGeometry(r));
  switch (type) {
    case 1:
      return { type: 'Point', coordinates: point() };
    case 2:
      return { type: 'LineString', coordinates: points() };
    case 3:
      return { type: 'Polygon', coordinates: rings() };
    case 4:
      return {
        type: 'MultiPoint',
        coordinates: children().map((g) => (g.type === 'Point' ? g.coordinates : [])),
      };
    case 5:
      return {
        type: 'MultiLineString',
        coordinates: children().map((g) => (g.type === 'LineString' ? g.coordinates : [])),
      };
    case 6:
      return {
        type: 'MultiPolygon',
        coordinates: children().map((g) => (g.type === 'Polygon' ? g.coordinates : [])),
      };
    case 7:
      return { type: 'GeometryCollection', geometries: children() };
    default:
      throw new Error(`unsupported WKB geometry type ${type}`);
  }
}
