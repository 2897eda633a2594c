import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../api.ts';
import { LEDGER_CHANGED, useRequest } from '../use-request.ts';
import { addLedgerCheckText } from './ledger-check-i18n.ts';
import { ConfirmOrganizationMutation, LedgerCheckQuery } from './ledger-check-queries.ts';
import './ledger-check.css';

addLedgerCheckText();

/** How many pending organizations the card lists (the server allows up to 500). */
const LISTED = 20;

/**
 * The grid's semiannual check (seed 000 art. 13) in its card: how many organizations were
 * confirmed or corrected since the latest snapshot, and the ones still due, each with a
 * "confirmed unchanged" button for those who may change it.
 */
export function LedgerCheck(props: { gridId: string; onSelect(id: string): void }) {
  const { t } = useTranslation();
  const { data } = useRequest(LedgerCheckQuery, { id: props.gridId, first: LISTED });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const c = data?.node && 'ledgerCheck' in data.node ? data.node.ledgerCheck : null;
  if (!c) return null;
  const confirm = async (id: string, v: number) => {
    setBusy(id);
    setError(null);
    try {
      await request(ConfirmOrganizationMutation, { id, v });
      // the card, the panel and the map read again (use-request.ts)
      window.dispatchEvent(new CustomEvent(LEDGER_CHANGED, { detail: { id } }));
    } catch (e) {
      setError(
        e instanceof ApiError && e.code === 'CONFLICT' ? t('ledgerCheck.conflict') : String(e),
      );
    } finally {
      setBusy(null);
    }
  };
  const share = c.organizations === 0 ? 1 : c.checked / c.organizations;
  return (
    <section className="ledger-check" data-testid="ledger-check">
      <h3>
        {t('ledgerCheck.title')}{' '}
        <small>
          {c.since
            ? t('ledgerCheck.since', { date: c.since.takenOn })
            : t('ledgerCheck.noSnapshot')}
        </small>
      </h3>
      <div className="ledger-check-bar" title={`${Math.round(share * 100)}%`}>
        <div style={{ width: `${share * 100}%` }} />
      </div>
      <p data-testid="ledger-check-progress">
        {c.checked === c.organizations
          ? t('ledgerCheck.done')
          : t('ledgerCheck.progress', { checked: c.checked, total: c.organizations })}
      </p>
      {error && <p className="error">{error}</p>}
      {c.pending.length > 0 && (
        // Folded by default: the card stays short enough to leave the grid itself in view
        // (while its boundary is edited, too); a manager opens it to work through the list.
        <details>
          <summary data-testid="ledger-check-open">
            {t('ledgerCheck.pending')} ({c.organizations - c.checked})
          </summary>
          <ul className="org-list" data-testid="ledger-check-pending">
            {c.pending.map((o) => (
              <li key={o.id}>
                <a onClick={() => props.onSelect(o.id)}>{o.name}</a>{' '}
                {o.canEdit && (
                  <button
                    disabled={busy !== null}
                    data-testid="ledger-check-confirm"
                    onClick={() => void confirm(o.id, o.version)}
                  >
                    {t('ledgerCheck.confirm')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {c.organizations - c.checked > c.pending.length && (
            <p>
              <small>
                {t('ledgerCheck.more', { count: c.organizations - c.checked - c.pending.length })}
              </small>
            </p>
          )}
        </details>
      )}
    </section>
  );
}
