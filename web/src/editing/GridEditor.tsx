import type { TerraDraw } from 'terra-draw';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditGridQuery as EditGridResult } from '../__generated__/graphql.ts';
import { request } from '../api.ts';
import { useMe } from '../auth/auth-gate.tsx';
import { useAtlasMap } from '../map/map-context.tsx';
import { ToolbarItem } from '../shell/toolbar.tsx';
import { ConflictNotice, versionConflict, type ConflictInfo } from './ConflictNotice.tsx';
import {
  CreateGridMutation,
  EditGridQuery,
  GridVersionQuery,
  MergeGridsMutation,
  SplitGridMutation,
  UpdateBoundaryMutation,
} from './editing-queries.ts';
import { addEditingText } from './editing-i18n.ts';
import { ringsOf } from './snap.ts';
import { createDraw } from './terra.ts';
import './editing.css';

declare global {
  interface Window {
    /** Test hook: the terra-draw instance while editing. */
    __atlasDraw?: TerraDraw;
  }
}

type Grid = NonNullable<EditGridResult['grid']>;
type Mode = 'idle' | 'edit' | 'create' | 'split';
interface EditResult {
  grids: { name: string }[];
  moves: unknown[];
  movedOrganizationIds: unknown[];
}

/**
 * The drawing tools (issue 7) in the header toolbar for users who may edit the selected grid:
 * edit its vertices, draw a new grid, split it with a line, merge a neighbour into it; undo
 * within the session; save or discard. A stale save shows who changed the grid and offers to
 * reload and reapply. Planners and analysts never see the tools (the server refuses anyway).
 */
