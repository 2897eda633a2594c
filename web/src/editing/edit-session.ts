import type { GeoJSONStoreGeometries, TerraDraw } from 'terra-draw';
import { boundaryOf, posKey, restoreExact, type Part, type Ring } from './boundary-parts.ts';
import { applyHunks, diffRing } from './replay-edits.ts';

/** A grid in the editing session: the version and parts it was loaded at. */
export interface SessionGrid {
  id: string;
  name: string;
  version: number;
  base: Part[];
  /** The stored parts at full precision (what a save keeps where a vertex was not touched). */
  exact: Part[];
}

type Geometry = GeoJSONStoreGeometries;
interface Stored {
  geometry: Geometry;
  properties: Record<string, string | number>;
}
/** Every drawn feature at one moment: what undo and redo go back and forth between. */
type Snapshot = Map<string | number, Stored>;

const DRAWN_MODES = new Set(['polygon', 'linestring']);

/**
 * One editing session on the terra-draw instance (issue 13). It owns the undo/redo history as
 * snapshots of every feature, taken when an operation finishes (a drag, a midpoint insert, a
 * delete, a drawn line), so undo and redo restore geometry through `updateFeatureGeometry` and
 * the select mode keeps its handles (terra-draw's session undo lost them). While a vertex is
 * dragged, the same operation is applied live to every other grid that shares it, so a shared
 * vertex moves in all of them and the whole drag is one undoable step.
 */
export class EditSession {
  private history: Snapshot[] = [];
  private at = -1;
  private applying = false;
  /** While true, a finished drawing is not an operation yet (a redraw line, replaced by its result). */
  hold = false;
  readonly grids = new Map<string, SessionGrid>();

  constructor(
    readonly draw: TerraDraw,
    grids: readonly SessionGrid[],
    private readonly onHistory: () => void = () => {},
  ) {
    for (const g of grids) this.load(g);
    draw.on('finish', () => this.record());
    draw.on('change', (ids, type, context) => {
      if (this.applying || type !== 'update' || (context && 'origin' in context)) return;
      this.propagate(ids);
    });
    this.record();
  }

  /** Adds a grid's parts as polygon features (one per part); holes stay in `base`. */
  private load(g: SessionGrid) {
    this.grids.set(g.id, g);
    this.draw.addFeatures(
      g.base.map((p, part) => ({
        id: `${g.id}#${part}`,
        type: 'Feature' as const,
        geometry: { type: 'Polygon' as const, coordinates: [p.outer] },
        properties: { mode: 'polygon', gridId: g.id, part },
      })),
    );
  }

  /** Replaces the session's grids (reapply after a conflict): a fresh history starts there. */
  reset(grids: readonly SessionGrid[], current?: Map<string, Part[]>) {
    this.applying = true;
    this.draw.removeFeatures([...this.snapshot().keys()]);
    this.grids.clear();
    for (const g of grids) this.load(g);
    this.applying = false;
    this.history = [];
    this.at = -1;
    this.record();
    if (current) {
      this.apply(this.snapshotOf(current));
      this.record();
    }
  }

  snapshot(): Snapshot {
    const s: Snapshot = new Map();
    for (const f of this.draw.getSnapshot()) {
      const props = f.properties as Record<string, string | number>;
      if (!DRAWN_MODES.has(String(props.mode))) continue;
      s.set(f.id!, { geometry: f.geometry, properties: props });
    }
    return s;
  }

  private snapshotOf(parts: Map<string, Part[]>): Snapshot {
    const s = this.snapshot();
    for (const [gridId, ps] of parts) {
      ps.forEach((p, part) => {
        const id = `${gridId}#${part}`;
        const old = s.get(id);
        if (old) s.set(id, { ...old, geometry: { type: 'Polygon', coordinates: [p.outer] } });
      });
    }
    return s;
  }

  /** Takes a snapshot after an operation; a new operation drops what could be redone. */
  record() {
    if (this.hold) return;
    const s = this.snapshot();
    const last = this.history[this.at];
    if (last && sameSnapshot(last, s)) return;
    this.history = this.history.slice(0, this.at + 1);
    this.history.push(s);
    this.at = this.history.length - 1;
    this.onHistory();
  }

  canUndo = () => this.at > 0;
  canRedo = () => this.at < this.history.length - 1;
  undo() {
    if (!this.canUndo()) return;
    this.at--;
    this.apply(this.history[this.at]!);
    this.onHistory();
  }
  redo() {
    if (!this.canRedo()) return;
    this.at++;
    this.apply(this.history[this.at]!);
    this.onHistory();
  }

