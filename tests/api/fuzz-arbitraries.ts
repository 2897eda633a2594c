import fc from 'fast-check';
import { readLimits } from '../../server/src/limits.ts';

// Generators of invalid API input for fuzz.test.ts (fast-check arbitraries), sized from the
// server's default limits so "too long" and "too many" are always just over them.

export const limits = readLimits({});

// ---- generators of invalid values --------------------------------------------------------

export const hugeString = fc.oneof(
  fc.string({ minLength: limits.maxFilterStringLength + 1, maxLength: 400 }),
  fc.nat({ max: 200_000 }).map((n) => 'x'.repeat(limits.maxFilterStringLength + 1 + n)),
);
export const badId = fc.oneof(
  fc.string({ maxLength: 30 }).filter((s) => !/^[A-Za-z]+:\d{1,10}$/.test(s)),
  fc.constantFrom('Grid:', ':1', 'Grid:-1', 'Grid:1.5', 'Grid:99999999999', 'Grid: 1', '1', ''),
  fc.constantFrom('Grid', 'Building', 'Organization', 'District').map((t) => `${t}:0x10`),
  hugeString,
);
export const wrongTypeId = fc.constantFrom(
  'Building:1',
  'Organization:1',
  'District:1',
  'Subdistrict:1',
);
export const badNumber = fc.oneof(
  fc.integer({ max: -1 }),
  fc.constantFrom(1e308, -1e308, 2 ** 31, -(2 ** 31) - 1, 1.5, 0.000001),
);
export const badCoord = fc.oneof(
  fc.double({ min: 180.000001, max: 1e300, noNaN: true }),
  fc.double({ min: -1e300, max: -180.000001, noNaN: true }),
);
export const anyJson = fc.jsonValue({ maxDepth: 3 });

