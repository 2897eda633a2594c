import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, request } from '../api.ts';
import { dateTime } from '../i18n/i18n.ts';
import { industryName } from '../i18n/industries.ts';
import { shownValue } from '../ledger-edit/edit-model.ts';
import { LEDGER_CHANGED, useRequest } from '../use-request.ts';
import { changedFields } from './changed-fields.ts';
import { HistoryQuery, RevertOrganizationChangeMutation } from './history-queries.ts';

const MAX_SHOWN_CHARS = 60;
/** A recorded value as the card says it: yes/no, an industry's name, long values cut short. */
const shown = (v: unknown, field: string, t: TFunction, lang: string) => {
  if (field === 'industry' && typeof v === 'string') return industryName(v, lang);
  const s =
    typeof v === 'object' && v !== null
      ? JSON.stringify(v)
      : shownValue(v, t('ledgerEdit.yes'), t('ledgerEdit.no'), '—');
  return s.length > MAX_SHOWN_CHARS ? `${s.slice(0, MAX_SHOWN_CHARS)}…` : s;
};

/**
 * Who changed what and when on a card's object (issue 16), from the audit log, newest first;
 * administrators revert an organization's change from here (restored on the current version,
 * checked like any edit).
 */
export function History({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { data } = useRequest(HistoryQuery, open ? { id } : null);
  const n = data?.node;
  const entries = n && 'history' in n ? n.history : [];
  const canRevert = n?.__typename === 'Organization' && n.canRevert;
  async function revert(auditId: string) {
    if (n?.__typename !== 'Organization') return;
    setMessage(null);
    try {
      await request(RevertOrganizationChangeMutation, { auditId, expectedVersion: n.version });
      window.dispatchEvent(new CustomEvent(LEDGER_CHANGED, { detail: { id } }));
      setMessage(t('history.reverted'));
    } catch (e) {
      setMessage(e instanceof ApiError ? e.message : (e as Error).message);
    }
  }
  return (
    <section className="card-history" data-testid="card-history">
      <h3>
        <a data-testid="history-toggle" onClick={() => setOpen(!open)}>
          {t('history.title')} {open ? '▾' : '▸'}
        </a>
      </h3>
      {message && <p data-testid="history-message">{message}</p>}
      {open && entries.length === 0 && data && <p className="muted">{t('history.none')}</p>}
      {open && (
        <ol className="history" data-testid="history-list">
          {entries.map((e) => (
            <li key={e.id} data-testid="history-entry">
              <small>
                {dateTime(e.at as string, i18n.language)} · {e.actor} ·{' '}
                {t(`history.action.${e.action.replaceAll('.', '_')}`, { defaultValue: e.action })}
              </small>
              <ul>
                {changedFields(e.before, e.after)
                  .slice(0, 8)
                  .map((c) => (
                    <li key={c.field}>
                      {t(`ledgerEdit.field.${c.field}`, { defaultValue: c.field })}:{' '}
                      {shown(c.before, c.field, t, i18n.language)} →{' '}
                      {shown(c.after, c.field, t, i18n.language)}
                    </li>
                  ))}
              </ul>
              {canRevert && e.revertible && (
                <button data-testid="history-revert" onClick={() => void revert(e.id)}>
                  {t('history.revert')}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