  /** Makes the drawn features equal a snapshot: remove, update in place (handles stay), re-add. */
  private apply(target: Snapshot) {
    this.applying = true;
    try {
      const now = this.snapshot();
      const gone = [...now.keys()].filter((id) => !target.has(id));
      if (gone.length) this.draw.removeFeatures(gone);
      for (const [id, f] of target) {
        const cur = now.get(id);
        if (!cur) {
          this.draw.addFeatures([{ id, type: 'Feature', ...f }]);
        } else if (JSON.stringify(cur.geometry) !== JSON.stringify(f.geometry)) {
          this.draw.updateFeatureGeometry(id, f.geometry);
        }
      }
    } finally {
      this.applying = false;
    }
  }

  /**
   * A vertex of one grid moved (or was inserted or deleted): the same operation, relative to the
   * last snapshot, goes to every other grid's ring that shares the vertex or the edge.
   */
  private propagate(ids: (string | number)[]) {
    const last = this.history[this.at];
    if (!last) return;
    const id = ids.find((i) => last.has(i) && last.get(i)!.properties.gridId);
    if (id === undefined) return;
    const before = outerOf(last.get(id)!);
    const now = this.draw.getSnapshotFeature(id);
    if (!before || now?.geometry.type !== 'Polygon') return;
    const hunks = diffRing(before, now.geometry.coordinates[0]!);
    if (!hunks.length) return;
    this.applying = true;
    try {
      for (const [other, f] of last) {
        if (other === id || !f.properties.gridId) continue;
        const ring = outerOf(f);
        if (!ring || !shares(ring, hunks)) continue;
        const moved = applyHunks(ring, hunks);
        if (!moved) continue;
        const current = this.draw.getSnapshotFeature(other);
        if (current && JSON.stringify(current.geometry.coordinates) === JSON.stringify([moved]))
          continue;
        try {
          this.draw.updateFeatureGeometry(other, { type: 'Polygon', coordinates: [moved] });
        } catch {
          // A neighbour that would become invalid keeps its last shape; the save refuses it.
        }
      }
    } finally {
      this.applying = false;
    }
  }

  /** The outer ring of every grid part as drawn now, by feature id (`<grid id>#<part>`). */
  outerRings(): Map<string, Ring> {
    const out = new Map<string, Ring>();
    for (const [id, f] of this.snapshot()) {
      const ring = f.properties.gridId ? outerOf(f) : null;
      if (ring) out.set(String(id), ring);
    }
    return out;
  }

  /** Replaces outer rings of grid parts, as one operation (one undo step). */
  setOuterRings(rings: ReadonlyMap<string, Ring>) {
    const s = this.snapshot();
    for (const [id, ring] of rings) {
      const old = s.get(id);
      if (old) s.set(id, { ...old, geometry: { type: 'Polygon', coordinates: [ring] } });
    }
    this.apply(s);
    this.record();
  }

  /** A grid's parts as drawn now (holes as loaded). */
  partsOf(gridId: string): Part[] {
    const g = this.grids.get(gridId)!;
    const s = this.snapshot();
    return g.base.map((p, part) => {
      const f = s.get(`${gridId}#${part}`);
      const outer = f ? outerOf(f) : null;
      return { outer: outer ?? p.outer, holes: p.holes };
    });
  }

  /** The grids whose boundary differs from the version they were loaded at. */
  changed(): { grid: SessionGrid; boundary: ReturnType<typeof boundaryOf> }[] {
    return [...this.grids.values()]
      .map((grid) => ({ grid, parts: this.partsOf(grid.id) }))
      .filter(({ grid, parts }) => JSON.stringify(parts) !== JSON.stringify(grid.base))
      .map(({ grid, parts }) => ({ grid, boundary: boundaryOf(restoreExact(parts, grid.exact)) }));
  }

  /** The last drawn feature that belongs to no grid (a new grid, a split line). */
  drawn(): Geometry | null {
    const free = [...this.snapshot().values()].filter((f) => !f.properties.gridId);
    return free[free.length - 1]?.geometry ?? null;
  }
}

const outerOf = (f: Stored): Ring | null =>
  f.geometry.type === 'Polygon' ? (f.geometry.coordinates[0] as Ring) : null;

function sameSnapshot(a: Snapshot, b: Snapshot) {
  if (a.size !== b.size) return false;
  for (const [id, f] of a) {
    const g = b.get(id);
    if (!g || JSON.stringify(g.geometry) !== JSON.stringify(f.geometry)) return false;
  }
  return true;
}

/** Does a ring hold a position an operation touches (a moved vertex, or an anchor pair)? */
function shares(ring: Ring, hunks: ReturnType<typeof diffRing>) {
  const keys = new Set(ring.map(posKey));
  return hunks.some((h) =>
    h.removed.length
      ? h.removed.some((p) => keys.has(posKey(p)))
      : !!h.before && !!h.after && keys.has(posKey(h.before)) && keys.has(posKey(h.after)),
  );
}
