import { describe, expect, it } from 'vitest';
import { closestOnSegment, ringsOf, snapToRings } from './snap.ts';
import { ring } from './test-rings.ts';

// Identity "projection": 1 degree = 1 pixel, so distances read directly.
const project = (lng: number, lat: number) => ({ x: lng, y: lat });
const unproject = (x: number, y: number) => ({ lng: x, lat: y });
const square = ring([0, 0], [100, 0], [100, 100], [0, 100]);

describe('snapToRings', () => {
  it('prefers a neighbour vertex within reach', () => {
    expect(snapToRings({ x: 105, y: 3 }, [square], project, unproject)).toEqual([100, 0]);
  });
  it('falls back to the nearest point on an edge', () => {
    expect(snapToRings({ x: 50, y: 6 }, [square], project, unproject)).toEqual([50, 0]);
  });
  it('leaves the pointer alone when nothing is close', () => {
    expect(snapToRings({ x: 50, y: 50 }, [square], project, unproject)).toBeUndefined();
  });
  it('clamps to segment ends', () => {
    expect(closestOnSegment({ x: -5, y: 1 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toEqual({
      x: 0,
      y: 0,
    });
  });
  it('reads rings from polygons and multipolygons', () => {
    expect(ringsOf({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toHaveLength(2);
    expect(ringsOf({ type: 'Point', coordinates: [0, 0] })).toEqual([]);
  });
});
