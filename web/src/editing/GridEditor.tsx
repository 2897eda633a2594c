import type { TFunction } from 'i18next';
import type { TerraDraw } from 'terra-draw';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  EditGridQuery as EditGridResult,
  GridBoundariesInput,
} from '../__generated__/graphql.ts';
import { ApiError, request } from '../api.ts';
import { useMe } from '../auth/auth-gate.tsx';
import { useAtlasMap } from '../map/map-context.tsx';
import { ToolbarItem } from '../shell/toolbar.tsx';
import { DATA_CHANGED } from '../use-request.ts';
import { touches } from './adjacent.ts';
import { partsOf } from './boundary-parts.ts';
import { ConflictNotice, versionConflict, type ConflictInfo } from './ConflictNotice.tsx';
import { EditConfirm, EditPreview, type Preview } from './EditPreview.tsx';
import { dragWarnings, type DragWarning, type WarnGrid } from './drag-warnings.ts';
import { EditSession, type SessionGrid } from './edit-session.ts';
import { setEditMarks } from './edit-marks.layer.ts';
import { setEditingActive } from './editing-state.ts';
import {
  CreateGridMutation,
  EditGridQuery,
  GridVersionQuery,
  MergeGridsMutation,
  PreviewGridEditQuery,
  SplitGridMutation,
  UpdateBoundariesMutation,
} from './editing-queries.ts';
import { addEditingText } from './editing-i18n.ts';
import { describeRefusal } from './refusal.ts';
import { redrawShared } from './redraw.ts';
import { replayEdits } from './replay-edits.ts';
import { ringsOf } from './snap.ts';
import { createDraw } from './terra.ts';
import './editing.css';

declare global {
  interface Window {
    /** Test hooks: the terra-draw instance and the editing session while editing. */
    __atlasDraw?: TerraDraw;
    __atlasEdit?: EditSession;
  }
}

type Grid = NonNullable<EditGridResult['grid']>;
type Sibling = Grid['subdistrict']['grids'][number];
type Mode = 'idle' | 'edit' | 'create' | 'split';
interface EditResult {
  grids: { name: string }[];
  moves: unknown[];
  movedOrganizationIds: unknown[];
}

/**
 * The drawing tools (issues 7 and 13) in the header toolbar, for the last grid selected that the
 * user may edit (closing its card keeps them): edit its vertices together with the neighbours
 * that share them, draw a new grid (administrators of the subdistrict), split it with a named
 * piece, merge an adjacent editable neighbour into it (after a confirmation); undo and redo every
 * operation; a preview of what a save changes before it is written. A stale save shows who changed
 * the grid and offers to load the latest version and replay the user's own operations on it.
 */
