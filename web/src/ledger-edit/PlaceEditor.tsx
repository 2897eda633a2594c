import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api.ts';
import { LEDGER_CHANGED, useRequest } from '../use-request.ts';
import { addPlaceEditText } from './place-edit-i18n.ts';
import {
  CenterEditQuery,
  CloseCenterMutation,
  CloseWorkstationMutation,
  UpdateCenterMutation,
  UpdateWorkstationMutation,
  WorkstationEditQuery,
} from './place-edit-queries.ts';
import './ledger-edit.css';

addPlaceEditText();

type Kind = 'text' | 'int' | 'float' | 'date' | 'level';
type Value = string | number | null;
const LEVELS = ['DISTRICT', 'TOWN', 'STREET', 'COMMUNITY'] as const;

/** What the form edits: the place's id, version and the facts keyed like the mutation's input. */
interface Editable {
  id: string;
  version: number;
  name: string;
  facts: Record<string, Value | undefined>;
}

/** A draft value back to the input's type; undefined when it is not a number where one is due. */
function parse(kind: Kind, s: string): Value | undefined {
  const v = s.trim();
  if (v === '') return null;
  if (kind !== 'int' && kind !== 'float') return v;
  const n = Number(v);
  return Number.isFinite(n) && (kind === 'float' || Number.isInteger(n)) ? n : undefined;
}

/**
 * The edit form of a service center or a workstation (issue 16): only changed fields are sent,
 * a field error shows next to its input, a stale version says so; closing asks first. Every
 * save fires atlas:ledger-changed, so the card and the map's layers read again.
 */
function PlaceForm(props: {
  place: Editable;
  fields: Record<string, Kind>;
  save(facts: Record<string, Value>): Promise<string | null>;
  close(): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { place, fields } = props;
  const shown = (v: Value | undefined) => (v == null ? '' : String(v));
  const [open, setOpen] = useState(false);
  const initial = () =>
    Object.fromEntries(Object.keys(fields).map((k) => [k, shown(place.facts[k])]));
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (write: () => Promise<string | null | unknown>) => {
    setBusy(true);
    setProblems({});
    setMessage(null);
    try {
      const note = await write();
      window.dispatchEvent(new CustomEvent(LEDGER_CHANGED, { detail: { id: place.id } }));
      setMessage(typeof note === 'string' ? note : t('placeEdit.saved'));
      setOpen(false);
    } catch (e) {
      const x = e instanceof ApiError ? e.errors[0]?.extensions : undefined;
      if (x?.code === 'CONFLICT') {
        setMessage(t('placeEdit.conflict', { version: x.currentVersion }));
      } else if (x?.code === 'BAD_USER_INPUT' && typeof x.field === 'string') {
        setProblems({ [x.field.replace(/^facts\./, '')]: (e as Error).message });
      } else setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    const patch: Record<string, Value> = {};
    const bad: Record<string, string> = {};
    for (const [k, kind] of Object.entries(fields)) {
      const v = parse(kind, draft[k] ?? '');
      if (v === undefined) bad[k] = t('ledgerEdit.notANumber');
      else if (v !== (place.facts[k] ?? null)) patch[k] = v;
    }
    if (Object.keys(bad).length) return setProblems(bad);
    if (!Object.keys(patch).length) return setMessage(t('placeEdit.noChange'));
    void run(() => props.save(patch));
  };
  const close = () => {
    if (window.confirm(t('placeEdit.confirmClose', { name: place.name }))) void run(props.close);
  };

  if (!open) {
    return (
      <div className="ledger-edit">
        {message && <p data-testid="place-edit-message">{message}</p>}
        <button
          data-testid="place-edit-button"
          onClick={() => {
            setDraft(initial()); // the values as read now (the card reloads after a save)
            setProblems({});
            setOpen(true);
          }}
        >
          {t('placeEdit.edit')}
        </button>
      </div>
    );
  }
  return (
    <section className="ledger-edit" data-testid="place-editor">
      {Object.entries(fields).map(([k, kind]) => (
        <label key={k} className={`field${problems[k] ? ' invalid' : ''}`}>
          <span>{t(`placeEdit.field.${k}`)}</span>
          {kind === 'level' ? (
            <select
              data-testid={`place-${k}`}
              value={draft[k]}
              onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
            >
              {LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}`)}
                </option>
              ))}
            </select>
          ) : (
            <input
              data-testid={`place-${k}`}
              type={kind === 'date' ? 'date' : 'text'}
              inputMode={kind === 'int' || kind === 'float' ? 'decimal' : undefined}
              value={draft[k]}
              onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
            />
          )}
          {problems[k] && (
            <small className="error" data-testid={`place-problem-${k}`}>
              {problems[k]}
            </small>
          )}
        </label>
      ))}
      {message && <p className="error">{message}</p>}
      <p className="actions">
        <button data-testid="place-save" disabled={busy} onClick={save}>
          {t('placeEdit.save')}
        </button>
        <button disabled={busy} onClick={() => setOpen(false)}>
          {t('placeEdit.cancel')}
        </button>
        <button data-testid="place-close" disabled={busy} onClick={close}>
          {t('placeEdit.close')}
        </button>
      </p>
    </section>
  );
}

const CENTER_FIELDS: Record<string, Kind> = {
  name: 'text',
  level: 'level',
  serviceRadiusM: 'int',
  floorAreaM2: 'float',
  address: 'text',
};
const WORKSTATION_FIELDS: Record<string, Kind> = { name: 'text', staff: 'int', openedOn: 'date' };

/** The values of `fields` from a place as read. */
const pick = (o: object, fields: Record<string, Kind>) =>
  Object.fromEntries(
    Object.keys(fields).map((k) => [k, (o as Record<string, Value | undefined>)[k]]),
  );

/** A service center's edit form, for those who may change it (nothing for the others). */
export function CenterEditor({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useRequest(CenterEditQuery, { id });
  const c = data?.node && 'serviceRadiusM' in data.node ? data.node : null;
  if (!c?.canEdit) return null;
  const version = c.version;
  return (
    <PlaceForm
      place={{ id, version, name: c.name, facts: pick(c, CENTER_FIELDS) }}
      fields={CENTER_FIELDS}
      save={async (f) => {
        const r = (await request(UpdateCenterMutation, { id, v: version, facts: f }))
          .updateServiceCenter;
        return t('placeEdit.outside', { before: r.outsideBefore, after: r.outsideAfter });
      }}
      close={() => request(CloseCenterMutation, { id, v: version })}
    />
  );
}

/** The edit form of a building's workstation, for those who may change it. */
export function WorkstationEditor({ buildingId }: { buildingId: string }) {
  const { data } = useRequest(WorkstationEditQuery, { id: buildingId });
  const w = data?.building?.workstation;
  if (!w?.canEdit) return null;
  const { id, version } = w;
  return (
    <PlaceForm
      place={{ id, version, name: w.name, facts: pick(w, WORKSTATION_FIELDS) }}
      fields={WORKSTATION_FIELDS}
      save={async (f) => {
        await request(UpdateWorkstationMutation, { id, v: version, facts: f });
        return null;
      }}
      close={() => request(CloseWorkstationMutation, { id, v: version })}
    />
  );
}
