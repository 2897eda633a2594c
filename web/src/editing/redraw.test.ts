import { describe, expect, it } from 'vitest';
import { redrawShared } from './redraw.ts';
import { ring } from './test-rings.ts';

// A | B share the edge x = 1 with a middle vertex (1, 0.5); C sits above both, sharing nothing
// with the x = 1 edge but the corner (1, 1).
const A = ring([0, 0], [1, 0], [1, 0.5], [1, 1], [0, 1]);
const B = ring([1, 0], [2, 0], [2, 1], [1, 1], [1, 0.5]);
const C = ring([0, 1], [1, 1], [2, 1], [2, 2], [0, 2]);
const rings = new Map([
  ['A#0', A],
  ['B#0', B],
  ['C#0', C],
]);

describe('redrawing a shared boundary as a line', () => {
  it('replaces the stretch between two shared vertices in both grids, keeping the rest', () => {
    const r = redrawShared(rings, 'A#0', [
      [1, 0],
      [1.2, 0.3],
      [0.9, 0.7],
      [1, 1],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.neighbour).toBe('B#0');
    expect(r.rings.get('A#0')).toEqual(
      ring([1, 1], [0, 1], [0, 0], [1, 0], [1.2, 0.3], [0.9, 0.7]),
    );
    expect(r.rings.get('B#0')).toEqual(
      ring([1, 0], [2, 0], [2, 1], [1, 1], [0.9, 0.7], [1.2, 0.3]),
    );
  });

  it('takes the line either way round, and one shared edge as the stretch', () => {
    const r = redrawShared(rings, 'A#0', [
      [1, 1],
      [1.1, 0.75],
      [1, 0.5],
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rings.get('A#0')).toEqual(ring([1, 1], [0, 1], [0, 0], [1, 0], [1, 0.5], [1.1, 0.75]));
    expect(r.rings.get('B#0')).toEqual(ring([1, 0.5], [1, 0], [2, 0], [2, 1], [1, 1], [1.1, 0.75]));
  });

  it('refuses ends that are not vertices of the grid, or a stretch no neighbour shares', () => {
    expect(
      redrawShared(rings, 'A#0', [
        [1, 0.2],
        [1.2, 0.5],
        [1, 1],
      ]),
    ).toEqual({
      ok: false,
      reason: 'ENDS_NOT_VERTICES',
    });
    // (0, 0) to (1, 0) is the outline: no neighbour runs along it.
    expect(
      redrawShared(rings, 'A#0', [
        [0, 0],
        [0.5, 0.1],
        [1, 0],
      ]),
    ).toEqual({
      ok: false,
      reason: 'NOT_SHARED',
    });
  });
});
