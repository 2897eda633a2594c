import { describe, expect, it } from 'vitest';
import { parseEwkbHex } from './ewkb.ts';
import { toEwkt } from './ewkt.ts';

/** The ring of MULTIPOLYGON(((0 0,1 0,1 1,0 0))) as WKT writes it. */
const RING = '0 0,1 0,1 1,0 0';
/** That multipolygon as GeoJSON. */
const TRIANGLE = {
  type: 'MultiPolygon' as const,
  coordinates: [[RING.split(',').map((p) => p.split(' ').map(Number))]],
};

describe('EWKB / EWKT', () => {
  it('parses a PostGIS point with SRID (little endian)', () => {
    // SELECT ST_AsEWKB('SRID=4326;POINT(116.4 39.9)') in hex
    const hex = '0101000020E61000009A99999999195D403333333333F34340';
    expect(parseEwkbHex(hex)).toEqual({ type: 'Point', coordinates: [116.4, 39.9] });
  });
  it('parses a multipolygon', () => {
    // SRID=4326;MULTIPOLYGON(((0 0,1 0,1 1,0 0)))
    const hex =
      '0106000020E610000001000000010300000001000000040000000000000000000000000000000000000000000000' +
      '0000F03F0000000000000000000000000000F03F000000000000F03F00000000000000000000000000000000';
    expect(parseEwkbHex(hex)).toEqual(TRIANGLE);
  });
  it('writes EWKT', () => {
    expect(toEwkt({ type: 'Point', coordinates: [116.4, 39.9] })).toBe(
      'SRID=4326;POINT(116.4 39.9)',
    );
    expect(toEwkt(TRIANGLE)).toBe(`SRID=4326;MULTIPOLYGON(((${RING})))`);
  });
});
