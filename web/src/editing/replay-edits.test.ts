import { describe, expect, it } from 'vitest';
import { boundaryOf, partsOf, type Part, type Pos } from './boundary-parts.ts';
import { diffRing, replayEdits } from './replay-edits.ts';
import { ring } from './test-rings.ts';

const square = ring([0, 0], [10, 0], [10, 10], [0, 10]);
const part = (outer: Pos[]): Part => ({ outer, holes: [] });
const moved = (r: Pos[], i: number, to: Pos) =>
  ring(...r.slice(0, -1).map((p, k) => (k === i ? to : p)));

describe('diffRing', () => {
  it('finds a dragged vertex with its anchors', () => {
    expect(diffRing(square, moved(square, 2, [12, 12]))).toEqual([
      { before: [10, 0], after: [0, 10], removed: [[10, 10]], inserted: [[12, 12]] },
    ]);
  });
  it('finds a move of the first vertex (which is also the closing one)', () => {
    expect(diffRing(square, moved(square, 0, [-1, -1]))).toEqual([
      { before: [0, 10], after: [10, 0], removed: [[0, 0]], inserted: [[-1, -1]] },
    ]);
  });
  it('finds an inserted midpoint and a deleted vertex', () => {
    const inserted = ring([0, 0], [5, -1], [10, 0], [10, 10], [0, 10]);
    expect(diffRing(square, inserted)).toEqual([
      { before: [0, 0], after: [10, 0], removed: [], inserted: [[5, -1]] },
    ]);
    expect(diffRing(square, ring([0, 0], [10, 0], [0, 10]))).toEqual([
      { before: [10, 0], after: [0, 10], removed: [[10, 10]], inserted: [] },
    ]);
  });
  it('is empty for an unchanged ring', () => {
    expect(diffRing(square, square)).toEqual([]);
  });
});

describe('replayEdits', () => {
  it("keeps the other user's move and adds mine (two different vertices)", () => {
    const theirs = moved(square, 0, [1, 1]);
    const mine = moved(square, 2, [9, 9]);
    const r = replayEdits([part(square)], [part(mine)], [part(theirs)]);
    expect(r.conflicts).toEqual([]);
    expect(r.parts[0]!.outer).toEqual(ring([1, 1], [10, 0], [9, 9], [0, 10]));
  });
  it('replays an insert next to a vertex the other user moved elsewhere', () => {
    const theirs = moved(square, 3, [-1, 11]);
    const mine = ring([0, 0], [5, -1], [10, 0], [10, 10], [0, 10]);
    const r = replayEdits([part(square)], [part(mine)], [part(theirs)]);
    expect(r.conflicts).toEqual([]);
    expect(r.parts[0]!.outer).toEqual(ring([0, 0], [5, -1], [10, 0], [10, 10], [-1, 11]));
  });
  it('replays on a ring the server stored the other way round', () => {
    const reversed = [...square].reverse();
    const mine = ring([0, 0], [5, -1], [10, 0], [10, 10], [0, 10]);
    const r = replayEdits([part(square)], [part(mine)], [part(reversed)]);
    expect(r.conflicts).toEqual([]);
    expect(r.parts[0]!.outer).toEqual(ring([0, 0], [0, 10], [10, 10], [10, 0], [5, -1]));
  });
  it('reports a vertex both users moved and keeps theirs', () => {
    const theirs = moved(square, 2, [11, 11]);
    const mine = moved(square, 2, [9, 9]);
    const r = replayEdits([part(square)], [part(mine)], [part(theirs)]);
    expect(r.conflicts).toEqual([[10, 10]]);
    expect(r.parts[0]!.outer).toEqual(theirs);
  });
  it('keeps every part of a multi-part grid', () => {
    const other = ring([20, 20], [30, 20], [30, 30]);
    const mp = { type: 'MultiPolygon', coordinates: [[square], [other]] };
    const parts = partsOf(mp);
    const mine = [parts[0]!, part(moved(other, 1, [31, 19]))];
    const r = replayEdits(parts, mine, parts);
    expect(boundaryOf(r.parts)).toEqual({
      type: 'MultiPolygon',
      coordinates: [[square], [ring([20, 20], [31, 19], [30, 30])]],
    });
  });
});
