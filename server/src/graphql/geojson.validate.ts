/** Why a value is not acceptable GeoJSON geometry, with the path of the first problem. */
export interface GeoJsonProblem {
  path: string;
  message: string;
}

const TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

/**
 * Validates a GeoJSON geometry in WGS84 (RFC 7946): type, coordinate nesting, finite numbers,
 * longitude in [-180, 180], latitude in [-90, 90], closed rings of 4+ positions, and no `crs`
 * other than EPSG:4326 (GCJ-02 / BD-09 input is converted before it gets here).
 * Returns null when valid.
 */
export function validateGeometry(value: unknown, path = 'geometry'): GeoJsonProblem | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { path, message: 'must be a GeoJSON geometry object' };
  }
  const g = value as Record<string, unknown>;
  if (typeof g.type !== 'string' || !TYPES.includes(g.type)) {
    return { path: `${path}.type`, message: `must be one of ${TYPES.join(', ')}` };
  }
  const crsProblem = checkCrs(g.crs, `${path}.crs`);
  if (crsProblem) return crsProblem;
  if (g.type === 'GeometryCollection') {
    if (!Array.isArray(g.geometries))
      return { path: `${path}.geometries`, message: 'must be an array' };
    for (let i = 0; i < g.geometries.length; i++) {
      const p = validateGeometry(g.geometries[i], `${path}.geometries[${i}]`);
      if (p) return p;
    }
    return null;
  }
  const depth = {
    Point: 0,
    MultiPoint: 1,
    LineString: 1,
    MultiLineString: 2,
    Polygon: 2,
    MultiPolygon: 3,
  }[g.type]!;
  return checkCoords(g.coordinates, depth, g.type, `${path}.coordinates`);
}

function checkCrs(crs: unknown, path: string): GeoJsonProblem | null {
  if (crs === undefined || crs === null) return null;
  const name = (crs as { properties?: { name?: unknown } })?.properties?.name;
  if (typeof name === 'string' && /(EPSG:{1,2}4326|CRS84)$/i.test(name)) return null;
  return { path, message: 'only WGS84 (EPSG:4326) is accepted; convert GCJ-02 / BD-09 first' };
}

function checkCoords(c: unknown, depth: number, type: string, path: string): GeoJsonProblem | null {
  if (depth === 0) return checkPosition(c, path);
  if (!Array.isArray(c)) return { path, message: 'must be an array' };
  if (type === 'LineString' && depth === 1 && c.length < 2) {
    return { path, message: 'a LineString needs at least 2 positions' };
  }
  if ((type === 'Polygon' || type === 'MultiPolygon') && c.length === 0) {
    return { path, message: 'must not be empty' };
  }
  for (let i = 0; i < c.length; i++) {
    const p = checkCoords(c[i], depth - 1, type, `${path}[${i}]`);
    if (p) return p;
  }
  if ((type === 'Polygon' || type === 'MultiPolygon') && depth === 1) {
    return checkRing(c as number[][], path);
  }
  return null;
}

function checkPosition(p: unknown, path: string): GeoJsonProblem | null {
  if (!Array.isArray(p) || p.length < 2 || p.length > 3) {
    return { path, message: 'a position is [longitude, latitude]' };
  }
  if (!p.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return { path, message: 'coordinates must be finite numbers' };
  }
  const [lon, lat] = p as number[];
  if (lon! < -180 || lon! > 180)
    return { path, message: `longitude ${lon} is outside [-180, 180]` };
  if (lat! < -90 || lat! > 90) return { path, message: `latitude ${lat} is outside [-90, 90]` };
  return null;
}

function checkRing(ring: number[][], path: string): GeoJsonProblem | null {
  if (ring.length < 4) return { path, message: 'a polygon ring needs at least 4 positions' };
  const a = ring[0]!;
  const b = ring[ring.length - 1]!;
  if (a[0] !== b[0] || a[1] !== b[1]) {
    return { path, message: 'a polygon ring must be closed (first position = last position)' };
  }
  return null;
}
