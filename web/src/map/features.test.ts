import { describe, expect, it } from 'vitest';
import { parseBadgeId, parseLabelId } from './badges.ts';
import { baseStyle } from './base-style.ts';
import { reachMeters } from './circles.ts';
import { bboxOf, centerFeatures, jointFeatures, orgFeatures } from './features.ts';

describe('map features', () => {
  it('draws service circles of true ground radius: own radius or walking minutes', () => {
    const fc = centerFeatures(
      [
        {
          id: 'ServiceCenter:1',
          name: 'c',
          level: 'STREET',
          serviceRadiusM: 400,
          lon: 116.6,
          lat: 40.1,
        },
      ],
      15,
      80,
    );
    const [circle, center] = fc.features;
    expect(center!.properties).toMatchObject({ part: 'center', meters: 1200 });
    const b = bboxOf(circle!.geometry)!;
    // 1200 m north-south is 1200 / 111320 degrees of latitude either side.
    expect((b[3] - b[1]) / 2).toBeCloseTo(1200 / 111_320, 4);
    // East-west in degrees is wider at 40° latitude: same metres on the ground.
    expect((b[2] - b[0]) / 2).toBeGreaterThan((b[3] - b[1]) / 2);
    expect(reachMeters(400, 0, 80)).toBe(400);
    expect(reachMeters(400, 5, 80)).toBe(400);
    expect(reachMeters(400, 5, 70)).toBe(350);
  });

  it('turns joint branches into hull, links, members and a seat', () => {
    const fc = jointFeatures({
      aggregated: false,
      total: 1,
      cells: [],
      branches: [
        {
          id: 'PartyOrganization:2',
          name: 'j',
          seatLon: 1,
          seatLat: 1,
          unitCount: 2,
          overLimit: false,
          hull: { type: 'Polygon', coordinates: [] },
          members: [
            { id: 'Organization:1', name: 'a', lon: 0, lat: 0, status: 'ORGANIZATIONAL' },
            { id: 'Organization:2', name: 'b', lon: 2, lat: 0, status: 'ORGANIZATIONAL' },
          ],
        },
      ],
    });
    expect(fc.features.map((f) => f.properties!.part)).toEqual([
      'hull',
      'link',
      'member',
      'link',
      'member',
      'seat',
    ]);
  });

  it('draws joint branches zoomed out as cells with their counts', () => {
    const fc = jointFeatures({
      aggregated: true,
      total: 5,
      cells: [
        { lon: 1, lat: 2, branches: 4, units: 70, overLimit: 1 },
        { lon: 3, lat: 2, branches: 1, units: 6, overLimit: 0 },
      ],
      branches: [],
    });
    expect(fc.features.map((f) => f.properties)).toEqual([
      { kind: 'cell', part: 'cell', branches: 4, units: 70, overLimit: 1 },
      { kind: 'cell', part: 'cell', branches: 1, units: 6, overLimit: 0 },
    ]);
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
  });

  it('marks cells and points apart', () => {
    expect(
      orgFeatures({
        aggregated: true,
        total: 3,
        cells: [{ lon: 1, lat: 2, count: 3, blankSpots: 2, gaps: 1 }],
        points: [],
      }).features[0]!.properties,
    ).toEqual({ kind: 'cell', count: 3, blankSpots: 2, gaps: 1 });
  });

  it('parses badge ids and keeps the map offline unless a basemap is configured', () => {
    expect(parseBadgeId('badge:alert:17')).toEqual({ tone: 'alert', label: '17' });
    expect(parseBadgeId('badge:dark:123456')).toEqual({ tone: 'dark', label: '123k' });
    expect(parseBadgeId('other')).toBeNull();
    expect(parseLabelId('label:s:胜利街道')).toEqual({ tone: 's', text: '胜利街道' });
    expect(parseLabelId('label:g:a:b')).toEqual({ tone: 'g', text: 'a:b' });
    expect(parseLabelId('label:x:name')).toBeNull();
    expect(parseLabelId(`label:g:${'长'.repeat(41)}`)).toBeNull();
    const offline = baseStyle(null);
    expect(typeof offline === 'object' && Object.keys(offline.sources)).toEqual([]);
    expect(baseStyle('https://example.test/style.json')).toBe('https://example.test/style.json');
    const raster = baseStyle('https://tiles.example.test/{z}/{x}/{y}.png');
    expect(typeof raster === 'object' && raster.layers.map((l) => l.id)).toEqual([
      'background',
      'basemap',
    ]);
  });
});