export function GridEditor({ selectedGridId }: { selectedGridId: string | null }) {
  addEditingText();
  const { t } = useTranslation();
  const me = useMe();
  const map = useAtlasMap();
  const [grid, setGrid] = useState<Grid | null>(null);
  const [mode, setMode] = useState<Mode>('idle');
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [newName, setNewName] = useState('');
  const [mergeId, setMergeId] = useState('');
  const draw = useRef<TerraDraw | null>(null);
  const featureId = useRef<string | number | null>(null);
  const gridId = mode === 'idle' ? selectedGridId : (grid?.id ?? null);

  const load = async (id: string) => {
    const r = await request(EditGridQuery, { id });
    setGrid(r.grid ?? null);
    setVersion(r.grid?.version ?? 0);
    return r.grid ?? null;
  };
  useEffect(() => {
    setMessage(null);
    if (mode !== 'idle') return;
    if (!selectedGridId?.startsWith('Grid:') || !me?.canEdit) return setGrid(null);
    void load(selectedGridId).catch(() => setGrid(null));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load is new each render: reload on a new selection or permission only
  }, [selectedGridId, me?.canEdit]);
  useEffect(() => () => stopDraw(), []);

  if (!me?.canEdit || !map) return null;

  const neighbours = () =>
    (grid?.subdistrict.grids ?? [])
      .filter((g) => g.id !== grid?.id)
      .flatMap((g) => ringsOf(g.boundary));

  function stopDraw() {
    if (draw.current) {
      draw.current.stop();
      draw.current = null;
      delete window.__atlasDraw;
    }
    featureId.current = null;
  }
  function startDraw(next: Mode, g: Grid) {
    stopDraw();
    const d = createDraw(map!, neighbours);
    draw.current = d;
    window.__atlasDraw = d;
    d.on('finish', (id) => {
      featureId.current = id;
    });
    if (next === 'edit') {
      const polygon = ringsOf(g.boundary).length ? firstPolygon(g.boundary) : null;
      if (!polygon) return;
      const id = crypto.randomUUID();
      const [check] = d.addFeatures([
        {
          id,
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: polygon.map(roundRing) },
          properties: { mode: 'polygon' },
        },
      ]);
      if (check && !check.valid) {
        setMessage(`${t('editing.notEditable')}: ${check.reason ?? ''}`);
        return;
      }
      d.setMode('select');
      d.selectFeature(id);
      featureId.current = id;
    } else {
      d.setMode(next === 'create' ? 'polygon' : 'linestring');
    }
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
    setMode('idle');
    setConflict(null);
    setMessage(null);
  }
  const drawn = () => {
    const id = featureId.current;
    return id === null ? null : (draw.current?.getSnapshotFeature(id)?.geometry ?? null);
  };
  async function run(save: () => Promise<EditResult>) {
    setBusy(true);
    setConflict(null);
    setMessage(t('editing.saving'));
    try {
      const r = await save();
      const buildings = r.moves.length;
      setMessage(
        t('editing.saved', {
          grids: r.grids.map((g) => g.name).join('、'),
          buildings,
          orgs: r.movedOrganizationIds.length,
        }),
      );
      stopDraw();
      setMode('idle');
      if (grid) await load(grid.id).catch(() => setGrid(null));
      map!.fire('moveend'); // the map reloads its viewport data: new boundaries and rates
    } catch (e) {
      const stale = versionConflict(e);
      if (stale) {
        setConflict(stale);
        setMessage(null);
      } else {
        setMessage(e instanceof Error ? e.message : String(e));
      }
    } finally {
      setBusy(false);
    }
  }
  const save = () => {
    const geometry = drawn();
    if (!grid || !geometry) return;
    if (mode === 'edit') {
      void run(
        async () =>
          (
            await request(UpdateBoundaryMutation, {
              gridId: grid.id,
              boundary: geometry,
              expectedVersion: version,
            })
          ).updateGridBoundary,
      );
    } else if (mode === 'create') {
      void run(
        async () =>
          (
            await request(CreateGridMutation, {
              input: {
                subdistrictId: grid.subdistrict.id,
                name: newName || t('editing.create'),
                boundary: geometry,
              },
            })
          ).createGrid,
      );
    } else if (mode === 'split') {
      void run(
        async () =>
          (
            await request(SplitGridMutation, {
              gridId: grid.id,
              line: geometry,
              expectedVersion: version,
            })
          ).splitGrid,
      );
    }
  };
  const merge = () => {
    if (!grid || !mergeId) return;
    void run(async () => {
      const other = await request(GridVersionQuery, { id: mergeId });
      return (
        await request(MergeGridsMutation, {
          gridId: grid.id,
          expectedVersion: version,
          otherGridId: mergeId,
          otherExpectedVersion: other.grid?.version ?? 0,
        })
      ).mergeGrids;
    });
  };

  const editable = grid?.canEdit && gridId === grid?.id;
  return (
    <ToolbarItem>
      <span className="editing-tools" data-testid="edit-tools">
        {mode === 'idle' && editable && grid && (
          <>
            <button data-testid="edit-start" onClick={() => startDraw('edit', grid)}>
              {t('editing.edit')}
            </button>
            <button data-testid="edit-split" onClick={() => startDraw('split', grid)}>
              {t('editing.split')}
            </button>
            <button data-testid="edit-create" onClick={() => startDraw('create', grid)}>
              {t('editing.create')}
            </button>
            <select
              data-testid="edit-merge-with"
              value={mergeId}
              onChange={(e) => setMergeId(e.target.value)}
            >
              <option value="">{t('editing.mergeWith')}</option>
              {grid.subdistrict.grids
                .filter((g) => g.id !== grid.id)
                .map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name}
                  </option>
                ))}
            </select>
            <button data-testid="edit-merge" disabled={!mergeId || busy} onClick={merge}>
              {t('editing.merge')}
            </button>
          </>
        )}
        {mode !== 'idle' && (
          <>
            {mode === 'create' && (
              <input
                placeholder={t('editing.name')}
                value={newName}
                onChange={(e) => setNewName(e.target.value)}
              />
            )}
            <button data-testid="edit-undo" onClick={() => draw.current?.undo()}>
              {t('editing.undo')}
            </button>
            <button data-testid="edit-redo" onClick={() => draw.current?.redo()}>
              {t('editing.redo')}
            </button>
            <button data-testid="edit-save" disabled={busy} onClick={save}>
              {t('editing.save')}
            </button>
            <button data-testid="edit-discard" disabled={busy} onClick={discard}>
              {t('editing.discard')}
            </button>
          </>
        )}
        {message && (
          <span className="editing-message" data-testid="edit-message">
            {message}
          </span>
        )}
        {conflict && (
          <ConflictNotice
            info={conflict}
            onReapply={() => {
              setVersion(conflict.currentVersion); // my geometry stays; the next save names the new version
              setConflict(null);
            }}
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

function firstPolygon(boundary: unknown): number[][][] | null {
  const g = boundary as { type: string; coordinates: unknown };
  if (g?.type === 'Polygon') return g.coordinates as number[][][];
  if (g?.type === 'MultiPolygon') return (g.coordinates as number[][][][])[0] ?? null;
  return null;
}

/** terra-draw keeps 9 decimals (coordinatePrecision); stored boundaries carry full doubles. */
function roundRing(ring: number[][]): number[][] {
  const out: number[][] = [];
  for (const p of ring) {
    const q = [Math.round(p[0]! * 1e9) / 1e9, Math.round(p[1]! * 1e9) / 1e9];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out;
}
