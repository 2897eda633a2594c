import type { Marker } from 'maplibre-gl';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type {
  EditResultFieldsFragment,
  PlaceAtQuery as PlaceAtResult,
} from '../__generated__/graphql.ts';
import { ApiError, request } from '../api.ts';
import { statusOf } from '../cards/status.ts';
import { setEditingActive } from '../editing/editing-state.ts';
import { LEDGER_CHANGED, useRequest } from '../use-request.ts';
import { addMapEditText } from './map-edit-i18n.ts';
import {
  CenterPlaceQuery,
  MoveCenterMutation,
  MoveOrganizationMutation,
  MoveWorkstationMutation,
  OrgPlaceQuery,
  PlaceAtQuery,
  WorkstationPlaceQuery,
} from './map-edit-queries.ts';
import { atlasMap, dragMarker, pointOf } from './map-marker.ts';
import { CoverageChange } from './CoverageChange.tsx';
import './ledger-edit.css';

addMapEditText();

type Place = PlaceAtResult['placeAt'];

/** What a drop would do, as the server previews it (a dry run: nothing written). */
interface Outcome {
  body: ReactNode;
  /** Writes it for real; resolves when saved. */
  save(): Promise<unknown>;
}

/**
 * "移动位置" (issue 16): a move mode in which the point is a draggable marker on the map. A drop
 * asks what lies there (snapped to a building within 30 m: the marker jumps onto it), then the
 * server's dry run of the move says what it changes; save writes it with the version the card
 * read (a stale one shows who saved first), cancel removes the marker and nothing changes.
 */
