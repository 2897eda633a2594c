import type { MapMouseEvent, Marker } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusField } from './StatusOptions.tsx';
import type {
  OrgStatus,
  OrgSubKind,
  PlaceAtQuery as PlaceAtResult,
} from '../__generated__/graphql.ts';
import { ApiError, request } from '../api.ts';
import { useMe } from '../auth/auth-gate.tsx';
import { setEditingActive } from '../editing/editing-state.ts';
import { INDUSTRY_CODES } from '../i18n/industries.ts';
import { FactFields } from './FactInput.tsx';
import { useAtlasMap } from '../map/map-context.tsx';
import { ToolbarItem } from '../shell/toolbar.tsx';
import { LEDGER_CHANGED } from '../use-request.ts';
import {
  emptyDraft,
  factsOfDraft,
  invalidNumbers,
  problemsByField,
  type Draft,
} from './edit-model.ts';
import { addMapEditText } from './map-edit-i18n.ts';
import { CreateOrganizationMutation, PlaceAtQuery, UsccHolderQuery } from './map-edit-queries.ts';
import { dragMarker } from './map-marker.ts';
import './ledger-edit.css';

addMapEditText();

type Place = PlaceAtResult['placeAt'];
const SUB_KINDS: OrgSubKind[] = [
  'NON_PUBLIC_ENTERPRISE',
  'INDIVIDUAL_BUSINESS',
  'SOCIAL_GROUP',
  'PRIVATE_NON_ENTERPRISE',
  'FOUNDATION',
  'SOCIAL_INTERMEDIARY',
];

/**
 * "新增组织" (issue 16): for users who may write (me.canEdit; the server decides the place), a
 * toolbar button starts a session in which a click on the map (or typed coordinates) sets the
 * point, shown as a draggable marker; the form (一企一表) says which building (snapped within
 * 30 m) and grid it falls in and whether the user may add there. Save calls createOrganization;
 * field errors show beside their inputs; after the save the new organization's card opens and
 * the map's layers reload (atlas:ledger-changed).
 */
export function AddOrganization(props: { onSelect(id: string | null): void }) {
  const me = useMe();
  const map = useAtlasMap();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!me?.canEdit || !map) return null;
  return (
    <>
      <ToolbarItem>
        <button
          data-testid="add-org-button"
          aria-pressed={open}
          onClick={() => {
            if (!open) props.onSelect(null); // the form takes the card's place
            setOpen(!open);
          }}
        >
          {t('mapEdit.add.button')}
        </button>
      </ToolbarItem>
      {open && (
        <AddForm
          onClose={(id) => {
            setOpen(false);
            if (id) props.onSelect(id);
          }}
        />
      )}
    </>
  );
}

