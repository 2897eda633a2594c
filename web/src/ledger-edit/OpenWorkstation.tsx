import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api.ts';
import { LEDGER_CHANGED, useRequest } from '../use-request.ts';
import { addMapEditText } from './map-edit-i18n.ts';
import { BuildingWorkstationOpenQuery, CreateWorkstationMutation } from './map-edit-queries.ts';
import './ledger-edit.css';

addMapEditText();

/**
 * "开设楼宇工作站" (issue 16) on a building's card without a workstation, for those who may
 * write its grid (Building.canOpenWorkstation, the check createWorkstation makes): name, staff
 * and opening date; a field error shows beside its input; the card and the map's workstation
 * layer reload after the save (atlas:ledger-changed).
 */
export function OpenWorkstation({ buildingId }: { buildingId: string }) {
  const { t } = useTranslation();
  const { data } = useRequest(BuildingWorkstationOpenQuery, { id: buildingId });
  const b = data?.building;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ name: '', staff: '', openedOn: '' });
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!b?.canOpenWorkstation || b.workstation) return null;

  if (!open) {
    return (
      <button
        className="card-edit-button"
        data-testid="open-workstation-button"
        onClick={() => {
          setDraft({
            name: t('mapEdit.workstation.defaultName', { building: b.name }),
            staff: '',
            openedOn: '',
          });
          setProblems({});
          setOpen(true);
        }}
      >
        {t('mapEdit.workstation.open')}
      </button>
    );
  }

  const save = async () => {
    const staff = draft.staff.trim() === '' ? null : Number(draft.staff);
    if (staff !== null && !Number.isInteger(staff))
      return setProblems({ staff: t('ledgerEdit.notANumber') });
    setBusy(true);
    setProblems({});
    setMessage(null);
    try {
      await request(CreateWorkstationMutation, {
        input: {
          buildingId,
          facts: { name: draft.name.trim(), staff, openedOn: draft.openedOn || null },
        },
      });
      window.dispatchEvent(new CustomEvent(LEDGER_CHANGED, { detail: { id: buildingId } }));
      setOpen(false);
    } catch (e) {
      const x = e instanceof ApiError ? e.errors[0]?.extensions : undefined;
      if (x?.code === 'BAD_USER_INPUT' && typeof x.field === 'string')
        setProblems({ [x.field.replace(/^(input\.)?facts\./, '')]: (e as Error).message });
      else setMessage((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const fields = [
    ['name', 'text'],
    ['staff', 'text'],
    ['openedOn', 'date'],
  ] as const;
  return (
    <section className="ledger-edit" data-testid="open-workstation-form">
      <h3>{t('mapEdit.workstation.title')}</h3>
      {fields.map(([k, type]) => (
        <label key={k} className={`field${problems[k] ? ' invalid' : ''}`}>
          <span>{t(`mapEdit.workstation.${k}`)}</span>
          <input
            data-testid={`open-workstation-${k}`}
            type={type}
            inputMode={k === 'staff' ? 'numeric' : undefined}
            value={draft[k]}
            onChange={(e) => setDraft({ ...draft, [k]: e.target.value })}
          />
          {problems[k] && (
            <em className="problem" data-testid={`open-workstation-problem-${k}`}>
              {problems[k]}
            </em>
          )}
        </label>
      ))}
      {message && <p className="error">{message}</p>}
      <div className="actions">
        <button
          className="primary"
          data-testid="open-workstation-save"
          disabled={busy}
          onClick={() => void save()}
        >
          {t('mapEdit.workstation.save')}
        </button>
        <button onClick={() => setOpen(false)}>{t('mapEdit.workstation.cancel')}</button>
      </div>
    </section>
  );
}