function MoveSession(props: {
  start: [number, number];
  preview(place: Place): Promise<Outcome>;
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const marker = useRef<Marker | null>(null);
  const asked = useRef(0);
  const preview = useRef(props.preview);
  preview.current = props.preview;

  useEffect(() => {
    const map = atlasMap();
    if (!map) return;
    setEditingActive(true); // a click meanwhile selects nothing (the card stays)
    const drop = async (lon: number, lat: number) => {
      const n = ++asked.current;
      setOutcome(null);
      setMessage(t('mapEdit.move.checking'));
      try {
        const place = (await request(PlaceAtQuery, { lon, lat })).placeAt;
        if (n !== asked.current) return;
        marker.current?.setLngLat([place.lon, place.lat]);
        const o = await preview.current(place);
        if (n !== asked.current) return;
        setOutcome(o);
        setMessage(null);
      } catch (e) {
        if (n === asked.current) setMessage(errorText(e, t));
      }
    };
    marker.current = dragMarker(map, props.start, 'move-marker', (lon, lat) => void drop(lon, lat));
    return () => {
      marker.current?.remove();
      marker.current = null;
      setEditingActive(false);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one marker per session
  }, []);

  const save = async () => {
    setBusy(true);
    try {
      await outcome!.save();
      window.dispatchEvent(new CustomEvent(LEDGER_CHANGED));
      props.onDone(true);
    } catch (e) {
      setMessage(errorText(e, t));
      setBusy(false);
    }
  };

  return (
    <section className="ledger-edit move-session" data-testid="move-session">
      <p className="hint">{t('mapEdit.move.hint')}</p>
      {message && (
        <p className="error" data-testid="move-message">
          {message}
        </p>
      )}
      {outcome && (
        <div className="preview" data-testid="move-preview">
          <h4>{t('mapEdit.move.willChange')}</h4>
          {outcome.body}
        </div>
      )}
      <div className="actions">
        <button
          className="primary"
          data-testid="move-save"
          disabled={!outcome || busy}
          onClick={() => void save()}
        >
          {t('mapEdit.move.save')}
        </button>
        <button data-testid="move-cancel" onClick={() => props.onDone(false)}>
          {t('mapEdit.move.cancel')}
        </button>
      </div>
    </section>
  );
}

function errorText(e: unknown, t: TFunction): string {
  if (e instanceof ApiError && e.code === 'CONFLICT' && !e.retryable) {
    const x = e.errors[0]!.extensions!;
    return t('mapEdit.move.conflict', { who: x.updatedBy ?? '?', version: x.currentVersion });
  }
  if (e instanceof ApiError && e.code === 'FORBIDDEN') return t('mapEdit.move.forbidden');
  return (e as Error).message;
}

/** The button and, once pressed, the session; `start` null: nothing to drag (no point). */
function MoveButton(props: {
  start: [number, number] | null;
  preview(place: Place): Promise<Outcome>;
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState(false);
  if (!props.start) return null;
  if (!moving) {
    return (
      <button
        className="card-edit-button"
        data-testid="move-button"
        onClick={() => setMoving(true)}
      >
        {t('mapEdit.move.button')}
      </button>
    );
  }
  return (
    <MoveSession
      start={props.start}
      preview={props.preview}
      onDone={(saved) => {
        setMoving(false);
        props.onDone(saved);
      }}
    />
  );
}

/** Moves an organization (moveOrganization): its building and grid before -> after, its coverage. */
export function MoveOrganization({ id, onDone }: { id: string; onDone(saved: boolean): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { data } = useRequest(OrgPlaceQuery, { id });
  const o = data?.organization;
  if (!o?.canEdit) return null;
  const preview = async (p: Place): Promise<Outcome> => {
    const place = { lon: p.lon, lat: p.lat, buildingId: p.snapped ? p.building!.id : null };
    const vars = { id, expectedVersion: o.version, place };
    const r: EditResultFieldsFragment = (
      await request(MoveOrganizationMutation, { ...vars, dryRun: true })
    ).moveOrganization;
    const none = t('mapEdit.move.none');
    const b = r.coverageBefore && statusOf(r.coverageBefore);
    const a = r.coverageAfter && statusOf(r.coverageAfter);
    const fromGrid = o.grid?.name ?? none;
    const toGrid = p.grid?.name ?? none;
    return {
      save: () => request(MoveOrganizationMutation, vars),
      body: (
        <>
          <table>
            <tbody>
              <tr>
                <td>{t('mapEdit.add.building')}</td>
                <td className={o.building?.id === p.building?.id ? undefined : 'before'}>
                  {o.building?.name ?? none}
                </td>
                <td className="after" data-testid="move-building">
                  {p.building?.name ?? none}
                </td>
              </tr>
              <tr>
                <td>{t('mapEdit.add.grid')}</td>
                <td className={o.grid?.id === p.grid?.id ? undefined : 'before'}>{fromGrid}</td>
                <td className="after" data-testid="move-grid">
                  {toGrid}
                </td>
              </tr>
            </tbody>
          </table>
          <p>
            {p.snapped
              ? t('mapEdit.move.snappedTo', {
                  name: p.building!.name,
                  meters: Math.round(p.buildingDistanceM ?? 0),
                })
              : t('mapEdit.move.noSnap')}
          </p>
          <p data-testid="move-grid-effect">
            {o.grid?.id === p.grid?.id
              ? t('mapEdit.move.sameGrid', { name: toGrid })
              : t('mapEdit.move.gridMove', { from: fromGrid, to: toGrid })}
          </p>
          {b && a && <CoverageChange before={b} after={a} testId="move-coverage" />}
          {r.coverageAfter && <p className="summary">{r.coverageAfter.summary[lang]}</p>}
        </>
      ),
    };
  };
  return <MoveButton start={pointOf(o.location)} preview={preview} onDone={onDone} />;
}

/** Moves a service center (moveServiceCenter): the organizations outside every radius before -> after. */
export function MoveCenter({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useRequest(CenterPlaceQuery, { id });
  const c = data?.node && 'location' in data.node ? data.node : null;
  if (!c?.canEdit) return null;
  const preview = async (p: Place): Promise<Outcome> => {
    // a center stands where it is dropped (a building's point when one is that close)
    const vars = { id, v: c.version, location: { lon: p.lon, lat: p.lat } };
    const r = (await request(MoveCenterMutation, { ...vars, dryRun: true })).moveServiceCenter;
    return {
      save: () => request(MoveCenterMutation, vars),
      body: (
        <>
          <p>
            {p.building
              ? t('mapEdit.move.snappedTo', {
                  name: p.building.name,
                  meters: Math.round(p.buildingDistanceM ?? 0),
                })
              : t('mapEdit.move.noSnap')}
          </p>
          <p data-testid="move-outside">
            {t('mapEdit.move.outside', { before: r.outsideBefore, after: r.outsideAfter })}
          </p>
        </>
      ),
    };
  };
  return <MoveButton start={pointOf(c.location)} preview={preview} onDone={() => {}} />;
}

/** Moves a building's workstation to the building it is dropped on (moveWorkstation). */
export function MoveWorkstation({ buildingId }: { buildingId: string }) {
  const { t } = useTranslation();
  const { data } = useRequest(WorkstationPlaceQuery, { id: buildingId });
  const b = data?.building;
  const w = b?.workstation;
  if (!b || !w?.canEdit) return null;
  const preview = async (p: Place): Promise<Outcome> => {
    if (!p.snapped || !p.building) throw new Error(t('mapEdit.move.needBuilding'));
    const vars = { id: w.id, v: w.version, buildingId: p.building.id };
    await request(MoveWorkstationMutation, { ...vars, dryRun: true });
    return {
      save: () => request(MoveWorkstationMutation, vars),
      body: (
        <p data-testid="move-building">
          {t('mapEdit.move.workstation', { from: b.name, to: p.building.name })}
        </p>
      ),
    };
  };
  return <MoveButton start={pointOf(b.location)} preview={preview} onDone={() => {}} />;
}
