import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api.ts';
import { setEditingActive } from '../editing/editing-state.ts';
import { LEDGER_CHANGED } from '../use-request.ts';
import { addPlaceEditText } from './place-edit-i18n.ts';
import { MoveOrganizationMutation, OrgVersionQuery } from './ledger-edit-queries.ts';

addPlaceEditText();

type Point = { lon: number; lat: number };

/**
 * Moves an organization to a point picked on the map (issue 16: a point that geocoded to the
 * wrong building): the next click on the map is the new place (the map's click-to-select is off
 * meanwhile, as for drawing), a dry run shows the grid before and after, then a save. The server
 * checks the caller may write both the old and the new grid.
 */
export function OrgMover({ id, onMoved }: { id: string; onMoved(): void }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState(false);
  const [point, setPoint] = useState<Point | null>(null);
  const [grid, setGrid] = useState<{ name: string; leaves: boolean } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const map = window.__atlasMap;
    if (!picking || !map) return;
    setEditingActive(true);
    const onClick = (e: { lngLat: { lng: number; lat: number } }) => {
      setPicking(false);
      void preview({ lon: e.lngLat.lng, lat: e.lngLat.lat });
    };
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setPicking(false);
    map.getCanvas().style.cursor = 'crosshair';
    map.once('click', onClick);
    window.addEventListener('keydown', onKey);
    return () => {
      map.off('click', onClick);
      window.removeEventListener('keydown', onKey);
      map.getCanvas().style.cursor = '';
      // after this click's own handlers ran (the map's select skips it)
      setTimeout(() => setEditingActive(false), 0);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- preview reads the current version itself
  }, [picking]);

  const move = async (p: Point, dryRun: boolean) => {
    const o = (await request(OrgVersionQuery, { id })).organization!;
    const r = await request(MoveOrganizationMutation, {
      id,
      expectedVersion: o.version,
      place: { lon: p.lon, lat: p.lat },
      dryRun,
    });
    return { before: o.grid?.name ?? '—', result: r.moveOrganization };
  };
  const fail = (e: unknown) =>
    setMessage(e instanceof ApiError ? e.message : String((e as Error).message ?? e));
  async function preview(p: Point) {
    setMessage(null);
    try {
      const { before, result } = await move(p, true);
      setPoint(p);
      setGrid({ name: before, leaves: result.changes.some((c) => c.field === 'gridId') });
    } catch (e) {
      fail(e);
    }
  }
  async function save() {
    try {
      await move(point!, false);
      window.dispatchEvent(new CustomEvent(LEDGER_CHANGED, { detail: { id } }));
      setPoint(null);
      onMoved();
    } catch (e) {
      fail(e);
    }
  }

  return (
    <div className="ledger-edit" data-testid="org-mover">
      {message && <p className="error">{message}</p>}
      {picking ? (
        <p data-testid="org-move-picking">{t('placeEdit.pick')}</p>
      ) : point && grid ? (
        <div data-testid="org-move-preview">
          <p>{t('placeEdit.moveTo', { lon: point.lon.toFixed(5), lat: point.lat.toFixed(5) })}</p>
          {grid.leaves && <p>{t('placeEdit.moveGrid', { name: grid.name })}</p>}
          <button data-testid="org-move-save" onClick={() => void save()}>
            {t('placeEdit.moveSave')}
          </button>
          <button onClick={() => setPoint(null)}>{t('placeEdit.cancel')}</button>
        </div>
      ) : (
        <button data-testid="org-move-button" onClick={() => setPicking(true)}>
          {t('placeEdit.move')}
        </button>
      )}
    </div>
  );
}
