import { describe, expect, it } from 'vitest';
import { validateGeometry } from './geojson.validate.ts';

const square = [
  [
    [116, 40],
    [116.1, 40],
    [116.1, 40.1],
    [116, 40.1],
    [116, 40],
  ],
];

describe('validateGeometry', () => {
  it.each([
    { type: 'Point', coordinates: [116.4, 39.9] },
    { type: 'Polygon', coordinates: square },
    { type: 'MultiPolygon', coordinates: [square] },
    {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    },
    {
      type: 'Point',
      coordinates: [116.4, 39.9],
      crs: { type: 'name', properties: { name: 'EPSG:4326' } },
    },
  ])('accepts %j', (g) => expect(validateGeometry(g)).toBeNull());

  it.each([
    [null, 'geometry', 'must be a GeoJSON geometry object'],
    [{ type: 'Circle', coordinates: [0, 0] }, 'geometry.type', 'must be one of'],
    [{ type: 'Point', coordinates: [181, 0] }, 'geometry.coordinates', 'longitude 181'],
    [{ type: 'Point', coordinates: [0, -91] }, 'geometry.coordinates', 'latitude -91'],
    [{ type: 'Point', coordinates: [NaN, 0] }, 'geometry.coordinates', 'finite'],
    [{ type: 'Point', coordinates: ['1', 0] }, 'geometry.coordinates', 'finite'],
    [{ type: 'Polygon', coordinates: [] }, 'geometry.coordinates', 'must not be empty'],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        ],
      },
      'geometry.coordinates[0]',
      'closed',
    ],
    [
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [0, 0],
          ],
        ],
      },
      'geometry.coordinates[0]',
      'at least 4',
    ],
    [
      { type: 'MultiPolygon', coordinates: square },
      'geometry.coordinates[0][0][0]',
      'position is [longitude, latitude]',
    ],
    [
      {
        type: 'Point',
        coordinates: [116, 40],
        crs: { type: 'name', properties: { name: 'EPSG:3857' } },
      },
      'geometry.crs',
      'WGS84',
    ],
  ])('rejects %j at %s', (g, path, message) => {
    const p = validateGeometry(g);
    expect(p?.path).toBe(path);
    expect(p?.message).toContain(message);
  });
});