function AddForm({ onClose }: { onClose(createdId: string | null): void }) {
  const { t } = useTranslation();
  const map = useAtlasMap()!;
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(INDUSTRY_CODES[0]!));
  const [subKind, setSubKind] = useState<OrgSubKind>('NON_PUBLIC_ENTERPRISE');
  const [status, setStatus] = useState<OrgStatus>('OPERATING');
  const [coords, setCoords] = useState({ lon: '', lat: '' });
  const [place, setPlace] = useState<Place | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [holder, setHolder] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const marker = useRef<Marker | null>(null);
  const asked = useRef(0);

  /** Where the point is now: what lies there, the marker on it (snapped to a building). */
  const locate = async (lon: number, lat: number) => {
    const n = ++asked.current;
    setProblems((p) => ({ ...p, place: '' }));
    try {
      const r = (await request(PlaceAtQuery, { lon, lat })).placeAt;
      if (n !== asked.current) return;
      setPlace(r);
      setCoords({ lon: r.lon.toFixed(6), lat: r.lat.toFixed(6) });
      if (marker.current) marker.current.setLngLat([r.lon, r.lat]);
      else marker.current = dragMarker(map, [r.lon, r.lat], 'add-org-marker', locateRef.current);
      const address = r.building?.address;
      if (address) setDraft((d) => (d.address ? d : { ...d, address }));
    } catch (e) {
      setProblems((p) => ({ ...p, place: (e as Error).message }));
    }
  };
  const locateRef = useRef((lon: number, lat: number) => void locate(lon, lat));
  locateRef.current = (lon, lat) => void locate(lon, lat);

  // While the form is open a click on the map places the point (and selects nothing).
  useEffect(() => {
    setEditingActive(true);
    const canvas = map.getCanvas();
    canvas.style.cursor = 'crosshair';
    const onClick = (e: MapMouseEvent) => locateRef.current(e.lngLat.lng, e.lngLat.lat);
    map.on('click', onClick);
    return () => {
      map.off('click', onClick);
      setEditingActive(false);
      canvas.style.cursor = '';
      marker.current?.remove();
      marker.current = null;
    };
  }, [map]);

  const set = (k: keyof Draft, v: string | boolean) => {
    setDraft({ ...draft, [k]: v });
    if (problems[k]) setProblems({ ...problems, [k]: '' });
  };

  const checkUscc = async () => {
    const code = String(draft.uscc).trim().toUpperCase();
    setHolder(null);
    if (code.length !== 18) return;
    const found = (await request(UsccHolderQuery, { code })).organizations.nodes[0];
    if (found && found.uscc === code) setHolder({ id: found.id, name: found.name });
  };

  async function save() {
    setMessage(null);
    const bad: Record<string, string> = {};
    for (const k of invalidNumbers(draft)) bad[k] = t('ledgerEdit.notANumber');
    if (!String(draft.name).trim()) bad.name = t('mapEdit.add.required');
    if (!place) bad.place = t('mapEdit.add.pick');
    if (Object.keys(bad).length) return setProblems(bad);
    setBusy(true);
    try {
      const r = await request(CreateOrganizationMutation, {
        input: {
          facts: { ...factsOfDraft(draft), subKind },
          status,
          place: {
            lon: place!.lon,
            lat: place!.lat,
            buildingId: place!.snapped ? place!.building?.id : null,
          },
        },
      });
      const id = r.createOrganization.organization?.id ?? null;
      window.dispatchEvent(new CustomEvent(LEDGER_CHANGED, { detail: { id } }));
      onClose(id);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'BAD_USER_INPUT') {
        const byField = problemsByField(e.errors[0]!.extensions, e.message);
        const out: Record<string, string> = {};
        for (const [f, m] of Object.entries(byField))
          out[f.startsWith('place') ? 'place' : f] ??= m;
        setProblems(out);
      } else setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const typed = () => {
    const lon = Number(coords.lon);
    const lat = Number(coords.lat);
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || coords.lon === '' || coords.lat === '')
      return setProblems({ ...problems, place: t('ledgerEdit.notANumber') });
    map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 16) });
    void locate(lon, lat);
  };
  const forbidden = place && !place.canPlaceOrganization;

  return (
    <section className="card ledger-edit map-edit-panel" data-testid="add-org-form">
      <h3>{t('mapEdit.add.title')}</h3>
      <div className={`place-box${problems.place ? ' invalid' : ''}`} data-testid="add-org-place">
        {!place && <p className="hint">{t('mapEdit.add.pick')}</p>}
        <div className="coords">
          {(['lon', 'lat'] as const).map((axis) => (
            <input
              key={axis}
              data-testid={`add-org-${axis}`}
              aria-label={t(`mapEdit.add.${axis}`)}
              placeholder={t(`mapEdit.add.${axis}`)}
              value={coords[axis]}
              onChange={(e) => setCoords({ ...coords, [axis]: e.target.value })}
            />
          ))}
          <button data-testid="add-org-locate" onClick={typed}>
            {t('mapEdit.add.locate')}
          </button>
        </div>
        {place && (
          <dl>
            <dt>{t('mapEdit.add.building')}</dt>
            <dd data-testid="add-org-building">
              {place.building
                ? t('mapEdit.add.snapped', {
                    name: place.building.name,
                    meters: Math.round(place.buildingDistanceM ?? 0),
                  })
                : t('mapEdit.add.noBuilding')}
            </dd>
            <dt>{t('mapEdit.add.grid')}</dt>
            <dd data-testid="add-org-grid">
              {place.grid?.name ??
                (place.district ? t('mapEdit.add.unmanaged') : t('mapEdit.add.outside'))}
            </dd>
            <dt>{t('mapEdit.add.subdistrict')}</dt>
            <dd>{place.subdistrict?.name ?? '—'}</dd>
          </dl>
        )}
        {forbidden && (
          <p className="error" data-testid="add-org-forbidden">
            {place.district ? t('mapEdit.add.forbidden') : t('mapEdit.add.outside')}
          </p>
        )}
        {problems.place && <em className="problem">{problems.place}</em>}
      </div>
      <label className="field">
        <span>{t('mapEdit.add.subKind')}</span>
        <select
          data-testid="add-org-subKind"
          value={subKind}
          onChange={(e) => setSubKind(e.target.value as OrgSubKind)}
        >
          {SUB_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`mapEdit.subKind.${k}`)}
            </option>
          ))}
        </select>
        {problems.subKind && <em className="problem">{problems.subKind}</em>}
      </label>
      <StatusField label={t('mapEdit.add.status')} value={status} onChange={setStatus} />
      <FactFields
        draft={draft}
        set={set}
        problems={problems}
        testIds={{ input: 'add-org-', problem: 'add-org-problem-' }}
        required={['name']}
        onBlur={{ uscc: () => void checkUscc() }}
        below={{
          uscc: holder && (
            <em className="problem" data-testid="add-org-uscc-holder">
              {t('mapEdit.add.usccTaken')}
              <a onClick={() => onClose(holder.id)}>{holder.name}</a>
            </em>
          ),
        }}
      />
      {message && (
        <p className="error" data-testid="add-org-message">
          {message}
        </p>
      )}
      <div className="actions">
        <button
          className="primary"
          data-testid="add-org-save"
          disabled={busy || !!forbidden}
          onClick={() => void save()}
        >
          {t('mapEdit.add.save')}
        </button>
        <button data-testid="add-org-cancel" onClick={() => onClose(null)}>
          {t('mapEdit.add.cancel')}
        </button>
      </div>
    </section>
  );
}
