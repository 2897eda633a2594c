import { afterAll, beforeAll, expect, it } from 'vitest';
import { GeoJSONScalar } from '../../server/src/graphql/geojson.scalar.ts';
import { parse, valueFromAST } from 'graphql';
import type { Database } from '../../server/src/db/client.ts';
import { sql } from 'drizzle-orm';
import { testDatabase } from '../helpers/db.ts';
import { rows } from '../../server/src/db/rows.ts';

let database: Database;
beforeAll(async () => (database = await testDatabase()));
afterAll(() => database.close());

it('accepts valid GeoJSON variables and literals, and round-trips through PostGIS', async () => {
  const poly = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [116, 40],
          [116.1, 40],
          [116.1, 40.1],
          [116, 40],
        ],
      ],
    ],
  };
  expect(GeoJSONScalar.parseValue(poly)).toEqual(poly);
  const ast = parse(`{ f(g: { type: "Point", coordinates: [116.4, 39.9] }) }`) as any;
  const arg = ast.definitions[0].selectionSet.selections[0].arguments[0].value;
  expect(valueFromAST(arg, GeoJSONScalar)).toEqual({ type: 'Point', coordinates: [116.4, 39.9] });
  const [row] = await rows<{ area: number; srid: number }>(
    database.db,
    sql`SELECT ST_Area(g) AS area, ST_SRID(g) AS srid FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(${JSON.stringify(poly)}), 4326) g) t`,
  );
  expect(Number(row!.srid)).toBe(4326);
  expect(Number(row!.area)).toBeCloseTo(0.005, 6);
});

it('rejects invalid input with BAD_USER_INPUT, the path and the reason', () => {
  let err: any;
  try {
    // One invalid input through the scalar (geojson.validate.test.ts has the list of cases).
    GeoJSONScalar.parseValue({ type: 'Point', coordinates: [0, -91] });
  } catch (e) {
    err = e;
  }
  expect(err.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    reason: 'INVALID_GEOJSON',
    field: 'geometry.coordinates',
  });
  expect(err.message).toContain('latitude -91');
});