/** An OrganizationFilter with exactly one invalid field (and random valid others). */
export const invalidFilter = fc
  .tuple(
    fc.record(
      {
        category: fc.constantFrom('NEW_ECONOMIC', 'NEW_SOCIAL'),
        industries: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
        employeesMin: fc.nat({ max: 50 }),
        hasPartyOrganization: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    fc.oneof(
      hugeString.map((search) => ({ search })),
      fc.array(hugeString, { minLength: 1, maxLength: 2 }).map((industries) => ({ industries })),
      fc
        .array(fc.constant('law'), { minLength: limits.maxFilterListLength + 1, maxLength: 300 })
        .map((industries) => ({ industries })),
      badId.map((gridId) => ({ gridId })),
      badId.map((districtId) => ({ districtId })),
      wrongTypeId
        .filter((v) => !v.startsWith('Subdistrict:'))
        .map((subdistrictId) => ({ subdistrictId })),
      badNumber.map((employeesMax) => ({ employeesMax })),
      fc
        .tuple(fc.nat({ max: 100 }), fc.integer({ min: 1, max: 100 }))
        .map(([max, d]) => ({ employeesMin: max + d, employeesMax: max })),
      badCoord.map((lon) => ({ bbox: { minLon: lon, minLat: 0, maxLon: 1, maxLat: 1 } })),
      fc.constant({ bbox: { minLon: 117, minLat: 40, maxLon: 116, maxLat: 41 } }),
      fc.constant({ bbox: { minLon: 116 } }),
      fc.double({ max: 0, noNaN: true }).map((meters) => ({ near: { lon: 116, lat: 40, meters } })),
      fc
        .double({ min: 100_000.001, max: 1e300, noNaN: true })
        .map((meters) => ({ near: { lon: 116, lat: 40, meters } })),
      badCoord.map((lat) => ({ near: { lon: 116, lat, meters: 10 } })),
      anyJson.filter((v) => typeof v !== 'string' && v !== null).map((search) => ({ search })),
      fc.constantFrom('BOGUS', 'operating', 3).map((s) => ({ statuses: [s] })),
      fc
        .dictionary(fc.string({ minLength: 1, maxLength: 8 }), anyJson, { minKeys: 1, maxKeys: 2 })
        .filter((o) => Object.keys(o).some((k) => !FILTER_FIELDS.has(k))),
    ),
  )
  .map(([valid, bad]) => ({ ...valid, ...bad }));
export const FILTER_FIELDS = new Set([
  'category',
  'subKinds',
  'industries',
  'statuses',
  'employeesMin',
  'employeesMax',
  'hasPartyOrganization',
  'districtId',
  'subdistrictId',
  'gridId',
  'buildingId',
  'bbox',
  'near',
  'search',
]);

/** Geometries that must be refused: malformed, out of range, unclosed, degenerate, misplaced. */
const ring = (pts: [number, number][]) => [...pts, pts[0]!];
export const invalidGeometry = fc.oneof(
  anyJson.filter((v) => !(v && typeof v === 'object' && 'type' in v)),
  fc
    .constantFrom('Point', 'LineString', 'GeometryCollection', 'Feature', 'polygon')
    .map((type) => ({
      type,
      coordinates: [116.6, 40.1],
    })),
  fc.record({ type: fc.constant('Polygon'), coordinates: anyJson }),
  fc.record({ type: fc.constant('MultiPolygon'), coordinates: anyJson }),
  fc
    .array(fc.tuple(badCoord, fc.double({ min: -90, max: 90, noNaN: true })), {
      minLength: 3,
      maxLength: 6,
    })
    .map((pts) => ({ type: 'Polygon', coordinates: [ring(pts)] })),
  // unclosed ring
  fc
    .array(
      fc.tuple(
        fc.double({ min: 116, max: 117, noNaN: true }),
        fc.double({ min: 40, max: 41, noNaN: true }),
      ),
      {
        minLength: 3,
        maxLength: 8,
      },
    )
    .filter((pts) => pts[0]![0] !== pts.at(-1)![0] || pts[0]![1] !== pts.at(-1)![1])
    .map((pts) => ({ type: 'Polygon', coordinates: [pts] })),
  // too few positions, or a degenerate line
  fc.constant({
    type: 'Polygon',
    coordinates: [
      [
        [116.6, 40.1],
        [116.61, 40.1],
        [116.6, 40.1],
      ],
    ],
  }),
  fc.constant({ type: 'Polygon', coordinates: [] }),
  fc.constant({ type: 'Polygon', coordinates: [[]] }),
  // a bow tie (self-intersecting)
  fc.constant({
    type: 'Polygon',
    coordinates: [
      ring([
        [116.6, 40.1],
        [116.61, 40.11],
        [116.61, 40.1],
        [116.6, 40.11],
      ]),
    ],
  }),
  // a valid square far outside the district (outside the parent), any size
  fc
    .tuple(
      fc.double({ min: -170, max: 100, noNaN: true }),
      fc.double({ min: -80, max: 30, noNaN: true }),
      fc.double({ min: 0.001, max: 5, noNaN: true }),
    )
    .map(([x, y, d]) => ({
      type: 'Polygon',
      coordinates: [
        ring([
          [x, y],
          [x + d, y],
          [x + d, y + d],
          [x, y + d],
        ]),
      ],
    })),
  fc.constant({
    type: 'Polygon',
    crs: { type: 'name', properties: { name: 'EPSG:3857' } },
    coordinates: [
      ring([
        [116.6, 40.1],
        [116.61, 40.1],
        [116.61, 40.11],
        [116.6, 40.11],
      ]),
    ],
  }),
  // far too many vertices
  fc.constant({
    type: 'Polygon',
    coordinates: [
      ring(
        Array.from({ length: 20_001 }, (_, i): [number, number] => [
          116.6 + 0.01 * Math.cos((i / 20_001) * 2 * Math.PI),
          40.1 + 0.01 * Math.sin((i / 20_001) * 2 * Math.PI),
        ]),
      ),
    ],
  }),
);