export function GridEditor({ selectedGridId }: { selectedGridId: string | null }) {
  addEditingText();
  const { t } = useTranslation();
  const me = useMe();
  const map = useAtlasMap();
  const [grid, setGrid] = useState<Grid | null>(null);
  const [mode, setMode] = useState<Mode>('idle');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [preview, setPreview] = useState<{ p: Preview; input: GridBoundariesInput } | null>(null);
  const [confirmMerge, setConfirmMerge] = useState(false);
  const [newName, setNewName] = useState('');
  const [mergeId, setMergeId] = useState('');
  const [, setHistoryTick] = useState(0);
  const [warnings, setWarnings] = useState<DragWarning[]>([]);
  const session = useRef<EditSession | null>(null);
  const warned = useRef('[]');
  const [redrawing, setRedrawing] = useState(false);
  const redrawingRef = useRef(false);

  const load = async (id: string) => {
    const r = await request(EditGridQuery, { id });
    setGrid(r.grid ?? null);
    return r.grid ?? null;
  };
  useEffect(() => {
    if (mode !== 'idle' || !me?.canEdit || !selectedGridId?.startsWith('Grid:')) return;
    if (selectedGridId === grid?.id) return;
    setMessage(null);
    setMergeId('');
    void load(selectedGridId).catch(() => setGrid(null));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load is new each render: reload on a new selection or permission only
  }, [selectedGridId, me?.canEdit]);
  useEffect(() => () => stopDraw(), []);

  if (!me?.canEdit || !map) return null;
  const marks = (geometries: unknown[]) => setEditMarks(map, geometries);

  const siblings = (g: Grid) =>
    g.subdistrict.grids.filter(
      (s) => s.id !== g.id && (s.parent?.id ?? null) === (g.parent?.id ?? null),
    );
  const adjacent = (g: Grid) =>
    siblings(g).filter((s) => touches(ringsOf(g.boundary), ringsOf(s.boundary)));
  const asSession = (g: Grid | Sibling): SessionGrid => ({
    id: g.id,
    name: g.name,
    version: g.version,
    base: partsOf(g.boundary),
    exact: partsOf(g.boundary, false),
  });

  /** Shows the warnings of the drawing as it is now, on the map and as text; none clears them. */
  function showWarnings(ws: DragWarning[]) {
    const key = JSON.stringify(ws);
    if (key === warned.current) return;
    const before = warned.current;
    warned.current = key;
    setWarnings(ws);
    // Marks of a refusal stay until the drawing changes them; warnings replace them.
    if (ws.length || before !== '[]') marks(ws.map((w) => w.where));
  }
  /**
   * Live warnings while dragging (issue 13): after each drawing change (one per animation
   * frame), the session's grids as drawn and the siblings outside the session as loaded.
   */
  function watchWarnings(s: EditSession, g: Grid, inSession: Set<string>) {
    const still: WarnGrid[] = siblings(g)
      .filter((x) => !inSession.has(x.id))
      .map((x) => {
        const parts = partsOf(x.boundary);
        return { id: x.id, base: parts, now: parts };
      });
    let frame = 0;
    const check = () => {
      frame = 0;
      if (session.current !== s) return;
      const drawn = [...s.grids.values()].map((x) => ({
        id: x.id,
        base: x.base,
        now: s.partsOf(x.id),
      }));
      showWarnings(dragWarnings([...drawn, ...still]));
    };
    s.draw.on('change', () => {
      if (!frame) frame = requestAnimationFrame(check);
    });
  }

  /** Redraw a shared boundary: the next line drawn replaces a stretch shared with a neighbour. */
  function startRedraw(s: EditSession) {
    s.hold = true;
    redrawingRef.current = true;
    setRedrawing(true);
    s.draw.setMode('linestring');
    setMessage(t('editing.drawShared'));
  }
  function endRedraw(s: EditSession, g: Grid) {
    s.hold = false;
    redrawingRef.current = false;
    setRedrawing(false);
    const free = [...s.snapshot()].filter(([, f]) => !f.properties.gridId).map(([id]) => id);
    if (free.length) s.draw.removeFeatures(free);
    s.draw.setMode('select');
    s.draw.selectFeature(`${g.id}#0`);
  }
  /** The drawn line: its ends snapped to the edited grid's nearest vertices, then applied. */
  function finishRedraw(s: EditSession, g: Grid, lineId: string | number) {
    const f = s.draw.getSnapshotFeature(lineId);
    const coords = f?.geometry.type === 'LineString' ? (f.geometry.coordinates as number[][]) : [];
    endRedraw(s, g);
    const rings = s.outerRings();
    const mine = [...rings].filter(([id]) => id.startsWith(`${g.id}#`));
    const vertices = mine.flatMap(([, r]) => r);
    const nearest = (p: number[]) => {
      const at = map!.project(p as [number, number]);
      let best: number[] | null = null;
      let bestD = 16; // pixels
      for (const v of vertices) {
        const q = map!.project(v as [number, number]);
        const d = Math.hypot(q.x - at.x, q.y - at.y);
        if (d <= bestD) [best, bestD] = [v, d];
      }
      return best ?? p;
    };
    if (coords.length < 2) return;
    const line = [nearest(coords[0]!), ...coords.slice(1, -1), nearest(coords[coords.length - 1]!)];
    let reason = 'ENDS_NOT_VERTICES';
    for (const [id] of mine) {
      const r = redrawShared(rings, id, line);
      if (r.ok) {
        s.setOuterRings(r.rings);
        const other = r.neighbour.split('#')[0];
        const name = g.subdistrict.grids.find((x) => x.id === other)?.name ?? other;
        return setMessage(t('editing.redrawn', { name }));
      }
      if (r.reason === 'NOT_SHARED') reason = r.reason;
    }
    setMessage(t(`editing.redrawRefused.${reason}`));
  }

  function stopDraw() {
    redrawingRef.current = false;
    setRedrawing(false);
    if (warned.current !== '[]') {
      warned.current = '[]';
      setWarnings([]);
    }
    session.current?.draw.stop();
    session.current = null;
    delete window.__atlasDraw;
    delete window.__atlasEdit;
    setEditingActive(false);
  }
  function startDraw(next: Mode, g: Grid) {
    stopDraw();
    marks([]);
    // The edited grid and, in edit mode, its touching siblings: a shared vertex moves in all.
    const edited = next === 'edit' ? [asSession(g), ...adjacent(g).map(asSession)] : [];
    const inSession = new Set(edited.map((s) => s.id));
    const others = () =>
      g.subdistrict.grids.filter((s) => !inSession.has(s.id)).flatMap((s) => ringsOf(s.boundary));
    const draw = createDraw(map!, others, g.id);
    const s = new EditSession(draw, edited, () => setHistoryTick((n) => n + 1));
    session.current = s;
    window.__atlasDraw = draw;
    window.__atlasEdit = s;
    setEditingActive(true);
    if (next === 'edit') {
      watchWarnings(s, g, inSession);
      draw.on('finish', (id) => {
        if (redrawingRef.current && session.current === s) finishRedraw(s, g, id);
      });
      draw.setMode('select');
      draw.selectFeature(`${g.id}#0`);
    } else {
      draw.setMode(next === 'create' ? 'polygon' : 'linestring');
    }
    setNewName('');
    setMode(next);
    setMessage(
      t(
        next === 'edit'
          ? 'editing.dragVertices'
          : next === 'create'
            ? 'editing.drawPolygon'
            : 'editing.drawLine',
      ),
    );
  }
  function discard() {
    stopDraw();
    marks([]);
    setMode('idle');
    setConflict(null);
    setPreview(null);
    setMessage(null);
  }
  function refuse(e: unknown) {
    const names = new Map(grid?.subdistrict.grids.map((g) => [g.id, g.name]));
    const r = describeRefusal(e, t, (id) => names.get(id) ?? id);
    setMessage(r.text);
    marks(r.where ? [r.where] : []);
  }
  async function run(save: () => Promise<EditResult>) {
    setBusy(true);
    setConflict(null);
    setPreview(null);
    setMessage(t('editing.saving'));
    try {
      const r = await save();
      setMessage(
        t('editing.saved', {
          grids: r.grids.map((g) => g.name).join('、'),
          buildings: r.moves.length,
          orgs: r.movedOrganizationIds.length,
        }),
      );
      stopDraw();
      marks([]);
      setMode('idle');
      if (grid) await load(grid.id).catch(() => setGrid(null));
      map!.fire('moveend'); // the map reloads its viewport data: new boundaries and rates
      window.dispatchEvent(new Event(DATA_CHANGED)); // summaries and cards reload
    } catch (e) {
      const stale = versionConflict(e);
      if (stale) {
        setConflict(stale);
        setMessage(null);
      } else refuse(e);
    } finally {
      setBusy(false);
    }
  }

  /** The multi-grid save of every grid the session changed; neighbours as the user saw them. */
  const boundariesInput = (s: EditSession): GridBoundariesInput => {
    const changed = s.changed();
    const ids = new Set(changed.map((c) => c.grid.id));
    return {
      changes: changed.map((c) => ({
        gridId: c.grid.id,
        expectedVersion: c.grid.version,
        boundary: c.boundary,
      })),
      neighbours: 'ADJUST',
      neighbourVersions: [...s.grids.values()]
        .filter((g) => !ids.has(g.id))
        .map((g) => ({ gridId: g.id, expectedVersion: g.version })),
    };
  };
  async function previewSave(s: EditSession) {
    const input = boundariesInput(s);
    if (!input.changes.length) return setMessage(t('editing.noChange'));
    setBusy(true);
    setMessage(t('editing.previewing'));
    try {
      const p = (await request(PreviewGridEditQuery, { input })).previewGridEdit;
      if (!p.ok && p.refusal) {
        if (p.refusal.code === 'CONFLICT') return void (await run(() => saveBoundaries(input)));
        const { reason, ...rest } = p.refusal;
        // The grids a refused save would change that the user may not (named in the text).
        const editableIds = new Set(
          grid!.subdistrict.grids.filter((g) => g.canEdit).map((g) => g.id),
        );
        const touched = p.grids.length
          ? p.grids.map((g) => g.grid.id)
          : input.changes.map((c) => String(c.gridId));
        const gridIds = touched.filter((id) => !editableIds.has(id));
        const e = new ApiError([
          {
            message: rest.message,
            extensions: { ...rest, reason: reason ?? undefined, gridIds: rest.gridIds ?? gridIds },
          },
        ]);
        return refuse(e);
      }
      setMessage(null);
      setPreview({ p, input });
    } catch (e) {
      refuse(e);
    } finally {
      setBusy(false);
    }
  }
  const saveBoundaries = async (input: GridBoundariesInput) =>
    (await request(UpdateBoundariesMutation, { input })).updateGridBoundaries;

  const save = () => {
    const s = session.current;
    if (!grid || !s) return;
    if (mode === 'edit') return void previewSave(s);
    const geometry = s.drawn();
    if (!geometry) return;
    if (!newName.trim()) return setMessage(t('editing.splitNameMissing'));
    if (mode === 'create') {
      void run(
        async () =>
          (
            await request(CreateGridMutation, {
              input: {
                subdistrictId: grid.subdistrict.id,
                name: newName.trim(),
                boundary: geometry,
              },
            })
          ).createGrid,
      );
    } else {
      void run(
        async () =>
          (
            await request(SplitGridMutation, {
              gridId: grid.id,
              line: geometry,
              expectedVersion: grid.version,
              newName: newName.trim(),
            })
          ).splitGrid,
      );
    }
  };
  const merge = () => {
    setConfirmMerge(false);
    if (!grid || !mergeId) return;
    void run(async () => {
      const other = await request(GridVersionQuery, { id: mergeId });
      return (
        await request(MergeGridsMutation, {
          gridId: grid.id,
          expectedVersion: grid.version,
          otherGridId: mergeId,
          otherExpectedVersion: other.grid?.version ?? 0,
        })
      ).mergeGrids;
    });
  };

  /** Reapply: the latest versions, with my own operations replayed on them (never overwritten). */
  async function reapply() {
    const s = session.current;
    if (!grid || !s) return;
    setConflict(null);
    const latest = await load(grid.id);
    if (!latest) return;
    if (mode !== 'edit') return setMessage(t('editing.reapplied', { version: latest.version }));
    const byId = new Map<string, Grid | Sibling>([
      [latest.id, latest],
      ...latest.subdistrict.grids.map((g) => [g.id, g] as const),
    ]);
    const next: SessionGrid[] = [];
    const current = new Map<string, ReturnType<typeof s.partsOf>>();
    const conflicts: number[][] = [];
    for (const old of s.grids.values()) {
      const g = byId.get(old.id);
      if (!g) continue;
      const fresh = asSession(g);
      const r = replayEdits(old.base, s.partsOf(old.id), fresh.base);
      next.push(fresh);
      current.set(old.id, r.parts);
      conflicts.push(...r.conflicts);
    }
    s.reset(next, current);
    s.draw.selectFeature(`${grid.id}#0`);
    marks(conflicts.map((c) => ({ type: 'Point', coordinates: c })));
    setMessage(
      t(conflicts.length ? 'editing.reapplyConflicts' : 'editing.reapplied', {
        version: latest.version,
        count: conflicts.length,
      }),
    );
  }

  const editable = !!grid?.canEdit;
  const canCreate =
    me.role === 'DISTRICT_ADMIN' ||
    me.scopes.some(
      (s) => s.kind === 'DISTRICT' || (s.kind === 'SUBDISTRICT' && s.id === grid?.subdistrict.id),
    );
  const mergeable = grid ? adjacent(grid).filter((s) => s.canEdit) : [];
  const s = session.current;
  return (
    <ToolbarItem>
      <span className="editing-tools" data-testid="edit-tools">
        {grid && editable && (
          <span className="editing-grid" data-testid="edit-grid">
            {t('editing.gridLabel', { name: grid.name })}
          </span>
        )}
        {mode === 'idle' && editable && grid && (
          <>
            <button data-testid="edit-start" onClick={() => startDraw('edit', grid)}>
              {t('editing.edit')}
            </button>
            <button data-testid="edit-split" onClick={() => startDraw('split', grid)}>
              {t('editing.split')}
            </button>
            {canCreate && (
              <button data-testid="edit-create" onClick={() => startDraw('create', grid)}>
                {t('editing.create')}
              </button>
            )}
            {mergeable.length > 0 && (
              <>
                <select
                  data-testid="edit-merge-with"
                  value={mergeId}
                  onChange={(e) => setMergeId(e.target.value)}
                >
                  <option value="">{t('editing.mergeWith')}</option>
                  {mergeable.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
                <button
                  data-testid="edit-merge"
                  disabled={!mergeId || busy}
                  onClick={() => setConfirmMerge(true)}
                >
                  {t('editing.merge')}
                </button>
              </>
            )}
          </>
        )}
        {mode !== 'idle' && s && (
          <>
            {mode !== 'edit' && (
              <input
                data-testid="edit-name"
                placeholder={t(mode === 'create' ? 'editing.name' : 'editing.splitName')}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
              />
            )}
            {mode === 'edit' && grid && (
              <button
                data-testid="edit-redraw"
                aria-pressed={redrawing}
                onClick={() => (redrawing ? endRedraw(s, grid) : startRedraw(s))}
              >
                {t(redrawing ? 'editing.cancelRedraw' : 'editing.redraw')}
              </button>
            )}
            <button data-testid="edit-undo" disabled={!s.canUndo()} onClick={() => s.undo()}>
              {t('editing.undo')}
            </button>
            <button data-testid="edit-redo" disabled={!s.canRedo()} onClick={() => s.redo()}>
              {t('editing.redo')}
            </button>
            <button data-testid="edit-save" disabled={busy || !!preview} onClick={save}>
              {t('editing.save')}
            </button>
            <button data-testid="edit-discard" disabled={busy} onClick={discard}>
              {t('editing.discard')}
            </button>
          </>
        )}
        {message && (
          <span className="editing-message" data-testid="edit-message" title={message}>
            {message}
          </span>
        )}
        {warnings.length > 0 && grid && (
          <div className="editing-warning" data-testid="edit-warning" role="alert">
            {warnings.slice(0, 3).map((w, i) => (
              <div key={i}>{warningText(w, grid, t)}</div>
            ))}
            {warnings.length > 3 && (
              <div>{t('editing.previewMore', { count: warnings.length - 3 })}</div>
            )}
          </div>
        )}
        {preview && grid && (
          <EditPreview
            preview={preview.p}
            names={new Map(grid.subdistrict.grids.map((g) => [g.id, g.name]))}
            onConfirm={() => void run(() => saveBoundaries(preview.input))}
            onCancel={() => setPreview(null)}
          />
        )}
        {confirmMerge && grid && (
          <EditConfirm
            text={t('editing.confirmMerge', {
              grid: grid.name,
              other: mergeable.find((g) => g.id === mergeId)?.name ?? '',
            })}
            onConfirm={merge}
            onCancel={() => setConfirmMerge(false)}
          />
        )}
        {conflict && (
          <ConflictNotice
            info={conflict}
            onReapply={() => void reapply()}
            onReload={() => {
              discard();
              if (grid) void load(grid.id).then((g) => g && startDraw('edit', g));
            }}
          />
        )}
      </span>
    </ToolbarItem>
  );
}

/** A warning as the user reads it: the grids by name, the piece's area when it has one. */
function warningText(w: DragWarning, g: Grid, t: TFunction) {
  const name = (id?: string) => g.subdistrict.grids.find((x) => x.id === id)?.name ?? id ?? '';
  return t(`editing.warn.${w.kind}`, {
    grid: name(w.gridId),
    other: name(w.otherId),
    area: w.areaM2 === undefined ? '' : t('editing.warn.area', { area: Math.round(w.areaM2) }),
  });
}
